package resources

import (
	"embed"
	"io/fs"
)

//go:embed translations
var translations embed.FS

// Translation returns the interface strings for a language ("en", "ar")
// as a go-i18n JSON message file keyed by the English text, or nil when
// there is none for that language.
func Translation(language string) []byte {
	b, err := fs.ReadFile(translations, "translations/"+language+".json")
	if err != nil {
		return nil
	}
	return b
}

// TranslationLanguages lists the languages with translations.
func TranslationLanguages() []string {
	entries, _ := fs.ReadDir(translations, "translations")
	var out []string
	for _, e := range entries {
		if n := e.Name(); len(n) > 5 && n[len(n)-5:] == ".json" {
			out = append(out, n[:len(n)-5])
		}
	}
	return out
}
