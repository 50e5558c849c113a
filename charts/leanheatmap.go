package charts

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
//     colour from the visual map's own mapping, and __leanInsert writes it
//     after the first cell, as ECharts writes a cell.
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
			|| !Array.isArray(d) || d.length < 2 || !__leanCellsPlain(d)) {
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

// __leanCells lays out the set-aside cells of one series.
function __leanCells(seriesModel, vm, first, rest) {
	var coordSys = seriesModel.coordinateSystem;
	var xExt = coordSys.getAxis('x').scale.getExtent(), yExt = coordSys.getAxis('y').scale.getExtent();
	var w = first.shape.width, h = first.shape.height;
	var dim = vm.get('dimension');
	if (dim == null) { dim = 2; }
	var range = [vm.get('min'), vm.get('max')];
	var inRange = vm.targetVisuals.inRange.color, outOfRange = vm.targetVisuals.outOfRange.color;
	var style = first.style;
	var opacity = style.opacity == null ? 1 : style.opacity;
	var cells = [];
	for (var k = 0; k < rest.length; k++) {
		var c = rest[k], x = c[0], y = c[1], v = c[dim];
		if (v == null || v === '-' || isNaN(v) || x < xExt[0] || x > xExt[1] || y < yExt[0] || y > yExt[1]) { continue; }
		var p = coordSys.dataToPoint([x, y]);
		var inside = v >= range[0] && v <= range[1];
		var fill = inside ? inRange.mapValueToVisual(v) : (outOfRange ? outOfRange.mapValueToVisual(v) : style.fill);
		cells.push({ i: k + 1, x: p[0] - w / 2, y: p[1] - h / 2, w: w, h: h, fill: fill, opacity: opacity });
	}
	return { s: seriesModel.seriesIndex, cells: cells };
}

function __r2(v) { return Math.round(v * 100) / 100; }

// __leanCellSVG writes one cell as ECharts writes a rectangle.
function __leanCellSVG(c) {
	var rgba = echarts.color.parse(c.fill) || [0, 0, 0, 1];
	var op = rgba[3] * c.opacity;
	return '<path d="M' + __r2(c.x) + ' ' + __r2(c.y) + 'l' + __r2(c.w) + ' 0l0 ' + __r2(c.h) + 'l' + __r2(-c.w) + ' 0Z"'
		+ ' fill="rgb(' + rgba[0] + ',' + rgba[1] + ',' + rgba[2] + ')"'
		+ (op < 1 ? ' fill-opacity="' + op + '"' : '') + '></path>\n';
}

// __leanInsert writes the set-aside cells after the first cell of their
// series, found by the metadata ECharts writes on it.
function __leanInsert(svg) {
	for (var k = 0; k < __lean.cells.length; k++) {
		var lc = __lean.cells[k];
		var mark = 'ecmeta_series_index="' + lc.s + '" ecmeta_data_index="0" ecmeta_ssr_type="chart"';
		var at = svg.indexOf(mark);
		var end = at < 0 ? -1 : svg.indexOf('</path>', at);
		if (end < 0) { continue; }
		end += '</path>'.length;
		var parts = new Array(lc.cells.length);
		for (var j = 0; j < lc.cells.length; j++) { parts[j] = __leanCellSVG(lc.cells[j]); }
		svg = svg.slice(0, end) + '\n' + parts.join('') + svg.slice(end);
	}
	return svg;
}

// __leanBoxes returns the bounding boxes of the set-aside cells.
function __leanBoxes() {
	var boxes = [];
	for (var k = 0; k < __lean.cells.length; k++) {
		var lc = __lean.cells[k];
		for (var j = 0; j < lc.cells.length; j++) {
			var c = lc.cells[j];
			boxes.push({ s: lc.s, i: c.i, x: c.x, y: c.y, w: c.w, h: c.h });
		}
	}
	return boxes;
}
`
