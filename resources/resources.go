// Package resources embeds Marsad's language data (gazetteers, cue
// lexicons, month names, outlet lists), its icon and its translations.
// Files are plain TSV so that users and maintainers can read and extend
// them; code reads them through this package.
package resources

import (
	"embed"
	"io/fs"
)

//go:embed lexicon
var lexicon embed.FS

// Lexicon returns the embedded language data under lexicon/, e.g.
// Lexicon().Open("outlets.tsv").
func Lexicon() fs.FS {
	sub, err := fs.Sub(lexicon, "lexicon")
	if err != nil {
		panic(err) // the directory is embedded at build time
	}
	return sub
}

// ReadLexicon returns the contents of one embedded lexicon file.
func ReadLexicon(name string) ([]byte, error) {
	return fs.ReadFile(Lexicon(), name)
}
