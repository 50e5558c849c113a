package charts

import (
	"bytes"
	"fmt"
	"sync"
	"unicode"

	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/unicode/bidi"

	"marsad/resources"
)

// faces holds the parsed embedded fonts, regular and bold.
type faces struct {
	arabic, arabicBold, latin, latinBold *font.Face
}

var (
	facesOnce sync.Once
	facesVal  *faces
	facesErr  error
)

// loadFaces parses the embedded fonts once.
func loadFaces() (*faces, error) {
	facesOnce.Do(func() {
		parse := func(name string, b []byte) *font.Face {
			if facesErr != nil {
				return nil
			}
			f, err := font.ParseTTF(bytes.NewReader(b))
			if err != nil {
				facesErr = fmt.Errorf("parse font %s: %w", name, err)
			}
			return f
		}
		fs := &faces{
			arabic:     parse("arabic regular", resources.ArabicRegular()),
			arabicBold: parse("arabic bold", resources.ArabicBold()),
			latin:      parse("latin regular", resources.LatinRegular()),
			latinBold:  parse("latin bold", resources.LatinBold()),
		}
		if facesErr == nil {
			facesVal = fs
		}
	})
	return facesVal, facesErr
}

// fontmap picks the Arabic face for Arabic script and for anything the
// Latin face lacks, and the Latin face for the rest.
type fontmap struct{ arabic, latin *font.Face }

// ResolveFace implements shaping.Fontmap.
func (m fontmap) ResolveFace(r rune) *font.Face {
	if unicode.Is(unicode.Arabic, r) {
		return m.arabic
	}
	if _, ok := m.latin.NominalGlyph(r); ok {
		return m.latin
	}
	return m.arabic
}

// line is one shaped line of text: runs in visual order, left to right.
type line struct {
	runs    []shaping.Output
	width   float64 // advance in pixels
	ascent  float64 // above the baseline, pixels, positive
	descent float64 // below the baseline, pixels, positive
}

type lineKey struct {
	text string
	size float64
	bold bool
}

// typesetter shapes single lines with the embedded fonts. It is safe for
// concurrent use and caches recent lines.
type typesetter struct {
	mu     sync.Mutex
	faces  *faces
	shaper shaping.HarfbuzzShaper
	seg    shaping.Segmenter
	cache  map[lineKey]*line
}

const lineCacheSize = 8192

var (
	tsOnce sync.Once
	tsVal  *typesetter
	tsErr  error
)

// sharedTypesetter returns the process-wide typesetter.
func sharedTypesetter() (*typesetter, error) {
	tsOnce.Do(func() {
		fs, err := loadFaces()
		if err != nil {
			tsErr = err
			return
		}
		tsVal = &typesetter{faces: fs, cache: make(map[lineKey]*line)}
	})
	return tsVal, tsErr
}

// shape returns the shaped line for text at size pixels.
func (t *typesetter) shape(text string, size float64, bold bool) *line {
	key := lineKey{text, size, bold}
	t.mu.Lock()
	defer t.mu.Unlock()
	if l, ok := t.cache[key]; ok {
		return l
	}
	l := t.shapeLocked(text, size, bold)
	if len(t.cache) >= lineCacheSize {
		clear(t.cache)
	}
	t.cache[key] = l
	return l
}

func (t *typesetter) shapeLocked(text string, size float64, bold bool) *line {
	fm := fontmap{t.faces.arabic, t.faces.latin}
	if bold {
		fm = fontmap{t.faces.arabicBold, t.faces.latinBold}
	}
	runes := []rune(text)
	l := &line{}
	if len(runes) == 0 || size <= 0 {
		return l
	}
	rtl := paragraphRTL(runes)
	dir := di.DirectionLTR
	if rtl {
		dir = di.DirectionRTL
	}
	in := shaping.Input{
		Text: runes, RunStart: 0, RunEnd: len(runes),
		Direction: dir, Size: fixed.Int26_6(size * 64), Language: language.NewLanguage("ar"),
	}
	var levels []int
	for _, run := range t.seg.Split(in, fm) {
		out := t.shaper.Shape(run)
		l.runs = append(l.runs, out)
		levels = append(levels, runLevel(run.Direction, rtl))
		l.width += float64(out.Advance) / 64
		if a := float64(out.LineBounds.Ascent) / 64; a > l.ascent {
			l.ascent = a
		}
		if d := -float64(out.LineBounds.Descent) / 64; d > l.descent {
			l.descent = d
		}
	}
	reorderRuns(l.runs, levels)
	return l
}

// paragraphRTL reports whether the first strong character is right to left.
func paragraphRTL(runes []rune) bool {
	for _, r := range runes {
		p, _ := bidi.LookupRune(r)
		switch p.Class() {
		case bidi.L:
			return false
		case bidi.R, bidi.AL:
			return true
		}
	}
	return false
}

// runLevel is the bidi embedding level of a run in a paragraph.
func runLevel(d di.Direction, rtlParagraph bool) int {
	runRTL := d.Progression() == di.TowardTopLeft
	switch {
	case rtlParagraph && runRTL:
		return 1
	case rtlParagraph:
		return 2
	case runRTL:
		return 1
	default:
		return 0
	}
}

// reorderRuns puts runs from logical into visual order (UAX #9 rule L2):
// from the highest level down to the lowest odd level, reverse every
// maximal sequence of runs at that level or higher.
func reorderRuns(runs []shaping.Output, levels []int) {
	maxL, minOdd := 0, 1<<30
	for _, l := range levels {
		maxL = max(maxL, l)
		if l%2 == 1 {
			minOdd = min(minOdd, l)
		}
	}
	for lvl := maxL; lvl >= minOdd && lvl > 0; lvl-- {
		for i := 0; i < len(runs); {
			if levels[i] < lvl {
				i++
				continue
			}
			j := i
			for j < len(runs) && levels[j] >= lvl {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				runs[a], runs[b] = runs[b], runs[a]
				levels[a], levels[b] = levels[b], levels[a]
			}
			i = j
		}
	}
}

// measure returns the advance width of text in pixels.
func (t *typesetter) measure(text string, size float64, bold bool) float64 {
	return t.shape(text, size, bold).width
}
