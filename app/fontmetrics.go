package app

import (
	"bytes"
	"sync"
	"unicode/utf8"

	"fyne.io/fyne/v2/theme"
	"github.com/go-text/typesetting/font"

	"marsad/resources"
)

// Fyne draws each text object on the baseline of the face of its first
// run: Noto Sans Arabic for Arabic and digits, its own Latin face for
// Latin letters, whose ascent is smaller. The flow text places pieces
// one by one, so it lowers Latin pieces by the difference to keep one
// baseline on a line.

var (
	facesOnce  sync.Once
	arabicFace *font.Face
	ascentGap  float32 // (Arabic ascent − Latin ascent) per unit of text size
)

func loadFaces() {
	ar, err := font.ParseTTF(bytes.NewReader(resources.ArabicRegular()))
	if err != nil {
		return
	}
	lat, err := font.ParseTTF(bytes.NewReader(theme.DefaultTextFont().Content()))
	if err != nil {
		return
	}
	ea, ok1 := ar.FontHExtents()
	el, ok2 := lat.FontHExtents()
	if !ok1 || !ok2 {
		return
	}
	arabicFace = ar
	ascentGap = ea.Ascender/float32(ar.Upem()) - el.Ascender/float32(lat.Upem())
}

// baselineShift is how far to lower a piece of text drawn at size so
// that it sits on the Arabic face's baseline.
func baselineShift(text string, size float32) float32 {
	facesOnce.Do(loadFaces)
	if arabicFace == nil {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(text)
	if _, ok := arabicFace.NominalGlyph(r); ok {
		return 0
	}
	return ascentGap * size
}
