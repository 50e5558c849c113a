package arabic

import (
	"strings"
	"unicode/utf8"
)

// FoldForeign folds the letters that spell one foreign sound in several
// ways in an already normalised word: غ، ج، ڭ، ڨ، گ (foreign g) become غ,
// ڤ becomes ف and پ becomes ب. It returns w itself when there is nothing
// to fold, so that the common case does not allocate.
func FoldForeign(w string) string {
	if !hasForeign(w) {
		return w
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case 'ج', 'ڭ', 'ڨ', 'گ':
			return 'غ'
		case 'ڤ':
			return 'ف'
		case 'پ':
			return 'ب'
		}
		return r
	}, w)
}

// hasForeign reports, by their UTF-8 bytes, whether w holds one of
// ج (D8 AC), پ (D9 BE), ڤ ڨ ڭ گ (DA A4, A8, AD, AF).
func hasForeign(w string) bool {
	for i := 0; i+1 < len(w); i++ {
		switch w[i] {
		case 0xD8:
			if w[i+1] == 0xAC {
				return true
			}
		case 0xD9:
			if w[i+1] == 0xBE {
				return true
			}
		case 0xDA:
			switch w[i+1] {
			case 0xA4, 0xA8, 0xAD, 0xAF:
				return true
			}
		}
	}
	return false
}

// articleForms are the definite article and the proclitics fused with it,
// in normalised form, longest first.
var articleForms = []string{"وال", "فال", "بال", "كال", "لل", "ال"}

// StripArticle removes a leading definite article (ال، وال، فال، بال،
// كال، لل) from a normalised word when at least two letters remain.
func StripArticle(w string) string {
	// every form holds ل (D9 84) in its first three letters
	if len(w) < 6 || !strings.Contains(w[:min(len(w), 6)], "ل") {
		return w
	}
	for _, p := range articleForms {
		if rest, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(rest) >= 2 {
			return rest
		}
	}
	return w
}

// AliasKeyWord returns the matching key of one word of a name: the word
// normalised, foreign letters folded and the article stripped. Bare
// one-letter proclitics are not stripped here, because names start with
// those letters too (لافروف، بوتين); AliasCandidates tries them.
func AliasKeyWord(w string) string {
	return StripArticle(FoldForeign(Normalize(w)))
}

// AliasKey returns the key under which spellings of one name match: each
// word normalised, its foreign letters folded and its article stripped,
// the words joined by single spaces. So البنتاغون and البنتاجون, شويغو and
// شويجو, أشتون كارتر and آشتون كارتر have one key each.
func AliasKey(name string) string {
	toks := Tokens(name)
	var b strings.Builder
	b.Grow(len(name))
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(StripArticle(FoldForeign(t.Norm)))
	}
	return b.String()
}

// AliasCandidates appends to dst the keys a word seen in a text may have
// as the first word of a name, most literal first: the folded word, then
// with the article stripped, then with a conjunction و or ف and a
// preposition ب، ل or ك stripped (each only when three letters remain),
// each of those with the article stripped too. folded must already be
// normalised and folded (FoldForeign). Duplicates are left out.
func AliasCandidates(dst []string, folded string) []string {
	add := func(w string) {
		for _, d := range dst {
			if d == w {
				return
			}
		}
		dst = append(dst, w)
	}
	add(folded)
	add(StripArticle(folded))
	rest := folded
	if r, ok := cutClitic(rest, "وف"); ok {
		add(r)
		add(StripArticle(r))
		rest = r
	}
	if r, ok := cutClitic(rest, "بلك"); ok {
		add(r)
		add(StripArticle(r))
	}
	return dst
}

// cutClitic removes one leading letter of set from w when at least three
// letters remain.
func cutClitic(w, set string) (string, bool) {
	r, size := utf8.DecodeRuneInString(w)
	if size == 0 || !strings.ContainsRune(set, r) {
		return w, false
	}
	rest := w[size:]
	if utf8.RuneCountInString(rest) < 3 {
		return w, false
	}
	return rest, true
}

// WithinOneEdit reports whether keys a and b differ by at most one
// inserted, deleted or replaced letter. Marsad uses it only to propose
// merges of keys of five letters or more, never to make them.
func WithinOneEdit(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	if len(rb)-len(ra) > 1 {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	if len(ra) == len(rb) {
		return string(ra[i+1:]) == string(rb[i+1:])
	}
	return string(ra[i:]) == string(rb[i+1:])
}
