package charts

import (
	"context"
	"image"
	"image/color"
	"strconv"
	"testing"
)

// hexColor parses "#RRGGBB".
func hexColor(t *testing.T, s string) color.RGBA {
	t.Helper()
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		t.Fatal(err)
	}
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 255}
}

func near(a, b color.RGBA) bool {
	d := func(x, y uint8) int { return max(int(x)-int(y), int(y)-int(x)) }
	return d(a.R, b.R) < 12 && d(a.G, b.G) < 12 && d(a.B, b.B) < 12
}

func TestHitTestFindsTheBarUnderThePoint(t *testing.T) {
	stmts := testStatements(5, 6, 3)
	spec, err := Build(StanceByActor, stmts, nil, Filter{}, "ar")
	if err != nil {
		t.Fatal(err)
	}
	img, layout, err := RenderImage(context.Background(), spec, 900, 600, 2)
	if err != nil {
		t.Fatal(err)
	}
	if got := img.Bounds().Size(); got != image.Pt(1800, 1200) {
		t.Fatalf("image size = %v, want 1800×1200 at scale 2", got)
	}
	rgba := img.(*image.RGBA)
	checked := 0
	for _, h := range layout.hits {
		if h.item.Count == 0 {
			continue
		}
		cx, cy := (h.x0+h.x1)/2, (h.y0+h.y1)/2
		got, ok := layout.HitTest(cx, cy)
		if !ok || got.ActorID != h.item.ActorID || got.Stance != h.item.Stance {
			t.Errorf("HitTest(%.0f, %.0f) = %+v, %v; want actor %d %s", cx, cy, got, ok, h.item.ActorID, h.item.Stance)
		}
		if len(got.StatementIDs) != got.Count {
			t.Errorf("item has %d statement IDs for %d statements", len(got.StatementIDs), got.Count)
		}
		// The drawn pixel under the point has the stance's colour.
		px := rgba.RGBAAt(int(cx*layout.Scale), int(cy*layout.Scale))
		if want := hexColor(t, StanceColors[got.Stance]); !near(px, want) {
			t.Errorf("pixel at (%.0f, %.0f) is %v, want %s for %s", cx, cy, px, StanceColors[got.Stance], got.Stance)
		}
		checked++
	}
	if checked < 10 {
		t.Fatalf("checked %d bars, want every non-empty segment", checked)
	}
	if _, ok := layout.HitTest(2, 2); ok {
		t.Error("HitTest at the corner found an item, want none")
	}
}

func TestHitTestHeatmapCells(t *testing.T) {
	spec := heatmap20x52(t)
	_, layout, err := RenderImage(context.Background(), spec, 1200, 800, 1)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := layout.Len(), len(spec.Items(0)); got != want {
		t.Fatalf("layout has %d cells, want %d", got, want)
	}
	seen := make(map[[2]string]bool)
	for _, h := range layout.hits {
		it, ok := layout.HitTest((h.x0+h.x1)/2, (h.y0+h.y1)/2)
		if !ok {
			t.Fatal("no item at a cell centre")
		}
		seen[[2]string{it.Actor, it.Period}] = true
	}
	if len(seen) != layout.Len() {
		t.Errorf("cell centres hit %d distinct cells, want %d", len(seen), layout.Len())
	}
}
