package charts

import (
	"fmt"
	"strconv"
	"strings"
)

// leanHeatmapJS draws large heat maps for still images without a
// scene-graph element per cell. A still image needs no hover states,
// labels or per-cell elements, and those dominate the time ECharts takes
// for a heat map of a thousand cells. For a heat map on a grid whose cells
// have no labels, borders or options of their own:
//
//   - __leanPrepare keeps only the first cell in the series and sets the
//     others aside (both axes are categories with their own data, and the
//     colour scale has a fixed range, so the layout does not change);
//   - ECharts lays out the chart and draws that first cell, which gives the
//     cell size and style and marks the place of the series in the SVG;
//   - each other cell takes its position from the coordinate system and its
//     colour from the visual map's own mapping; insertLean writes it after
//     the first cell, as ECharts writes a rectangle.
const leanHeatmapJS = `
var __lean = { rest: {}, cells: [] };
var __leanOff = false; // set by tests to compare with ECharts' own drawing

function __leanReset() { __lean = { rest: {}, cells: [] }; }

// __leanPrepare sets aside all cells but the first of eligible heat maps.
function __leanPrepare(opt) {
	if (__leanOff) { return opt; }
	var series = Array.isArray(opt.series) ? opt.series : [];
	for (var i = 0; i < series.length; i++) {
		var s = series[i], d = s.data;
		if (s.type !== 'heatmap' || (s.coordinateSystem && s.coordinateSystem !== 'cartesian2d')
			|| (s.label && s.label.show) || (s.itemStyle && (s.itemStyle.borderWidth || s.itemStyle.borderRadius))
			|| !Array.isArray(d) || d.length < 2 || !__leanCellsPlain(d) || !__leanDrawable(opt, s, d[0])) {
			continue;
		}
		__lean.rest[i] = d.slice(1);
		s.data = d.slice(0, 1);
	}
	return opt;
}

// __leanCellsPlain reports whether every cell is [x index, y index, value...].
function __leanCellsPlain(d) {
	for (var i = 0; i < d.length; i++) {
		var c = d[i];
		if (!Array.isArray(c) || typeof c[0] !== 'number' || typeof c[1] !== 'number') { return false; }
	}
	return true;
}

// __leanDrawable reports whether ECharts will draw cell c: a finite value
// inside both category axes. The first cell must be drawn, as it gives the
// others their size and place.
function __leanDrawable(opt, s, c) {
	var axis = function (list, i) {
		var a = Array.isArray(list) ? list[i || 0] : list;
		return a && Array.isArray(a.data) ? a.data.length : 0;
	};
	var nx = axis(opt.xAxis, s.xAxisIndex), ny = axis(opt.yAxis, s.yAxisIndex);
	var v = c[2];
	return typeof v === 'number' && isFinite(v) && c[0] >= 0 && c[0] < nx && c[1] >= 0 && c[1] < ny
		&& c[0] === Math.floor(c[0]) && c[1] === Math.floor(c[1]);
}

// __leanVisualMap returns the visual map model colouring a series.
function __leanVisualMap(ecModel, seriesModel) {
	var found = null;
	ecModel.eachComponent('visualMap', function (vm) {
		vm.eachTargetSeries(function (target) { if (target === seriesModel) { found = vm; } });
	});
	return found;
}

(function () {
	var Heatmap = echarts.ChartView.getClass('heatmap');
	if (!Heatmap || !Heatmap.prototype._renderOnGridLike) { return; }
	var orig = Heatmap.prototype._renderOnGridLike;
	Heatmap.prototype._renderOnGridLike = function (seriesModel, api, start, end, incremental) {
		orig.apply(this, arguments);
		var rest = __lean.rest[seriesModel.seriesIndex];
		var data = seriesModel.getData();
		var first = data.count() > 0 ? data.getItemGraphicEl(0) : null;
		var vm = __leanVisualMap(seriesModel.ecModel, seriesModel);
		if (!rest || !first || !vm || incremental) { return; }
		__lean.cells.push(__leanCells(seriesModel, vm, first, rest));
	};
})();

// __leanCells lays out the set-aside cells of one series: a flat list of
// [raw index, x, y, width, height, fill index] and the distinct fills.
function __leanCells(seriesModel, vm, first, rest) {
	var coordSys = seriesModel.coordinateSystem;
	var xExt = coordSys.getAxis('x').scale.getExtent(), yExt = coordSys.getAxis('y').scale.getExtent();
	var w = first.shape.width, h = first.shape.height;
	var dim = vm.get('dimension');
	if (dim == null) { dim = 2; }
	var range = [vm.get('min'), vm.get('max')];
	var inRange = vm.targetVisuals.inRange.color, outOfRange = vm.targetVisuals.outOfRange.color;
	var opacity = first.style.opacity == null ? 1 : first.style.opacity;
	// Category axes map indices to pixels linearly: two points give the
	// whole grid, sparing a full dataToPoint per cell.
	var o = coordSys.dataToPoint([xExt[0], yExt[0]]);
	var one = coordSys.dataToPoint([xExt[0] + 1, yExt[0] + 1]);
	var step = [one[0] - o[0], one[1] - o[1]];
	var fills = [], fillOf = {}, cells = [];
	for (var k = 0; k < rest.length; k++) {
		var c = rest[k], x = c[0], y = c[1], v = c[dim];
		if (v == null || v === '-' || isNaN(v) || x < xExt[0] || x > xExt[1] || y < yExt[0] || y > yExt[1]) { continue; }
		var f = fillOf[v];
		if (f === undefined) {
			var inside = v >= range[0] && v <= range[1];
			var color = inside ? inRange.mapValueToVisual(v) : (outOfRange ? outOfRange.mapValueToVisual(v) : first.style.fill);
			var rgba = echarts.color.parse(color) || [0, 0, 0, 1];
			f = fillOf[v] = fills.length;
			fills.push({ rgb: 'rgb(' + rgba[0] + ',' + rgba[1] + ',' + rgba[2] + ')', opacity: rgba[3] * opacity });
		}
		cells.push(k + 1, o[0] + step[0] * (x - xExt[0]) - w / 2, o[1] + step[1] * (y - yExt[0]) - h / 2, w, h, f);
	}
	return { s: seriesModel.seriesIndex, cells: cells, fills: fills };
}
`

// leanSeries is the set-aside cells of one heat map series, as laid out
// by leanHeatmapJS.
type leanSeries struct {
	Series int        `json:"s"`
	Cells  []float64  `json:"cells"` // raw index, x, y, width, height, fill index
	Fills  []leanFill `json:"fills"`
}

// leanFill is one distinct cell colour.
type leanFill struct {
	RGB     string  `json:"rgb"`
	Opacity float64 `json:"opacity"`
}

const leanStride = 6

// insertLean writes each series' set-aside cells after its first cell,
// found by the metadata ECharts writes on it, as ECharts writes a
// rectangle.
func insertLean(svg string, lean []leanSeries) string {
	for _, ls := range lean {
		mark := fmt.Sprintf(`ecmeta_series_index="%d" ecmeta_data_index="0" ecmeta_ssr_type="chart"`, ls.Series)
		at := strings.Index(svg, mark)
		if at < 0 {
			continue
		}
		end := strings.Index(svg[at:], "</path>")
		if end < 0 {
			continue
		}
		end += at + len("</path>")
		var b strings.Builder
		b.Grow(len(svg) + len(ls.Cells)/leanStride*90)
		b.WriteString(svg[:end])
		b.WriteByte('\n')
		buf := make([]byte, 0, 128)
		for i := 0; i+leanStride <= len(ls.Cells); i += leanStride {
			c := ls.Cells[i : i+leanStride]
			buf = appendCellPath(buf[:0], c[1], c[2], c[3], c[4], ls.Fills[int(c[5])])
			b.Write(buf)
		}
		b.WriteString(svg[end:])
		svg = b.String()
	}
	return svg
}

// appendCellPath appends one cell as a path element.
func appendCellPath(b []byte, x, y, w, h float64, f leanFill) []byte {
	num := func(b []byte, v float64) []byte { return strconv.AppendFloat(b, round2(v), 'f', -1, 64) }
	b = append(b, `<path d="M`...)
	b = num(b, x)
	b = append(b, ' ')
	b = num(b, y)
	b = append(b, 'l')
	b = num(b, w)
	b = append(b, " 0l0 "...)
	b = num(b, h)
	b = append(b, 'l')
	b = num(b, -w)
	b = append(b, ` 0Z" fill="`...)
	b = append(b, f.RGB...)
	b = append(b, '"')
	if f.Opacity < 1 {
		b = append(b, ` fill-opacity="`...)
		b = strconv.AppendFloat(b, f.Opacity, 'f', -1, 64)
		b = append(b, '"')
	}
	return append(b, "></path>\n"...)
}

// leanBoxes returns the bounding boxes of the set-aside cells.
func leanBoxes(lean []leanSeries) []itemBox {
	var boxes []itemBox
	for _, ls := range lean {
		for i := 0; i+leanStride <= len(ls.Cells); i += leanStride {
			c := ls.Cells[i : i+leanStride]
			boxes = append(boxes, itemBox{Series: ls.Series, Index: int(c[0]), X: c[1], Y: c[2], W: c[3], H: c[4]})
		}
	}
	return boxes
}
