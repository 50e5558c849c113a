package arabic

import (
	"unicode"
	"unicode/utf8"
)

// Token is one word of a text: its bytes in the original, where they are,
// and its normalised form.
type Token struct {
	Start, End int    // byte offsets into the original text
	Text       string // the original bytes, s[Start:End]
	Norm       string // Normalize(Text)
}

// isWordRune reports whether r belongs inside a word: letters, digits of
// any script, and the marks and tatweel that sit on Arabic letters.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || IsDiacritic(r) || unicode.Is(unicode.Mn, r) ||
		r == 0x200C || r == 0x200D
}

// isJoiner reports whether r joins two word parts into one token when it
// stands between them: the apostrophe in Latin names and the decimal point
// or thousands separator in numbers.
func isJoiner(r rune) bool {
	return r == '\'' || r == '’' || r == '.' || r == ',' || r == '٫' || r == '٬'
}

// Tokens splits s into words. A word is a run of letters, digits and
// marks; an apostrophe inside a Latin word and a decimal point or
// separator between digits stay inside it. Punctuation and spaces are not
// tokens.
func Tokens(s string) []Token {
	toks := make([]Token, 0, len(s)/6)
	start := -1
	var prev rune
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 && isJoiner(r) && i+size < len(s) {
			next, _ := utf8.DecodeRuneInString(s[i+size:])
			digits := DigitValue(prev) >= 0 && DigitValue(next) >= 0
			latin := r != '.' && r != ',' && prev < 0x250 && next < 0x250 && unicode.IsLetter(prev) && unicode.IsLetter(next)
			if !digits && !latin {
				toks = appendToken(toks, s, start, i)
				start = -1
			}
		} else if start >= 0 {
			toks = appendToken(toks, s, start, i)
			start = -1
		}
		prev = r
		i += size
	}
	if start >= 0 {
		toks = appendToken(toks, s, start, len(s))
	}
	return toks
}

func appendToken(toks []Token, s string, start, end int) []Token {
	text := s[start:end]
	n := Normalize(text)
	if n == "" {
		return toks // only marks
	}
	return append(toks, Token{Start: start, End: end, Text: text, Norm: n})
}

// Words returns the normalised words of s, in order.
func Words(s string) []string {
	toks := Tokens(s)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Norm
	}
	return out
}
