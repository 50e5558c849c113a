package resources

import (
	arabicbold "eliasnaur.com/font/noto/sans/arabic/bold"
	arabicregular "eliasnaur.com/font/noto/sans/arabic/regular"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

// Font family names of the embedded faces, as written in SVG font-family
// lists and CSS.
const (
	ArabicFamily = "Noto Sans Arabic"
	LatinFamily  = "Go"
)

// ArabicRegular returns Noto Sans Arabic Regular (TrueType), the face used
// for Arabic text in the interface and in charts.
func ArabicRegular() []byte { return arabicregular.TTF }

// ArabicBold returns Noto Sans Arabic Bold (TrueType).
func ArabicBold() []byte { return arabicbold.TTF }

// LatinRegular returns the Go Regular face (TrueType), used for Latin
// letters, digits and punctuation next to Arabic.
func LatinRegular() []byte { return goregular.TTF }

// LatinBold returns the Go Bold face (TrueType).
func LatinBold() []byte { return gobold.TTF }
