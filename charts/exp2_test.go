package charts

import (
	"os"
	"testing"

	"github.com/dop251/goja"
)

func TestJSProfile(t *testing.T) {
	spec := heatmap20x52(t)
	ts, _ := sharedTypesetter()
	src, _ := os.ReadFile("../node_modules/echarts/dist/echarts.js")
	vm := goja.New()
	vm.Set("__goMeasure", func(text, font string) float64 { s, b := parseCSSFont(font); return ts.measure(text, s, b) })
	if _, err := vm.RunString(timersJS + ";var global = this;"); err != nil {
		t.Fatal(err)
	}
	if _, err := vm.RunScript("echarts.js", string(src)); err != nil {
		t.Fatal(err)
	}
	if _, err := vm.RunScript("l.js", leanHeatmapJS); err != nil {
		t.Fatal(err)
	}
	if _, err := vm.RunScript("render.js", renderJS); err != nil {
		t.Fatal(err)
	}
	fn, _ := goja.AssertFunction(vm.Get("__render"))
	if _, err := fn(goja.Undefined(), vm.ToValue(string(spec.option)), vm.ToValue(1200), vm.ToValue(800)); err != nil {
		t.Fatal(err)
	}
	f, _ := os.Create("/tmp/js.prof")
	goja.StartProfile(f)
	for i := 0; i < 5; i++ {
		fn(goja.Undefined(), vm.ToValue(string(spec.option)), vm.ToValue(1200), vm.ToValue(800))
	}
	goja.StopProfile()
	f.Close()
}
