package analyze

import (
	"unicode"
	"unicode/utf8"

	"marsad/data/arabic"
)

// tokenize splits s into words exactly as arabic.Tokens does, but gives
// a word that normalisation would leave unchanged its own bytes as its
// normal form instead of a copy: most Arabic words have no hamza on alef,
// ta marbuta, alef maqsura or marks, and the analyser reads every word of
// every article.
func tokenize(s string) []arabic.Token {
	toks := make([]arabic.Token, 0, len(s)/8)
	start := -1
	var prev rune
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isWordRune(r):
			if start < 0 {
				start = i
			}
		case start >= 0 && isJoiner(r) && i+size < len(s):
			next, _ := utf8.DecodeRuneInString(s[i+size:])
			digits := arabic.DigitValue(prev) >= 0 && arabic.DigitValue(next) >= 0
			latin := r != '.' && r != ',' && prev < 0x250 && next < 0x250 && unicode.IsLetter(prev) && unicode.IsLetter(next)
			if !digits && !latin {
				toks = appendTok(toks, s, start, i)
				start = -1
			}
		case start >= 0:
			toks = appendTok(toks, s, start, i)
			start = -1
		}
		prev = r
		i += size
	}
	if start >= 0 {
		toks = appendTok(toks, s, start, len(s))
	}
	return toks
}

// isWordRune and isJoiner are arabic's rules for what makes a word.
func isWordRune(r rune) bool {
	if r >= 0x0621 && r <= 0x063A || r >= 0x0641 && r <= 0x064A {
		return true // the common Arabic letters
	}
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || arabic.IsDiacritic(r) || unicode.Is(unicode.Mn, r) ||
		r == 0x200C || r == 0x200D
}

func isJoiner(r rune) bool {
	return r == '\'' || r == '’' || r == '.' || r == ',' || r == '٫' || r == '٬'
}

func appendTok(toks []arabic.Token, s string, start, end int) []arabic.Token {
	text := s[start:end]
	n := text
	if !plainArabic(text) {
		n = arabic.Normalize(text)
		if n == "" {
			return toks
		}
	}
	return append(toks, arabic.Token{Start: start, End: end, Text: text, Norm: n})
}

// plainArabic reports whether w is made only of Arabic letters that
// normalisation keeps as they are (not آ أ إ ة ى, no marks or tatweel) or
// of ASCII lower-case letters and digits.
func plainArabic(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c < 0x80:
			if 'A' <= c && c <= 'Z' {
				return false
			}
		case c == 0xD8 && i+1 < len(w):
			// U+0600–U+063F: letters from ء (0xA1) to غ (0xBA), minus آ أ إ ة
			b := w[i+1]
			if b < 0xA1 || b > 0xBA || b == 0xA2 || b == 0xA3 || b == 0xA5 || b == 0xA9 {
				return false
			}
			i++
		case c == 0xD9 && i+1 < len(w):
			// U+0640–U+067F: ف (0x81) to ي (0x8A), minus ى (0x89)
			b := w[i+1]
			if b < 0x81 || b > 0x8A || b == 0x89 {
				return false
			}
			i++
		default:
			return false
		}
	}
	return true
}
