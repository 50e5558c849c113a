package charts

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"
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

// loopMedian runs fn b.N times and reports the median wall time and the
// process's CPU time per run (all threads, the collector's included),
// which other work on a shared machine disturbs less.
func loopMedian(b *testing.B, fn func()) {
	var times []time.Duration
	cpu0 := processCPU()
	for b.Loop() {
		t0 := time.Now()
		fn()
		times = append(times, time.Since(t0))
	}
	cpu := processCPU() - cpu0
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2])/1e6, "median-ms")
	b.ReportMetric(float64(cpu)/1e6/float64(len(times)), "cpu-ms/op")
}

// BenchmarkHeatmap20x52PNG is a warm render (engine loaded, result cache
// emptied each time) of the heat map to PNG at 1200×800.
func BenchmarkHeatmap20x52PNG(b *testing.B) {
	spec, ctx, o := heatmap20x52(b), context.Background(), Options{Width: 1200, Height: 800}
	if _, err := RenderPNG(ctx, spec, o); err != nil {
		b.Fatal(err)
	}
	loopMedian(b, func() {
		results.reset()
		if _, err := RenderPNG(ctx, spec, o); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkHeatmap20x52 splits the PNG render into its stages and runs
// the same option under Node for comparison.
func BenchmarkHeatmap20x52(b *testing.B) {
	spec, ctx := heatmap20x52(b), context.Background()
	eng, err := sharedEngine()
	if err != nil {
		b.Fatal(err)
	}
	b.Run("EChartsSVG", func(b *testing.B) {
		loopMedian(b, func() {
			if _, err := eng.renderSVG(ctx, string(spec.option), 1200, 800); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("PNGCached", func(b *testing.B) {
		o := Options{Width: 1200, Height: 800}
		if _, err := RenderPNG(ctx, spec, o); err != nil {
			b.Fatal(err)
		}
		loopMedian(b, func() {
			if _, err := RenderPNG(ctx, spec, o); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("NodeSSR", func(b *testing.B) { benchNode(b, spec) })
}

// nodeResult is what testdata/ssr.js prints.
type nodeResult struct {
	Runs     int       `json:"runs"`
	MedianMS float64   `json:"median_ms"`
	TimesMS  []float64 `json:"times_ms"`
}

// runNode renders spec's option runs times with ECharts SSR under Node.
func runNode(b *testing.B, spec *Spec, runs int) nodeResult {
	node, err := exec.LookPath("node")
	lib := filepath.Join("..", "resources", "js", "echarts.min.js")
	if _, serr := os.Stat(lib); err != nil || serr != nil {
		b.Skip("node or the ECharts library is missing")
	}
	opt := filepath.Join(b.TempDir(), "option.json")
	if err := os.WriteFile(opt, spec.option, 0o644); err != nil {
		b.Fatal(err)
	}
	out, err := exec.Command(node, filepath.Join("testdata", "ssr.js"), lib, opt, "1200", "800", strconv.Itoa(runs)).Output()
	if err != nil {
		b.Fatalf("run node: %v", err)
	}
	var res nodeResult
	if err := json.Unmarshal(out, &res); err != nil {
		b.Fatalf("read node result %q: %v", out, err)
	}
	return res
}

// benchNode reports Node's median for the option.
func benchNode(b *testing.B, spec *Spec) {
	var res nodeResult
	for b.Loop() {
		res = runNode(b, spec, 25)
	}
	b.ReportMetric(res.MedianMS, "median-ms")
}

// BenchmarkHeatmap20x52VersusNode alternates blocks of goja renders (PNG,
// and ECharts' SVG alone) with blocks of Node renders of the same option,
// so that both see the same load on a shared machine, and reports the
// medians and their ratios.
func BenchmarkHeatmap20x52VersusNode(b *testing.B) {
	spec, ctx := heatmap20x52(b), context.Background()
	eng, err := sharedEngine()
	if err != nil {
		b.Fatal(err)
	}
	const block = 5
	var pngMS, svgMS, nodeMS []float64
	ms := func(t0 time.Time) float64 { return float64(time.Since(t0)) / 1e6 }
	for b.Loop() {
		for i := 0; i < block; i++ {
			results.reset()
			t0 := time.Now()
			if _, err := RenderPNG(ctx, spec, Options{Width: 1200, Height: 800}); err != nil {
				b.Fatal(err)
			}
			pngMS = append(pngMS, ms(t0))
			t0 = time.Now()
			if _, err := eng.renderSVG(ctx, string(spec.option), 1200, 800); err != nil {
				b.Fatal(err)
			}
			svgMS = append(svgMS, ms(t0))
		}
		nodeMS = append(nodeMS, runNode(b, spec, block).TimesMS...)
	}
	median := func(v []float64) float64 { slices.Sort(v); return v[len(v)/2] }
	p, s, n := median(pngMS), median(svgMS), median(nodeMS)
	b.ReportMetric(p, "png-ms")
	b.ReportMetric(s, "goja-svg-ms")
	b.ReportMetric(n, "node-svg-ms")
	b.ReportMetric(s/n, "svg-ratio")
	b.ReportMetric(p/n, "png/node-svg")
}
