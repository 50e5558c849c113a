package charts

import (
	"context"
	"image"
	"strings"
	"testing"
)

// renderWithLean draws spec's option with the lean heat map path on or off.
func renderWithLean(t *testing.T, spec *Spec, lean bool) (*image.RGBA, *rendered) {
	t.Helper()
	eng, err := sharedEngine()
	if err != nil {
		t.Fatal(err)
	}
	eng.mu.Lock()
	err = eng.vm.Set("__leanOff", !lean)
	eng.mu.Unlock()
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		eng.mu.Lock()
		_ = eng.vm.Set("__leanOff", false)
		eng.mu.Unlock()
	}()
	r, err := eng.renderSVG(context.Background(), string(spec.option), 1200, 800)
	if err != nil {
		t.Fatal(err)
	}
	ts, _ := sharedTypesetter()
	layers, err := buildLayers(ts.textToPaths(r.SVG), r.Lean)
	if err != nil {
		t.Fatal(err)
	}
	if lean != (len(layers) == 3) {
		t.Fatalf("%d layers with lean %v, want the document split around the cells", len(layers), lean)
	}
	return rasterizeLayers(layers, 1200, 800, 1, false), r
}

func TestLeanHeatmapMatchesECharts(t *testing.T) {
	spec := heatmap20x52(t)
	lean, lr := renderWithLean(t, spec, true)
	full, fr := renderWithLean(t, spec, false)
	const chartEl = `ecmeta_ssr_type="chart"`
	if n, m := strings.Count(lr.SVG, chartEl), strings.Count(fr.SVG, chartEl); n != 1 || m < 1000 {
		t.Fatalf("ECharts drew %d cells on the lean path and %d on its own, want 1 and all", n, m)
	}
	if len(lr.Boxes) != len(fr.Boxes) {
		t.Errorf("lean boxes = %d, want %d", len(lr.Boxes), len(fr.Boxes))
	}
	differ := 0
	for i := 0; i < len(lean.Pix); i += 4 {
		for c := 0; c < 3; c++ {
			d := int(lean.Pix[i+c]) - int(full.Pix[i+c])
			if d > 8 || d < -8 {
				differ++
				break
			}
		}
	}
	t.Logf("%d pixels differ", differ)
	// Cells may differ by a fraction of a pixel at their edges.
	if limit := len(lean.Pix) / 4 / 200; differ > limit {
		t.Errorf("%d pixels differ between lean and ECharts drawing, want at most %d", differ, limit)
	}
}

func TestLeanHeatmapFallsBackWhenFirstCellIsEmpty(t *testing.T) {
	eng, err := sharedEngine()
	if err != nil {
		t.Fatal(err)
	}
	const option = `{"xAxis":[{"type":"category","data":["a","b"]}],"yAxis":[{"type":"category","data":["x","y"]}],
		"visualMap":[{"min":-1,"max":1,"dimension":2}],
		"series":[{"type":"heatmap","data":[[0,0,"-"],[1,0,0.5],[0,1,-0.5],[1,1,1]]}]}`
	r, err := eng.renderSVG(context.Background(), option, 400, 300)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Boxes) != 3 {
		t.Errorf("drew %d cells, want the 3 with values", len(r.Boxes))
	}
}
