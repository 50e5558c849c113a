package charts

// renderJS runs once in the engine after ECharts and leanHeatmapJS. It
// routes text measurement to Go and defines __render(option, width,
// height), which draws one chart with the SVG server-side renderer and
// returns its SVG and the bounding box of every data item.
const renderJS = `
echarts.setPlatformAPI({
	measureText: function (text, font) {
		return { width: __goMeasure(String(text), font || '12px sans-serif') };
	}
});

// __static turns off what only an interactive chart needs: animation,
// hover and selection states, tooltips, the toolbox and ARIA text. A
// scrolling legend becomes a plain one that wraps, with room made for it.
function __static(opt, width) {
	__staticLegend(opt, width);
	opt.animation = false;
	var series = opt.series || [];
	if (!Array.isArray(series)) { series = [series]; }
	for (var i = 0; i < series.length; i++) {
		var s = series[i];
		s.animation = false;
		s.progressive = 0;
		s.hoverLayerThreshold = Infinity;
		s.emphasis = { disabled: true };
		s.select = { disabled: true };
		s.blur = {};
		s.selectedMode = false;
		s.silent = true;
		s.data = __plainData(s.data);
	}
	opt.aria = { enabled: false };
	opt.tooltip = { show: false };
	opt.toolbox = { show: false };
	return opt;
}

// __staticLegend turns a scrolling legend, which a still image cannot
// scroll, into one that wraps onto more rows, and lowers the bottom of the
// grid by the rows added.
function __staticLegend(opt, width) {
	var legend = Array.isArray(opt.legend) ? opt.legend[0] : opt.legend;
	if (!legend || legend.show === false || legend.type !== 'scroll') { return; }
	legend.type = 'plain';
	var names = [];
	(Array.isArray(opt.series) ? opt.series : []).forEach(function (s) { if (s.name) { names.push(s.name); } });
	var font = '12px sans-serif', rowWidth = width * 0.9, rows = 1, used = 0;
	for (var i = 0; i < names.length; i++) {
		var w = 25 + 5 + __goMeasure(String(names[i]), font) + 10; // icon, gap, text, item gap
		if (used > 0 && used + w > rowWidth) { rows++; used = 0; }
		used += w;
	}
	var grid = Array.isArray(opt.grid) ? opt.grid[0] : opt.grid;
	if (rows > 1 && grid && grid.bottom != null && !isNaN(parseFloat(grid.bottom))) {
		grid.bottom = parseFloat(grid.bottom) + (rows - 1) * 24;
	}
}

// Items written as {value: v} and nothing else become plain values, so
// that ECharts skips building a model per item.
function __plainData(data) {
	if (!Array.isArray(data)) { return data; }
	for (var i = 0; i < data.length; i++) {
		var d = data[i];
		if (d !== null && typeof d === 'object' && !Array.isArray(d)) {
			var keys = Object.keys(d);
			if (keys.length === 1 && keys[0] === 'value') { data[i] = d.value; }
		}
	}
	return data;
}

// __boxes returns the bounding box of every drawn data item.
function __boxes(chart) {
	var boxes = [];
	chart.getModel().eachSeries(function (s) {
		var data = s.getData();
		var si = s.seriesIndex;
		data.each(function (idx) {
			var el = data.getItemGraphicEl(idx);
			if (!el) { return; }
			var r = el.getBoundingRect().clone();
			el.updateTransform();
			if (el.transform) { r.applyTransform(el.transform); }
			boxes.push({ s: si, i: data.getRawIndex(idx), x: r.x, y: r.y, w: r.width, h: r.height });
		});
	});
	return boxes;
}

function __render(src, width, height) {
	var opt = __leanPrepare(__static(JSON.parse(src), width));
	var chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: width, height: height });
	try {
		chart.setOption(opt);
		var svg = chart.getZr().painter.renderToString({ cssAnimation: false, cssEmphasis: false, useViewBox: true });
		return { svg: svg, boxes: __boxes(chart), lean: __lean.cells };
	} finally {
		chart.dispose();
		__leanReset();
	}
}
`
