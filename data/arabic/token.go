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

// IsWordRune reports whether r belongs inside a word: letters, digits of
// any script, and the marks and tatweel that sit on Arabic letters.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')
	}
	if r >= 0x0621 && r <= 0x064A {
		return true // Arabic letters
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || IsDiacritic(r) || unicode.Is(unicode.Mn, r) ||
		r == 0x200C || r == 0x200D
}

// isJoiner reports whether r joins two word parts into one token when it
// stands between them: the apostrophe in Latin names and the decimal point
// or thousands separator in numbers.
func isJoiner(r rune) bool {
	return r == '\'' || r == '’' || r == '.' || r == ',' || r == '٫' || r == '٬'
}

// CountWords returns len(Tokens(s)) without building the tokens.
func CountWords(s string) int {
	n := 0
	scanWords(s, func(start, end int) {
		if !onlyMarks(s[start:end]) {
			n++
		}
	})
	return n
}

// onlyMarks reports whether a run of word runes normalises to nothing.
func onlyMarks(run string) bool {
	for _, r := range run {
		if !IsDiacritic(r) && r != 0x200C && r != 0x200D && len(NormalizeRune(nil, r)) > 0 {
			return false
		}
	}
	return true
}

// Tokens splits s into words. A word is a run of letters, digits and
// marks; an apostrophe inside a Latin word and a decimal point or
// separator between digits stay inside it. Punctuation and spaces are not
// tokens.
func Tokens(s string) []Token {
	toks := make([]Token, 0, len(s)/6)
	scanWords(s, func(start, end int) { toks = appendToken(toks, s, start, end) })
	return toks
}

// scanWords calls fn with the byte span of each run of word runes.
func scanWords(s string, fn func(start, end int)) {
	start := -1
	var prev rune
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if IsWordRune(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 && isJoiner(r) && i+size < len(s) {
			next, _ := utf8.DecodeRuneInString(s[i+size:])
			digits := DigitValue(prev) >= 0 && DigitValue(next) >= 0
			latin := r != '.' && r != ',' && prev < 0x250 && next < 0x250 && unicode.IsLetter(prev) && unicode.IsLetter(next)
			if !digits && !latin {
				fn(start, i)
				start = -1
			}
		} else if start >= 0 {
			fn(start, i)
			start = -1
		}
		prev = r
		i += size
	}
	if start >= 0 {
		fn(start, len(s))
	}
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
