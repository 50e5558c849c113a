package charts

import (
	"strconv"
	"strings"
	"sync"

	"github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
)

// baselineShift is how far below the y coordinate the alphabetic baseline
// lies, in ems, for each dominant-baseline value ECharts writes.
func baselineShift(baseline string) float64 {
	switch baseline {
	case "central":
		return 0.35
	case "middle":
		return 0.3
	case "hanging", "text-before-edge", "text-top":
		return 0.8
	case "text-after-edge", "ideographic", "text-bottom":
		return -0.2
	default:
		return 0
	}
}

type glyphKey struct {
	face *font.Face
	gid  font.GID
}

// outlines caches glyph outlines in font units.
var outlines struct {
	sync.Mutex
	m map[glyphKey]font.GlyphOutline
}

// outline returns the outline of one glyph, empty for bitmap glyphs.
func outline(face *font.Face, gid font.GID) font.GlyphOutline {
	k := glyphKey{face, gid}
	outlines.Lock()
	defer outlines.Unlock()
	if o, ok := outlines.m[k]; ok {
		return o
	}
	if outlines.m == nil {
		outlines.m = make(map[glyphKey]font.GlyphOutline)
	}
	o, _ := face.GlyphData(gid).(font.GlyphOutline)
	outlines.m[k] = o
	return o
}

// textToPaths returns svg with every <text> element replaced by a <path>
// of its shaped glyph outlines, keeping position, anchor, baseline, size,
// weight, colour, opacity and transform.
func (t *typesetter) textToPaths(svg string) string {
	spans := findTexts(svg)
	if len(spans) == 0 {
		return svg
	}
	var b strings.Builder
	b.Grow(len(svg) + len(spans)*2048)
	last := 0
	buf := make([]byte, 0, 4096)
	for _, sp := range spans {
		b.WriteString(svg[last:sp.Start])
		buf = t.appendTextPath(buf[:0], &sp.Elem)
		b.Write(buf)
		last = sp.End
	}
	b.WriteString(svg[last:])
	return b.String()
}

// appendTextPath appends the path element(s) drawing e.
func (t *typesetter) appendTextPath(b []byte, e *textElem) []byte {
	if strings.TrimSpace(e.Text) == "" {
		return b
	}
	l := t.shape(e.Text, e.Size, e.Bold)
	x := e.X
	switch e.Anchor {
	case "middle":
		x -= l.width / 2
	case "end":
		x -= l.width
	}
	y := e.Y + baselineShift(e.Baseline)*e.Size
	d := appendLineOutline(nil, l, x, y)
	if len(d) == 0 {
		return b
	}
	if e.Stroke != "" && e.Stroke != "none" && e.StrokeW > 0 {
		b = append(b, `<path d="`...)
		b = append(b, d...)
		b = append(b, `" fill="none" stroke-linejoin="round" stroke="`...)
		b = appendAttrValue(b, e.Stroke)
		b = append(b, `" stroke-width="`...)
		b = strconv.AppendFloat(b, e.StrokeW, 'f', -1, 64)
		b = append(b, '"')
		b = appendCommonAttrs(b, e)
		b = append(b, "/>\n"...)
	}
	b = append(b, `<path d="`...)
	b = append(b, d...)
	b = append(b, `" fill="`...)
	b = appendAttrValue(b, e.Fill)
	b = append(b, '"')
	if e.FillOp != "" {
		b = append(b, ` fill-opacity="`...)
		b = appendAttrValue(b, e.FillOp)
		b = append(b, '"')
	}
	b = appendCommonAttrs(b, e)
	return append(b, "/>"...)
}

// appendCommonAttrs appends the opacity and transform of e.
func appendCommonAttrs(b []byte, e *textElem) []byte {
	if e.Opacity != "" {
		b = append(b, ` opacity="`...)
		b = appendAttrValue(b, e.Opacity)
		b = append(b, '"')
	}
	if e.Transform != "" {
		b = append(b, ` transform="`...)
		b = appendAttrValue(b, e.Transform)
		b = append(b, '"')
	}
	return b
}

// appendAttrValue appends s escaped for a double-quoted attribute.
func appendAttrValue(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '"':
			b = append(b, "&quot;"...)
		case '&':
			b = append(b, "&amp;"...)
		case '<':
			b = append(b, "&lt;"...)
		default:
			b = append(b, c)
		}
	}
	return b
}

// appendLineOutline appends SVG path data for l drawn with its left end
// at x and its baseline at y (y grows downwards).
func appendLineOutline(d []byte, l *line, x, y float64) []byte {
	pen := x
	for i := range l.runs {
		run := &l.runs[i]
		scale := float64(run.Size) / 64 / float64(run.Face.Upem())
		for _, g := range run.Glyphs {
			gx := pen + float64(g.XOffset)/64
			gy := y - float64(g.YOffset)/64
			d = appendOutline(d, outline(run.Face, g.GlyphID), gx, gy, scale)
			pen += float64(g.XAdvance) / 64
		}
	}
	return d
}

// appendOutline appends one glyph's outline at (x, y), scaled from font
// units to pixels and flipped so that y grows downwards.
func appendOutline(d []byte, o font.GlyphOutline, x, y, scale float64) []byte {
	pt := func(d []byte, p ot.SegmentPoint) []byte {
		d = strconv.AppendFloat(d, round2(x+float64(p.X)*scale), 'f', -1, 64)
		d = append(d, ' ')
		d = strconv.AppendFloat(d, round2(y-float64(p.Y)*scale), 'f', -1, 64)
		return d
	}
	for i, s := range o.Segments {
		switch s.Op {
		case ot.SegmentOpMoveTo:
			if i > 0 {
				d = append(d, 'Z')
			}
			d = pt(append(d, 'M'), s.Args[0])
		case ot.SegmentOpLineTo:
			d = pt(append(d, 'L'), s.Args[0])
		case ot.SegmentOpQuadTo:
			d = pt(append(d, 'Q'), s.Args[0])
			d = pt(append(d, ' '), s.Args[1])
		case ot.SegmentOpCubeTo:
			d = pt(append(d, 'C'), s.Args[0])
			d = pt(append(d, ' '), s.Args[1])
			d = pt(append(d, ' '), s.Args[2])
		}
	}
	if len(o.Segments) > 0 {
		d = append(d, 'Z')
	}
	return d
}

// round2 rounds to hundredths of a pixel, enough at any export scale.
func round2(v float64) float64 {
	if v < 0 {
		return -float64(int64(-v*100+0.5)) / 100
	}
	return float64(int64(v*100+0.5)) / 100
}
