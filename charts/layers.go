package charts

import (
	"fmt"
	"image/color"
	"strings"

	"github.com/fyne-io/oksvg"
	"github.com/srwiley/rasterx"
	"golang.org/x/image/math/fixed"
)

// layer is one stage of drawing a chart to pixels: an SVG document, or
// the cells of a lean heat map drawn directly. Parsing a thousand cells as
// SVG costs more than drawing them, so the rasteriser gets the document in
// pieces with the cells in between, in the order ECharts drew them.
type layer struct {
	icon  *oksvg.SvgIcon
	cells *leanSeries
}

// buildLayers splits svg (text already outlines, lean cells not inserted)
// after the first cell of each lean series and parses the pieces.
func buildLayers(svg string, lean []leanSeries) ([]layer, error) {
	svg = hoistDefs(stripStyle(svg))
	root := strings.Index(svg, "<svg")
	rootEnd := -1
	if root >= 0 {
		rootEnd = indexTagEnd(svg, root)
	}
	if rootEnd < 0 || len(lean) == 0 {
		icon, err := parseIcon(svg)
		return []layer{{icon: icon}}, err
	}
	defs := svgDefs(svg)
	head := svg[:rootEnd+1] + defs
	body := strings.Replace(svg[rootEnd+1:], defs, "", 1)
	var layers []layer
	for i := range lean {
		at := leanMarkEnd(body, lean[i].Series)
		if at < 0 {
			continue
		}
		icon, err := parseIcon(head + body[:at] + "</svg>")
		if err != nil {
			return nil, err
		}
		layers = append(layers, layer{icon: icon}, layer{cells: &lean[i]})
		body = body[at:]
	}
	icon, err := parseIcon(head + body)
	if err != nil {
		return nil, err
	}
	return append(layers, layer{icon: icon}), nil
}

// svgDefs returns the first <defs> element of svg, or "".
func svgDefs(svg string) string {
	i := strings.Index(svg, "<defs")
	if i < 0 {
		return ""
	}
	j := strings.Index(svg[i:], "</defs>")
	if j < 0 {
		return ""
	}
	return svg[i : i+j+len("</defs>")]
}

// leanMarkEnd returns the offset just past the first cell ECharts drew for
// series s, or -1.
func leanMarkEnd(svg string, s int) int {
	at := strings.Index(svg, fmt.Sprintf(`ecmeta_series_index="%d" ecmeta_data_index="0" ecmeta_ssr_type="chart"`, s))
	if at < 0 {
		return -1
	}
	end := strings.Index(svg[at:], "</path>")
	if end < 0 {
		return -1
	}
	return at + end + len("</path>")
}

// drawCells fills the cells of a lean series, scaled from CSS pixels.
func drawCells(d *rasterx.Dasher, ls *leanSeries, sx, sy float64) {
	colors := make([]color.Color, len(ls.Fills))
	for i, f := range ls.Fills {
		colors[i] = rasterx.ApplyOpacity(parseRGB(f.RGB), f.Opacity)
	}
	pt := func(x, y float64) fixed.Point26_6 {
		return fixed.Point26_6{X: fixed.Int26_6(x * sx * 64), Y: fixed.Int26_6(y * sy * 64)}
	}
	f := &d.Filler
	for i := 0; i+leanStride <= len(ls.Cells); i += leanStride {
		c := ls.Cells[i : i+leanStride]
		x, y, w, h := round2(c[1]), round2(c[2]), round2(c[3]), round2(c[4])
		f.Clear()
		f.Start(pt(x, y))
		f.Line(pt(x+w, y))
		f.Line(pt(x+w, y+h))
		f.Line(pt(x, y+h))
		f.Stop(true)
		f.SetColor(colors[int(c[5])])
		f.Draw()
	}
}

// parseRGB reads "rgb(r,g,b)" as written by leanHeatmapJS.
func parseRGB(s string) color.NRGBA {
	var r, g, b uint8
	if _, err := fmt.Sscanf(s, "rgb(%d,%d,%d)", &r, &g, &b); err != nil {
		return color.NRGBA{A: 255}
	}
	return color.NRGBA{r, g, b, 255}
}
