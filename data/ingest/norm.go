package ingest

import "unicode"

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
