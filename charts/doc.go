// Package charts builds Marsad's charts and draws them.
//
// Build turns statement and mention rows into a Spec: a chart specified
// with go-echarts (stance by actor, stance over time, the actor × period
// heat map, mentions over time, source × actor), with titles and axes in
// the UI language and fixed, colour-blind safe stance colours.
//
// The same Spec is drawn three ways:
//
//   - RenderHTML: the go-echarts page with Apache ECharts inlined, drawn by
//     the browser, interactive and usable offline;
//   - RenderSVG: Apache ECharts run in an embedded JavaScript engine
//     (goja) with its server-side SVG renderer, text kept as text or turned
//     into shaped glyph outlines;
//   - RenderPNG and RenderImage: that SVG with its text shaped by HarfBuzz
//     (go-text/typesetting: Arabic joined and right to left, numbers and
//     Latin in order) and rasterised, at any size and scale.
//
// The engine loads once, lazily or through Warm, and serves concurrent
// callers one at a time; results are cached by option and size, so that
// redrawing at another scale, exporting or hit-testing a chart costs no
// JavaScript. Layout.HitTest maps a point of a drawn chart back to the data
// item under it and the statements behind it.
package charts
