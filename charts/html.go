package charts

import (
	"bytes"
	"encoding/json"
	"fmt"

	"marsad/resources"
)

// htmlChart is what RenderHTML needs of a go-echarts chart beyond goChart.
type htmlChart interface {
	ClearPresetJSAssets()
	AddCustomizedHeaders(headers ...string)
	AddJSFuncs(fn ...string)
}

// RenderHTML returns a standalone page drawing spec with ECharts in the
// browser: the library is inlined so the page opens offline, tooltips and
// the legend are interactive, and text is laid out by the browser.
func RenderHTML(spec *Spec) ([]byte, error) {
	if spec == nil || spec.chart == nil {
		return nil, fmt.Errorf("render html: empty spec")
	}
	src, err := resources.ECharts()
	if err != nil {
		return nil, fmt.Errorf("render html: %w", err)
	}
	extra, err := json.Marshal(htmlExtraOption(spec))
	if err != nil {
		return nil, fmt.Errorf("render html: encode option: %w", err)
	}
	spec.htmlMu.Lock()
	defer spec.htmlMu.Unlock()
	c, ok := spec.chart.(htmlChart)
	if !ok {
		return nil, fmt.Errorf("render html: chart type %T has no assets", spec.chart)
	}
	if !spec.htmlReady {
		c.ClearPresetJSAssets()
		c.AddCustomizedHeaders(
			`<meta name="viewport" content="width=device-width, initial-scale=1">`,
			`<style>body{margin:0;font-family:`+fontFamily+`;} .item{direction:ltr;}</style>`,
			"<script>"+string(src)+"</script>",
		)
		c.AddJSFuncs("%MY_ECHARTS%.setOption(" + string(extra) + ");")
		spec.htmlReady = true
	}
	var buf bytes.Buffer
	if err := spec.chart.Render(&buf); err != nil {
		return nil, fmt.Errorf("render html: %w", err)
	}
	return buf.Bytes(), nil
}

// htmlExtraOption is merged into the page's option after go-echarts' own:
// the shared text style, and tooltips that read right to left in Arabic.
func htmlExtraOption(spec *Spec) map[string]any {
	extra := commonOption(texts(spec.Lang))
	mergeOption(extra, spec.patch)
	if texts(spec.Lang).rtl {
		extra["tooltip"] = map[string]any{"extraCssText": "direction: rtl; text-align: right;"}
	}
	return extra
}
