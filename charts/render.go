package charts

import (
	"context"
	"errors"
	"fmt"
	"image"
	"strings"
	"sync"
)

// Options control image exports.
type Options struct {
	Width, Height int     // chart size in CSS pixels; 0 means 1200×800
	Scale         float64 // device pixels per CSS pixel; 0 means 1, or DPI/96 when DPI is set
	DPI           float64 // print resolution: sets Scale when Scale is 0 and is recorded in PNGs
	Transparent   bool    // no white background
	TextAsPaths   bool    // SVG: draw text as glyph outlines instead of <text>
}

// Default chart size in CSS pixels.
const (
	DefaultWidth  = 1200
	DefaultHeight = 800
	maxSide       = 20000 // device pixels, per side
)

// normalized fills in defaults and checks sizes.
func (o Options) normalized() (Options, error) {
	if o.Width == 0 {
		o.Width = DefaultWidth
	}
	if o.Height == 0 {
		o.Height = DefaultHeight
	}
	if o.Scale == 0 {
		o.Scale = 1
		if o.DPI > 0 {
			o.Scale = o.DPI / 96
		}
	}
	if o.Width < 0 || o.Height < 0 || o.Scale < 0 {
		return o, fmt.Errorf("check options: negative size %d×%d at %g×", o.Width, o.Height, o.Scale)
	}
	if float64(o.Width)*o.Scale > maxSide || float64(o.Height)*o.Scale > maxSide {
		return o, fmt.Errorf("check options: %d×%d at %g× exceeds %d pixels", o.Width, o.Height, o.Scale, maxSide)
	}
	return o, nil
}

// drawn is one chart rendered at one size, shared through the cache.
type drawn struct {
	raw   string       // as ECharts wrote it, without lean heat map cells
	svg   string       // the whole chart
	lean  []leanSeries // lean heat map cells
	boxes []itemBox    // data item geometry

	once   sync.Once
	paths  string // svg with text as glyph outlines
	mu     sync.Mutex
	layers []layer // parsed for the rasteriser; guarded by mu while drawing
	err    error
}

// textPaths returns the SVG with text as outlines, and prepares the
// rasteriser's layers, once.
func (d *drawn) textPaths(ts *typesetter) string {
	d.once.Do(func() {
		raw := ts.textToPaths(d.raw)
		d.paths = insertLean(raw, d.lean)
		d.layers, d.err = buildLayers(raw, d.lean)
	})
	return d.paths
}

// drawChart renders the spec with ECharts at w×h, or returns the cached result.
func drawChart(ctx context.Context, spec *Spec, w, h int) (*drawn, error) {
	if spec == nil || len(spec.option) == 0 {
		return nil, errors.New("render chart: empty spec")
	}
	key := cacheKey{spec.hash, w, h}
	if d := results.get(key); d != nil {
		return d, nil
	}
	eng, err := sharedEngine()
	if err != nil {
		return nil, err
	}
	r, err := eng.renderSVG(ctx, string(spec.option), w, h)
	if err != nil {
		return nil, err
	}
	d := &drawn{raw: r.SVG, svg: insertLean(r.SVG, r.Lean), lean: r.Lean, boxes: r.Boxes}
	return results.put(key, d), nil
}

// RenderSVG draws spec as an SVG document. With TextAsPaths, text is
// drawn as glyph outlines, which look the same everywhere; otherwise it
// stays text with a font list that starts with an Arabic face.
func RenderSVG(ctx context.Context, spec *Spec, o Options) ([]byte, error) {
	o, err := o.normalized()
	if err != nil {
		return nil, err
	}
	d, err := drawChart(ctx, spec, o.Width, o.Height)
	if err != nil {
		return nil, err
	}
	svg := d.svg
	if o.TextAsPaths {
		ts, err := sharedTypesetter()
		if err != nil {
			return nil, err
		}
		svg = d.textPaths(ts)
	}
	if !o.Transparent {
		svg = withBackground(svg, o.Width, o.Height)
	}
	if o.Scale != 1 {
		svg = withPixelSize(svg, o.Width, o.Height, o.Scale)
	}
	return []byte(svg), nil
}

// RenderImage draws spec at w×h CSS pixels and scale device pixels per
// CSS pixel on a transparent background, and returns the geometry of its
// data items for hit-testing.
func RenderImage(ctx context.Context, spec *Spec, w, h int, scale float64) (image.Image, *Layout, error) {
	img, d, err := renderRGBA(ctx, spec, Options{Width: w, Height: h, Scale: scale, Transparent: true})
	if err != nil {
		return nil, nil, err
	}
	return img, newLayout(spec, d.boxes, w, h, scale), nil
}

// RenderPNG draws spec as a PNG image of Width·Scale × Height·Scale pixels.
func RenderPNG(ctx context.Context, spec *Spec, o Options) ([]byte, error) {
	img, _, err := renderRGBA(ctx, spec, o)
	if err != nil {
		return nil, err
	}
	dpi := o.DPI
	if dpi == 0 {
		dpi = 96 * max(o.Scale, 1)
	}
	return encodePNG(img, dpi)
}

// renderRGBA draws spec to pixels.
func renderRGBA(ctx context.Context, spec *Spec, o Options) (*image.RGBA, *drawn, error) {
	o, err := o.normalized()
	if err != nil {
		return nil, nil, err
	}
	ts, err := sharedTypesetter()
	if err != nil {
		return nil, nil, err
	}
	d, err := drawChart(ctx, spec, o.Width, o.Height)
	if err != nil {
		return nil, nil, err
	}
	d.textPaths(ts)
	if d.err != nil {
		return nil, nil, d.err
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	d.mu.Lock()
	img := rasterizeLayers(d.layers, o.Width, o.Height, o.Scale, o.Transparent)
	d.mu.Unlock()
	return img, d, nil
}

// withBackground paints a white rectangle under everything else.
func withBackground(svg string, w, h int) string {
	i := strings.Index(svg, "<svg")
	if i < 0 {
		return svg
	}
	j := indexTagEnd(svg, i)
	if j < 0 {
		return svg
	}
	rect := fmt.Sprintf("\n<rect width=\"%d\" height=\"%d\" x=\"0\" y=\"0\" fill=\"#ffffff\"></rect>", w, h)
	return svg[:j+1] + rect + svg[j+1:]
}

// withPixelSize sets the root width and height to the scaled size,
// keeping the view box, so the SVG opens at that many pixels.
func withPixelSize(svg string, w, h int, scale float64) string {
	i := strings.Index(svg, "<svg")
	if i < 0 {
		return svg
	}
	end := min(len(svg), i+200)
	head := strings.Replace(svg[i:end], fmt.Sprintf(`width="%d" height="%d"`, w, h),
		fmt.Sprintf(`width="%d" height="%d"`, pixelSize(w, scale), pixelSize(h, scale)), 1)
	return svg[:i] + head + svg[end:]
}
