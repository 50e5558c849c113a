package charts

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"testing"

	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"github.com/srwiley/rasterx"
	"golang.org/x/image/math/fixed"
)

const (
	glyphTestW, glyphTestH = 420, 120
	glyphTestSize          = 64.0
	glyphTestX, glyphTestY = 40.0, 90.0
)

// drawSVGText renders one SVG text element through the chart pipeline:
// text to outlines, then the rasteriser.
func drawSVGText(t *testing.T, text, anchor string, x float64) *image.RGBA {
	t.Helper()
	ts, err := sharedTypesetter()
	if err != nil {
		t.Fatal(err)
	}
	svg := fmt.Sprintf(`<svg width="%d" height="%d" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d">`+
		`<text x="%g" y="%g" text-anchor="%s" style="font-size:%gpx" fill="#000">%s</text></svg>`,
		glyphTestW, glyphTestH, glyphTestW, glyphTestH, x, glyphTestY, anchor, glyphTestSize, text)
	icon, err := parseIcon(ts.textToPaths(svg))
	if err != nil {
		t.Fatal(err)
	}
	return rasterize(icon, glyphTestW, glyphTestH, 1, false)
}

// drawReference renders runs of text directly: each run shaped on its own
// by HarfBuzz in the given direction with the Arabic face, the runs placed
// left to right from glyphTestX, outlines filled by rasterx.
func drawReference(t *testing.T, runs []string, dir di.Direction) *image.RGBA {
	t.Helper()
	fs, err := loadFaces()
	if err != nil {
		t.Fatal(err)
	}
	img := image.NewRGBA(image.Rect(0, 0, glyphTestW, glyphTestH))
	draw.Draw(img, img.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)
	filler := rasterx.NewFiller(glyphTestW, glyphTestH, rasterx.NewScannerGV(glyphTestW, glyphTestH, img, img.Bounds()))
	filler.SetColor(color.Black)
	var shaper shaping.HarfbuzzShaper
	pen := glyphTestX
	for _, run := range runs {
		r := []rune(run)
		out := shaper.Shape(shaping.Input{Text: r, RunEnd: len(r), Direction: dir, Face: fs.arabic,
			Size: fixed.Int26_6(glyphTestSize * 64), Script: language.Arabic, Language: language.NewLanguage("ar")})
		scale := glyphTestSize / float64(fs.arabic.Upem())
		for _, g := range out.Glyphs {
			o, _ := fs.arabic.GlyphData(g.GlyphID).(font.GlyphOutline)
			fillOutline(filler, o, pen+float64(g.XOffset)/64, glyphTestY-float64(g.YOffset)/64, scale)
			pen += float64(g.XAdvance) / 64
		}
	}
	filler.Draw()
	return img
}

// fillOutline adds a glyph outline to the filler.
func fillOutline(f *rasterx.Filler, o font.GlyphOutline, x, y, scale float64) {
	pt := func(p ot.SegmentPoint) fixed.Point26_6 {
		return fixed.Point26_6{X: fixed.Int26_6((x + float64(p.X)*scale) * 64), Y: fixed.Int26_6((y - float64(p.Y)*scale) * 64)}
	}
	for _, s := range o.Segments {
		switch s.Op {
		case ot.SegmentOpMoveTo:
			f.Stop(true)
			f.Start(pt(s.Args[0]))
		case ot.SegmentOpLineTo:
			f.Line(pt(s.Args[0]))
		case ot.SegmentOpQuadTo:
			f.QuadBezier(pt(s.Args[0]), pt(s.Args[1]))
		case ot.SegmentOpCubeTo:
			f.CubeBezier(pt(s.Args[0]), pt(s.Args[1]), pt(s.Args[2]))
		}
	}
	f.Stop(true)
}

// dark reports whether a pixel is mostly ink.
func dark(img *image.RGBA, x, y int) bool {
	return img.RGBAAt(x, y).R < 128
}

// mismatch is the share of inked pixels that are inked in only one image.
func mismatch(a, b *image.RGBA) float64 {
	only, any := 0, 0
	for y := 0; y < glyphTestH; y++ {
		for x := 0; x < glyphTestW; x++ {
			da, db := dark(a, x, y), dark(b, x, y)
			if da || db {
				any++
			}
			if da != db {
				only++
			}
		}
	}
	if any == 0 {
		return 1
	}
	return float64(only) / float64(any)
}

// inkColumns returns the first and last inked column and the number of
// blank columns between them.
func inkColumns(img *image.RGBA) (first, last, gaps int) {
	first, last = -1, -1
	var inked []bool
	for x := 0; x < glyphTestW; x++ {
		col := false
		for y := 0; y < glyphTestH && !col; y++ {
			col = dark(img, x, y)
		}
		inked = append(inked, col)
		if col {
			if first < 0 {
				first = x
			}
			last = x
		}
	}
	for x := first; x >= 0 && x <= last; x++ {
		if !inked[x] {
			gaps++
		}
	}
	return first, last, gaps
}

func TestArabicLabelJoinedRightToLeft(t *testing.T) {
	const word = "محمد" // every letter joins the one before it
	got := drawSVGText(t, word, "start", glyphTestX)
	shaped := drawReference(t, []string{word}, di.DirectionRTL)
	isolated := drawReference(t, []string{"م", "ح", "م", "د"}, di.DirectionLTR)

	if m := mismatch(got, shaped); m > 0.05 {
		t.Errorf("label differs from HarfBuzz's right-to-left shaping in %.0f%% of its ink, want under 5%%", m*100)
	}
	if m := mismatch(got, isolated); m < 0.3 {
		t.Errorf("label matches isolated letters in logical order (%.0f%% differ), want joined right to left", m*100)
	}
	if first, last, gaps := inkColumns(got); first < 0 || gaps > 0 {
		t.Errorf("label ink spans columns %d–%d with %d blank columns, want one joined stroke", first, last, gaps)
	}
	if _, _, gaps := inkColumns(isolated); gaps == 0 {
		t.Fatal("isolated letters show no gaps: the joining check cannot fail")
	}
}

func TestMixedLabelKeepsNumberLeftOfArabic(t *testing.T) {
	const right = glyphTestW - 20
	mixed := drawSVGText(t, "محمد 2016", "end", right)
	word := drawSVGText(t, "محمد", "end", right)
	first, last, _ := inkColumns(word)
	if first < 0 {
		t.Fatal("word drew no ink")
	}
	only, any := 0, 0
	for y := 0; y < glyphTestH; y++ {
		for x := first; x <= last; x++ {
			a, b := dark(mixed, x, y), dark(word, x, y)
			if a || b {
				any++
			}
			if a != b {
				only++
			}
		}
	}
	if any == 0 || float64(only)/float64(any) > 0.02 {
		t.Errorf("the Arabic word is not at the right end of the mixed label (%d of %d pixels differ)", only, any)
	}
	mFirst, _, _ := inkColumns(mixed)
	if mFirst > first-4*int(glyphTestSize)/2 {
		t.Errorf("mixed label starts at column %d, want the number well left of the word at %d", mFirst, first)
	}
}
