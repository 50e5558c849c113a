package charts

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/png"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestPNGScaleDPIAndTransparency(t *testing.T) {
	spec, err := Build(StanceByActor, testStatements(3, 2, 2), nil, Filter{}, "ar")
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	b, err := RenderPNG(ctx, spec, Options{Width: 400, Height: 300, DPI: 300, Transparent: true})
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if got := img.Bounds().Size(); got != image.Pt(1250, 938) {
		t.Errorf("300 dpi size = %v, want 1250×938 (400×300 at 300/96)", got)
	}
	if _, _, _, a := img.At(1, 1).RGBA(); a != 0 {
		t.Errorf("corner alpha = %d, want transparent", a)
	}
	if inkPixels(img) == 0 {
		t.Error("transparent PNG has nothing drawn")
	}
	svg, err := RenderSVG(ctx, spec, Options{Width: 400, Height: 300, Scale: 2})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(svg[:200]), `width="800" height="600"`) || !strings.Contains(string(svg), `viewBox="0 0 400 300"`) {
		t.Errorf("scaled SVG head = %.200s", svg)
	}
	if _, err := RenderPNG(ctx, spec, Options{Width: 400, Height: 300, Scale: 100}); err == nil {
		t.Error("40000-pixel-wide PNG accepted, want an error")
	}
}

func TestRenderConcurrently(t *testing.T) {
	stmts := testStatements(4, 6, 2)
	var wg sync.WaitGroup
	errs := make(chan error, len(Kinds))
	for _, kind := range Kinds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			spec, err := Build(kind, stmts, testMentions(stmts), Filter{}, "en")
			if err == nil {
				_, _, err = RenderImage(context.Background(), spec, 500, 300, 1)
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

func TestRenderHonoursCancellation(t *testing.T) {
	spec := heatmap20x52(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	results.reset()
	if _, err := RenderPNG(ctx, spec, Options{}); err == nil {
		t.Error("render with a cancelled context succeeded")
	}
	// Cancelled while ECharts runs, the engine stops and stays usable.
	ctx, cancel = context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel()
	if _, err := RenderPNG(ctx, spec, Options{}); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("interrupted render: %v, want a deadline error", err)
	}
	results.reset()
	if _, err := RenderPNG(context.Background(), spec, Options{}); err != nil {
		t.Errorf("render after an interrupted one: %v", err)
	}
}

func TestBandedRasterMatchesOneBand(t *testing.T) {
	spec, err := Build(SourceActor, testStatements(6, 4, 2), nil, Filter{}, "ar")
	if err != nil {
		t.Fatal(err)
	}
	d, err := drawChart(context.Background(), spec, 900, 600)
	if err != nil {
		t.Fatal(err)
	}
	ts, _ := sharedTypesetter()
	d.textPaths(ts)
	d.mu.Lock()
	defer d.mu.Unlock()
	banded := rasterizeLayers(d.layers, 900, 600, 1, false)
	prev := runtime.GOMAXPROCS(1)
	single := rasterizeLayers(d.layers, 900, 600, 1, false)
	runtime.GOMAXPROCS(prev)
	if prev > 1 && !bytes.Equal(banded.Pix, single.Pix) {
		t.Error("image drawn in bands differs from the image drawn at once")
	}
}
