package charts

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"runtime"
	"strings"
	"sync"

	"github.com/fyne-io/oksvg"
	"github.com/srwiley/rasterx"
)

// parseIcon reads an SVG document whose text is already paths. Style
// sheets (ECharts writes hover rules) are dropped: they do not apply to a
// still image.
func parseIcon(svg string) (*oksvg.SvgIcon, error) {
	icon, err := oksvg.ReadIconStream(strings.NewReader(flipMirroredGradients(hoistDefs(stripStyle(svg)))), oksvg.IgnoreErrorMode)
	if err != nil {
		return nil, fmt.Errorf("parse svg: %w", err)
	}
	return icon, nil
}

// stripStyle removes <style> elements.
func stripStyle(svg string) string {
	for {
		i := strings.Index(svg, "<style")
		if i < 0 {
			return svg
		}
		j := strings.Index(svg[i:], "</style>")
		if j < 0 {
			return svg[:i]
		}
		svg = svg[:i] + svg[i+j+len("</style>"):]
	}
}

// hoistDefs moves the <defs> element, which ECharts writes last, to the
// start of the document: the rasteriser only resolves gradients it has
// already read.
func hoistDefs(svg string) string {
	i := strings.Index(svg, "<defs")
	if i < 0 {
		return svg
	}
	j := strings.Index(svg[i:], "</defs>")
	root := strings.Index(svg, "<svg")
	if j < 0 || root < 0 || root > i {
		return svg
	}
	rootEnd := indexTagEnd(svg, root)
	if rootEnd < 0 || rootEnd > i {
		return svg
	}
	defs := svg[i : i+j+len("</defs>")]
	return svg[:rootEnd+1] + defs + svg[rootEnd+1:i] + svg[i+j+len("</defs>"):]
}

// rasterize draws icon, whose view box is w×h CSS pixels, at scale into a
// new image of round(w·scale)×round(h·scale) pixels, on white unless
// transparent.
func rasterize(icon *oksvg.SvgIcon, w, h int, scale float64, transparent bool) *image.RGBA {
	return rasterizeLayers([]layer{{icon: icon}}, w, h, scale, transparent)
}

// rasterizeLayers draws the layers of a chart in order, in horizontal bands
// drawn in parallel.
func rasterizeLayers(layers []layer, w, h int, scale float64, transparent bool) *image.RGBA {
	pw, ph := pixelSize(w, scale), pixelSize(h, scale)
	img := image.NewRGBA(image.Rect(0, 0, pw, ph))
	if !transparent {
		draw.Draw(img, img.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)
	}
	for _, l := range layers {
		if l.icon != nil {
			l.icon.SetTarget(0, 0, float64(pw), float64(ph))
		}
	}
	sx, sy := float64(pw)/float64(w), float64(ph)/float64(h)
	bands := min(runtime.GOMAXPROCS(0), 4, max(1, ph/256))
	var wg sync.WaitGroup
	for b := 0; b < bands; b++ {
		// Each band draws every path clipped to its rows; SvgIcon.Draw
		// works on copies of the paths, so bands can share the icons.
		band := image.Rect(0, ph*b/bands, pw, ph*(b+1)/bands)
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc := newBoxScanner(img)
			sc.SetClip(band)
			d := rasterx.NewDasher(pw, ph, sc)
			for _, l := range layers {
				if l.icon != nil {
					l.icon.Draw(d, 1)
				} else {
					drawCells(d, l.cells, sx, sy)
				}
			}
		}()
	}
	wg.Wait()
	return img
}

// pixelSize converts a CSS length to device pixels, at least 1.
func pixelSize(css int, scale float64) int {
	return max(1, int(math.Round(float64(css)*scale)))
}
