// Renders an ECharts option to SVG with ECharts' server-side renderer
// under Node, as the reference for the goja renderer's speed.
//
// usage: node ssr.js ECHARTS_JS OPTION_JSON WIDTH HEIGHT RUNS [WARMUP]
// prints one JSON object: {"runs": N, "median_ms": M, "min_ms": m, "times_ms": [...], "svg_bytes": B}
'use strict';
const fs = require('fs');
const path = require('path');

const [echartsPath, optionPath, width, height, runs, warmup = '10'] = process.argv.slice(2);
const echarts = require(path.resolve(echartsPath));
const source = fs.readFileSync(optionPath, 'utf8');

function renderOnce() {
  const option = JSON.parse(source);
  option.animation = false;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: +width, height: +height });
  chart.setOption(option);
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

for (let i = 0; i < +warmup; i++) {
  renderOnce(); // warm the JIT and the library
}
const times = [];
let bytes = 0;
for (let i = 0; i < +runs; i++) {
  const t0 = process.hrtime.bigint();
  bytes = renderOnce().length;
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
const sorted = times.slice().sort((a, b) => a - b);
console.log(JSON.stringify({
  runs: times.length,
  median_ms: sorted[Math.floor(sorted.length / 2)],
  min_ms: sorted[0],
  times_ms: times,
  svg_bytes: bytes,
}));
