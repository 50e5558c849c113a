package app

import (
	"image/color"
	"sort"

	"fyne.io/fyne/v2"
)

// band is a stretch of one line under a statement: tinted and underlined
// in its stance colour.
type band struct {
	para, line int
	x0, x1     float32
	color      fyne.ThemeColorName
	tag        int
}

// mergeBands joins the words of one statement on one line into a single
// band, so the tint runs on under the spaces between them.
func mergeBands(bs []band, space float32) []band {
	sort.Slice(bs, func(i, j int) bool {
		if bs[i].para != bs[j].para {
			return bs[i].para < bs[j].para
		}
		if bs[i].line != bs[j].line {
			return bs[i].line < bs[j].line
		}
		return bs[i].x0 < bs[j].x0
	})
	var out []band
	for _, b := range bs {
		if n := len(out); n > 0 {
			last := &out[n-1]
			if last.para == b.para && last.line == b.line && last.color == b.color && last.tag == b.tag && b.x0-last.x1 <= space*1.5+1 {
				last.x1 = max(last.x1, b.x1)
				continue
			}
		}
		out = append(out, b)
	}
	return out
}

func withAlpha(c color.Color, a uint8) color.Color {
	r, g, b, _ := c.RGBA()
	return color.NRGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), a}
}
