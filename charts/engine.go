package charts

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"marsad/resources"
)

// engine is one goja runtime with Apache ECharts loaded. Runtimes are not
// safe for concurrent use, so calls are serialised by mu.
type engine struct {
	mu     sync.Mutex
	vm     *goja.Runtime
	render goja.Callable
}

var (
	engineOnce sync.Once
	engineVal  *engine
	engineErr  error
)

// Warm loads the chart engine (ECharts in a JavaScript runtime, and the
// fonts) in the background, so that the first render does not pay for it.
// It returns at once; calling it more than once is harmless.
func Warm() {
	go func() { _, _ = sharedEngine() }()
}

// sharedEngine returns the process-wide engine, loading it on first use.
func sharedEngine() (*engine, error) {
	engineOnce.Do(func() { engineVal, engineErr = newEngine() })
	return engineVal, engineErr
}

// newEngine starts a runtime, installs the text measurer and loads
// ECharts and the render helper.
func newEngine() (*engine, error) {
	ts, err := sharedTypesetter()
	if err != nil {
		return nil, err
	}
	src, err := resources.ECharts()
	if err != nil {
		return nil, fmt.Errorf("load echarts: %w", err)
	}
	vm := goja.New()
	vm.SetFieldNameMapper(goja.TagFieldNameMapper("json", true))
	if err := vm.Set("__goMeasure", func(text, font string) float64 {
		size, bold := parseCSSFont(font)
		return ts.measure(text, size, bold)
	}); err != nil {
		return nil, fmt.Errorf("install measurer: %w", err)
	}
	// ECharts' UMD wrapper looks for a global object under several names.
	if _, err := vm.RunString(timersJS); err != nil {
		return nil, fmt.Errorf("prepare runtime: %w", err)
	}
	if _, err := vm.RunScript("echarts.min.js", string(src)); err != nil {
		return nil, fmt.Errorf("run echarts: %w", err)
	}
	if _, err := vm.RunScript("leanheatmap.js", leanHeatmapJS); err != nil {
		return nil, fmt.Errorf("run heat map helper: %w", err)
	}
	if _, err := vm.RunScript("render.js", renderJS); err != nil {
		return nil, fmt.Errorf("run render helper: %w", err)
	}
	fn, ok := goja.AssertFunction(vm.Get("__render"))
	if !ok {
		return nil, errors.New("run render helper: __render is not a function")
	}
	return &engine{vm: vm, render: fn}, nil
}

// timersJS gives the runtime the timer functions ECharts expects. Charts
// are drawn synchronously with animation off, so deferred work is dropped.
const timersJS = "var self = this; var setTimeout = function () { return 0; }, clearTimeout = function () {};" +
	" var requestAnimationFrame = setTimeout, cancelAnimationFrame = clearTimeout;"

// rendered is what one ECharts render returns: the SVG document, the
// cells of lean heat maps (not yet in the document: see insertLean) and
// the geometry of every data item, for hit-testing.
type rendered struct {
	SVG   string       `json:"svg"`
	Boxes []itemBox    `json:"boxes"`
	Lean  []leanSeries `json:"lean"`
}

// itemBox is the bounding box of one data item's graphic element.
type itemBox struct {
	Series int     `json:"s"`
	Index  int     `json:"i"`
	X      float64 `json:"x"`
	Y      float64 `json:"y"`
	W      float64 `json:"w"`
	H      float64 `json:"h"`
}

// renderSVG draws option (an ECharts option as a JavaScript object
// literal) at width×height CSS pixels.
func (e *engine) renderSVG(ctx context.Context, option string, width, height int) (*rendered, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	interrupted := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		e.vm.Interrupt(ctx.Err())
		close(interrupted)
	})
	defer func() {
		if !stop() {
			<-interrupted // the interrupt is set: clear it only after
		}
		e.vm.ClearInterrupt()
	}()
	v, err := e.render(goja.Undefined(), e.vm.ToValue(option), e.vm.ToValue(width), e.vm.ToValue(height))
	if err != nil {
		if cerr := ctx.Err(); cerr != nil {
			return nil, cerr
		}
		return nil, fmt.Errorf("render chart: %w", err)
	}
	var out rendered
	if err := e.vm.ExportTo(v, &out); err != nil {
		return nil, fmt.Errorf("read rendered chart: %w", err)
	}
	out.Boxes = append(out.Boxes, leanBoxes(out.Lean)...)
	return &out, nil
}

// parseCSSFont reads the pixel size and weight from a CSS font shorthand
// such as "bold 14px sans-serif" or "12px Microsoft YaHei".
func parseCSSFont(font string) (size float64, bold bool) {
	size = 12
	for _, f := range strings.Fields(font) {
		switch {
		case f == "bold" || f == "bolder":
			bold = true
		case len(f) > 0 && f[0] >= '1' && f[0] <= '9' && len(f) == 3 && strings.HasSuffix(f, "00"):
			bold = f[0] >= '6'
		case strings.HasSuffix(f, "px"):
			if n, err := strconv.ParseFloat(strings.TrimSuffix(f, "px"), 64); err == nil && n > 0 {
				size = n
			}
		}
	}
	return size, bold
}
