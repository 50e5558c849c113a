package charts

import (
	"strings"
	"os"
	"syscall"
	"testing"
	"time"
)

func cpuNow() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestExperiment(t *testing.T) {
	spec := heatmap20x52(t)
	eng, _ := sharedEngine()
	for _, tc := range []struct {
		name string
		opt  string
	}{{"full", string(spec.option)}, {"int3", strings.Replace(string(spec.option), `"interval":1`, `"interval":3`, 1)}, {"auto", strings.Replace(string(spec.option), `"interval":1`, `"interval":"auto"`, 1)}, {"full", string(spec.option)}} {
		best, bestCPU := time.Hour, time.Hour
		for i := 0; i < 6; i++ {
			c0, t0 := cpuNow(), time.Now()
			if _, err := eng.renderSVG(t.Context(), tc.opt, 1200, 800); err != nil {
				t.Fatal(err)
			}
			best, bestCPU = min(best, time.Since(t0)), min(bestCPU, cpuNow()-c0)
		}
		t.Logf("%s: wall %v cpu %v", tc.name, best, bestCPU)
	}
}

func TestWriteOpt(t *testing.T) {
	spec := heatmap20x52(t)
	os.WriteFile("/tmp/hm.json", spec.option, 0o644)
}

func TestBigHeatmapPNG(t *testing.T) {
	b, err := RenderPNG(t.Context(), heatmap20x52(t), Options{Width: 1200, Height: 800})
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile("/tmp/chartout/big-heatmap.png", b, 0o644)
}
