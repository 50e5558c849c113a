package arabic

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// IsDiacritic reports whether r is a mark that normalisation deletes:
// harakat (U+064B–U+065F), the dagger alef (U+0670), Quranic annotation
// marks and tatweel (U+0640).
func IsDiacritic(r rune) bool {
	switch {
	case r == 0x0640, r == 0x0670:
		return true
	case r >= 0x064B && r <= 0x065F:
		return true
	case r >= 0x0610 && r <= 0x061A:
		return true
	case r >= 0x06D6 && r <= 0x06ED:
		return true
	}
	return false
}

// foldRune maps one rune to its normal form, or to -1 when it is deleted.
// It does not handle presentation forms; NormalizeRune does.
func foldRune(r rune) rune {
	switch r {
	case 'آ', 'أ', 'إ', 'ٱ':
		return 'ا'
	case 'ى', 'ی':
		return 'ي'
	case 'ة':
		return 'ه'
	case 'ک':
		return 'ك'
	case '«', '»', '“', '”', '„', '‟', '″':
		return '"'
	case '‘', '’', '‚', '‛':
		return '\''
	case 0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF, 0x061C, 0x00AD:
		return -1 // joiners, direction marks, BOM, soft hyphen
	}
	if IsDiacritic(r) {
		return -1
	}
	if d := DigitValue(r); d >= 0 {
		return rune('0' + d)
	}
	if r >= 0x0600 && r <= 0x06FF {
		return r // the rest of the Arabic block has no case
	}
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A')
		}
		return r
	}
	return unicode.ToLower(r)
}

// needsCompat reports whether r is a compatibility character that NFKC
// turns back into ordinary letters: Arabic presentation forms and
// full-width Latin.
func needsCompat(r rune) bool {
	return (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFF) || (r >= 0xFF01 && r <= 0xFF5E)
}

// NormalizeRune appends the normal form of r to dst and returns it.
// A rune can normalise to nothing (a diacritic) or to several runes
// (the lam-alef ligature).
func NormalizeRune(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	}
	if needsCompat(r) {
		for _, c := range norm.NFKC.String(string(r)) {
			if f := foldRune(c); f >= 0 {
				dst = utf8.AppendRune(dst, f)
			}
		}
		return dst
	}
	if f := foldRune(r); f >= 0 {
		dst = utf8.AppendRune(dst, f)
	}
	return dst
}

// Normalize returns the matching form of s: presentation forms undone,
// alef variants folded to bare alef, alef maqsura to ya, ta marbuta to ha,
// Persian ya and kaf to Arabic ones, harakat and tatweel deleted,
// Arabic-Indic and Persian digits turned into ASCII, quotation marks made
// one, and Latin letters lower-cased. Use it on a copy for matching;
// display the original.
func Normalize(s string) string {
	if isNormal(s) {
		return s
	}
	return string(AppendNormalize(make([]byte, 0, len(s)), s))
}

// AppendNormalize appends Normalize(s) to dst and returns it, for
// callers that reuse a buffer.
func AppendNormalize(dst []byte, s string) []byte {
	for _, r := range s {
		dst = NormalizeRune(dst, r)
	}
	return dst
}

// NormalizeMap is Normalize that also returns, for each byte of the
// result, the byte offset in s of the rune it came from, plus one final
// entry equal to len(s). Original turns a span of the result back into
// the span of s to highlight.
func NormalizeMap(s string) (string, []int) {
	b := make([]byte, 0, len(s))
	offs := make([]int, 0, len(s)+1)
	for i, r := range s {
		n := len(b)
		b = NormalizeRune(b, r)
		for k := n; k < len(b); k++ {
			offs = append(offs, i)
		}
	}
	offs = append(offs, len(s))
	return string(b), offs
}

// Original maps the span [i, j) of the normalised form of s, with offs
// from NormalizeMap, back to the byte span of s it came from. The span
// takes in the diacritics and tatweel that follow its last letter.
func Original(s string, offs []int, i, j int) (int, int) {
	last := len(offs) - 1
	i = min(max(i, 0), last)
	j = min(max(j, i), last)
	if i == j {
		return offs[i], offs[i]
	}
	start, end := offs[i], offs[j-1]
	_, size := utf8.DecodeRuneInString(s[end:])
	end += size
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if !IsDiacritic(r) {
			break
		}
		end += size
	}
	return start, end
}

// isNormal reports whether s is already in normal form, so that
// Normalize can return it without copying.
func isNormal(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || needsCompat(r) || foldRune(r) != r {
			return false
		}
		i += size
	}
	return true
}

// DigitValue returns the value of an ASCII, Arabic-Indic (٠–٩) or Persian
// (۰–۹) digit, or -1.
func DigitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 0x0660 && r <= 0x0669:
		return int(r - 0x0660)
	case r >= 0x06F0 && r <= 0x06F9:
		return int(r - 0x06F0)
	}
	return -1
}

// ASCIIDigits returns s with Arabic-Indic and Persian digits replaced by
// ASCII ones, and nothing else changed.
func ASCIIDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if d := DigitValue(r); d >= 0 {
			return rune('0' + d)
		}
		return r
	}, s)
}

// IsArabicLetter reports whether r is a letter of the Arabic script.
func IsArabicLetter(r rune) bool {
	return unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r)
}

// HasArabic reports whether s contains at least one Arabic letter.
func HasArabic(s string) bool {
	for _, r := range s {
		if IsArabicLetter(r) {
			return true
		}
	}
	return false
}
