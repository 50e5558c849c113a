package charts

import (
	"context"
	"testing"
)

// heatmap20x52 is a 20-actor × 52-week stance heat map, every cell filled.
func heatmap20x52(tb testing.TB) *Spec {
	tb.Helper()
	spec, err := Build(StanceHeatmap, testStatements(20, 52, 2), nil, Filter{Top: 20}, "ar")
	if err != nil {
		tb.Fatal(err)
	}
	return spec
}

// BenchmarkHeatmap20x52PNG measures a warm render (engine loaded, result
// cache emptied each time) of the heat map to PNG at 1200×800.
func BenchmarkHeatmap20x52PNG(b *testing.B) {
	spec := heatmap20x52(b)
	ctx := context.Background()
	o := Options{Width: 1200, Height: 800}
	if _, err := RenderPNG(ctx, spec, o); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		results.reset()
		if _, err := RenderPNG(ctx, spec, o); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHeatmap20x52PNGCached measures the same render when the chart
// was drawn before at this size (the GUI redrawing or exporting it).
func BenchmarkHeatmap20x52PNGCached(b *testing.B) {
	spec := heatmap20x52(b)
	ctx := context.Background()
	o := Options{Width: 1200, Height: 800}
	if _, err := RenderPNG(ctx, spec, o); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := RenderPNG(ctx, spec, o); err != nil {
			b.Fatal(err)
		}
	}
}
