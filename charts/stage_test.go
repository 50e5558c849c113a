package charts

import (
	"bytes"
	"context"
	"image/png"
	"testing"
	"time"
)

func TestStageTimes(t *testing.T) {
	spec := heatmap20x52(t)
	eng, _ := sharedEngine()
	ts, _ := sharedTypesetter()
	for i := 0; i < 4; i++ {
		t0 := time.Now()
		r, err := eng.renderSVG(context.Background(), string(spec.option), 1200, 800)
		if err != nil {
			t.Fatal(err)
		}
		t1 := time.Now()
		p := ts.textToPaths(r.SVG)
		t2 := time.Now()
		icon, _ := parseIcon(p)
		t3 := time.Now()
		img := rasterize(icon, 1200, 800, 1, false)
		t4 := time.Now()
		var buf bytes.Buffer
		(&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&buf, img)
		t5 := time.Now()
		t.Logf("echarts %v paths %v parse %v raster %v png %v svg=%dKB", t1.Sub(t0), t2.Sub(t1), t3.Sub(t2), t4.Sub(t3), t5.Sub(t4), len(r.SVG)/1024)
	}
}
