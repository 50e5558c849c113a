package charts

// renderJS runs once in the engine after ECharts. It routes text
// measurement to Go and defines __render(option, width, height), which
// draws one chart with the SVG server-side renderer and returns its SVG
// and the bounding box of every data item.
const renderJS = `
echarts.setPlatformAPI({
	measureText: function (text, font) {
		return { width: __goMeasure(String(text), font || '12px sans-serif') };
	}
});

function __static(opt) {
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
	}
	opt.tooltip = { show: false };
	opt.toolbox = { show: false };
	return opt;
}

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
	var opt = __static(JSON.parse(src));
	var chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: width, height: height });
	try {
		chart.setOption(opt);
		return { svg: chart.renderToSVGString(), boxes: __boxes(chart) };
	} finally {
		chart.dispose();
	}
}
`
