package arabic

import (
	"strings"
	"unicode/utf8"
)

// Light10 prefixes and suffixes (Larkey, Ballesteros & Connell), written
// in normalised form: ta marbuta is already ha.
var (
	light10Prefixes = []string{"ال", "وال", "بال", "كال", "فال", "لل", "و"}
	light10Suffixes = []string{"ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"}
	// proclitics that Light10 leaves on when no article follows them.
	proclitics = []string{"ب", "ل", "ك", "ف"}
)

// Stem returns the Light10 stem of a normalised word: one prefix from
// ال، وال، بال، كال، فال، لل، و removed (و only from words of four
// letters or more, the others only when two letters remain), then each of
// the suffixes ها، ان، ات، ون، ين، يه، ه، ي removed in turn while two
// letters remain. Words that are not Arabic are returned as they are.
// Light10 leaves a bare proclitic on (بموسكو); SearchForms covers it.
func Stem(w string) string {
	if !HasArabic(w) {
		return w
	}
	n := utf8.RuneCountInString(w)
	for _, p := range light10Prefixes {
		if !strings.HasPrefix(w, p) {
			continue
		}
		pl := len(p) / 2 // Arabic letters are two bytes each in UTF-8
		if p == "و" {
			if n < 4 {
				continue
			}
		} else if n-pl < 2 {
			continue
		}
		w = w[len(p):]
		n -= pl
		break
	}
	for _, s := range light10Suffixes {
		sl := len(s) / 2
		if n >= sl+2 && strings.HasSuffix(w, s) {
			w = w[:len(w)-len(s)]
			n -= sl
		}
	}
	return w
}

// StemWord normalises and stems one word as it appears in a text.
func StemWord(w string) string { return Stem(Normalize(w)) }

// Stems returns the stems of the words of s, with stop words left out.
func Stems(s string) []string {
	toks := Tokens(s)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if IsStopWord(t.Norm) {
			continue
		}
		out = append(out, Stem(t.Norm))
	}
	return out
}

// IndexText returns the text that Marsad's full-text index stores for s:
// every word normalised and stemmed, separated by spaces, stop words kept
// so that phrase queries still line up.
func IndexText(s string) string {
	toks := Tokens(s)
	var b strings.Builder
	b.Grow(len(s))
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(Stem(t.Norm))
	}
	return b.String()
}

// SearchForms returns the index terms that a query word should match: its
// stem, the stem with a proclitic ب، ل، ك or ف attached (which Light10
// leaves on a word without the article: بموسكو), and, when the word itself
// starts with such a letter, the stem without it.
func SearchForms(w string) []string {
	n := Normalize(w)
	st := Stem(n)
	forms := []string{st}
	if !HasArabic(n) || utf8.RuneCountInString(n) < 3 || strings.HasPrefix(n, "ال") {
		return forms // with the article, Light10 already takes off بال، لل، كال، فال، وال
	}
	seen := map[string]bool{st: true}
	add := func(f string) {
		if f != "" && !seen[f] {
			seen[f] = true
			forms = append(forms, f)
		}
	}
	for _, p := range proclitics {
		add(Stem(p + n))
	}
	base := strings.TrimPrefix(n, "و")
	for _, p := range proclitics {
		if rest, ok := strings.CutPrefix(base, p); ok && utf8.RuneCountInString(rest) >= 3 {
			add(Stem(rest))
		}
	}
	return forms
}
