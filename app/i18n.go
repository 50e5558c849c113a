package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"marsad/resources"
)

// language is a UI language the user can choose.
type language struct {
	code  string // "" follows the system
	label string // English name, translated for the menu
}

// languages lists the choices of the View → Language menu.
var languages = []language{
	{"", "System language"},
	{"en", "English"},
	{"ar", "Arabic"},
}

// applyLanguage loads the translations and makes code ("" for the
// system's language) the one shown. Fyne picks the translation closest
// to the system locale, so a chosen language is also registered under
// the system's own tag, where it overrides the system language's strings.
// It returns the language shown.
func applyLanguage(code string) string {
	sys := lang.SystemLocale().LanguageString()
	if code == "" {
		code = sys
	}
	msgs := resources.Translation(code)
	if msgs == nil {
		code, msgs = "en", resources.Translation("en")
	}
	if err := lang.AddTranslationsForLocale(msgs, fyne.Locale(code)); err != nil {
		fyne.LogError("load translations", err)
		return "en"
	}
	if sys != code {
		if err := lang.AddTranslationsForLocale(msgs, fyne.Locale(sys)); err != nil {
			fyne.LogError("load translations", err)
		}
	}
	return code
}
