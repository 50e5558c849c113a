package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"marsad/data"
	"marsad/resources"
)

// Theme colour names for stances, shared with the charts' palette.
const (
	colorSupport     fyne.ThemeColorName = "marsadSupport"
	colorOppose      fyne.ThemeColorName = "marsadOppose"
	colorConditional fyne.ThemeColorName = "marsadConditional"
	colorNeutral     fyne.ThemeColorName = "marsadNeutral"
	colorActor       fyne.ThemeColorName = "marsadActor"
	colorNoStance    fyne.ThemeColorName = "marsadNoStance"
)

// stanceColors are the Okabe–Ito colours the charts use for stances.
var stanceColors = map[string]color.NRGBA{
	data.StanceSupport:     {0x00, 0x72, 0xB2, 0xff},
	data.StanceOppose:      {0xD5, 0x5E, 0x00, 0xff},
	data.StanceConditional: {0xE6, 0x9F, 0x00, 0xff},
	data.StanceNeutral:     {0x99, 0x99, 0x99, 0xff},
}

// pairTints are the soft tints that mark paired sentences in Compare,
// cycled by pair; translucent so they read on light and dark themes.
var pairTints = []color.NRGBA{
	{0x56, 0xB4, 0xE9, 0x38}, {0x00, 0x9E, 0x73, 0x38}, {0xF0, 0xE4, 0x42, 0x38},
	{0xCC, 0x79, 0xA7, 0x38}, {0xE6, 0x9F, 0x00, 0x30}, {0x99, 0x99, 0x99, 0x30},
}

// pairTint is the tint of sentence pair i; unpaired sentences (-1) have
// none.
func pairTint(i int) color.Color {
	if i < 0 {
		return color.Transparent
	}
	return pairTints[i%len(pairTints)]
}

// stanceColorName maps a stance to its theme colour name.
func stanceColorName(stance string) fyne.ThemeColorName {
	switch stance {
	case data.StanceSupport:
		return colorSupport
	case data.StanceOppose:
		return colorOppose
	case data.StanceConditional:
		return colorConditional
	default:
		return colorNeutral
	}
}

var (
	fontArabic     = fyne.NewStaticResource("NotoSansArabic-Regular.ttf", resources.ArabicRegular())
	fontArabicBold = fyne.NewStaticResource("NotoSansArabic-Bold.ttf", resources.ArabicBold())
)

// marsadTheme is Fyne's default theme with Noto Sans Arabic as the text
// face (Fyne falls back to its own Latin face for letters the Arabic face
// lacks), the stance colours, and a fixed or system variant.
type marsadTheme struct {
	variant string // themeSystem, themeLight or themeDark
}

// Color returns the stance colours, and the default theme's colours in the
// chosen variant.
func (t *marsadTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	switch t.variant {
	case themeLight:
		v = theme.VariantLight
	case themeDark:
		v = theme.VariantDark
	}
	switch n {
	case colorSupport:
		return stanceColors[data.StanceSupport]
	case colorOppose:
		return stanceColors[data.StanceOppose]
	case colorConditional:
		return stanceColors[data.StanceConditional]
	case colorNeutral:
		return stanceColors[data.StanceNeutral]
	case colorNoStance:
		return color.NRGBA{0x80, 0x80, 0x80, 0x60}
	case colorActor:
		if v == theme.VariantDark {
			return color.NRGBA{0x3a, 0x4a, 0x20, 0xff}
		}
		return color.NRGBA{0xf3, 0xe8, 0x9c, 0xff}
	}
	return theme.DefaultTheme().Color(n, v)
}

// Font returns Noto Sans Arabic for text and the default faces otherwise.
func (t *marsadTheme) Font(s fyne.TextStyle) fyne.Resource {
	switch {
	case s.Monospace, s.Symbol:
		return theme.DefaultTheme().Font(s)
	case s.Bold:
		return fontArabicBold
	default:
		return fontArabic
	}
}

// Icon returns the default icons.
func (t *marsadTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

// Size returns the default sizes, with slightly larger text for Arabic.
func (t *marsadTheme) Size(n fyne.ThemeSizeName) float32 {
	if n == theme.SizeNameText {
		return 15
	}
	return theme.DefaultTheme().Size(n)
}

// themeColor returns a colour of th, or of Marsad's theme when th does
// not know the name (a widget drawn under another theme).
func themeColor(th fyne.Theme, n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if c := th.Color(n, v); c != nil {
		return c
	}
	return (&marsadTheme{}).Color(n, v)
}
