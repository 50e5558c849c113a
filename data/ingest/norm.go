package ingest

import (
	"unicode"
	"unicode/utf8"

	"marsad/data/arabic"
)

// appendNorm appends arabic.Normalize(s) to dst, with a fast path for
// ASCII and the Arabic block; other runes go through arabic.NormalizeRune.
// The fuzz test FuzzNorm holds it equal to arabic.Normalize.
func appendNorm(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		r, size := decodeAt(s, i)
		i += size
		dst = appendNormRune(dst, r)
	}
	return dst
}

// appendNormRune appends the normal form of one rune.
func appendNormRune(dst []byte, r rune) []byte {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	case r >= 0x0600 && r <= 0x06FF:
		if f := foldArabic(r); f >= 0 {
			return utf8.AppendRune(dst, f)
		}
		return dst
	}
	return arabic.NormalizeRune(dst, r)
}

// decodeAt decodes the rune at byte i of s, quickly for ASCII and the
// two-byte sequences of Arabic.
func decodeAt(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// foldArabic is arabic's normalisation of one rune of the Arabic block,
// or -1 when the rune is deleted.
func foldArabic(r rune) rune {
	switch r {
	case 'آ', 'أ', 'إ', 'ٱ':
		return 'ا'
	case 'ى', 'ی':
		return 'ي'
	case 'ة':
		return 'ه'
	case 'ک':
		return 'ك'
	case 0x061C:
		return -1
	}
	if arabic.IsDiacritic(r) {
		return -1
	}
	if d := arabic.DigitValue(r); d >= 0 {
		return rune('0' + d)
	}
	return r
}

// isSpace reports white space, including no-break and zero-width spaces
// and the byte-order mark, quickly for Arabic text.
func isSpace(r rune) bool {
	if r < 0x100 {
		return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0
	}
	if r < 0x1680 {
		return false
	}
	return unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF
}

// countWords returns len(arabic.Tokens(s)) without building the tokens.
// FuzzCountWords holds the two equal.
func countWords(s string) int {
	n := 0
	start := -1
	var prev rune
	for i := 0; i < len(s); {
		r, size := decodeAt(s, i)
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 && isJoiner(r) && i+size < len(s) {
			next, _ := decodeAt(s, i+size)
			digits := arabic.DigitValue(prev) >= 0 && arabic.DigitValue(next) >= 0
			latin := r != '.' && r != ',' && prev < 0x250 && next < 0x250 && unicode.IsLetter(prev) && unicode.IsLetter(next)
			if !digits && !latin {
				n += wordAt(s[start:i])
				start = -1
			}
		} else if start >= 0 {
			n += wordAt(s[start:i])
			start = -1
		}
		prev = r
		i += size
	}
	if start >= 0 {
		n += wordAt(s[start:])
	}
	return n
}

// wordAt is 1 when the run normalises to something (is not only marks).
func wordAt(run string) int {
	for _, r := range run {
		if r < utf8.RuneSelf || (r >= 0x0621 && r <= 0x064A && r != 0x0640) {
			return 1 // ASCII, or an Arabic letter (not tatweel)
		}
		if len(arabic.NormalizeRune(nil, r)) > 0 {
			return 1
		}
	}
	return 0
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')
	}
	if r >= 0x0621 && r <= 0x064A {
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || arabic.IsDiacritic(r) || unicode.Is(unicode.Mn, r) ||
		r == 0x200C || r == 0x200D
}

func isJoiner(r rune) bool {
	return r == '\'' || r == '’' || r == '.' || r == ',' || r == '٫' || r == '٬'
}
