package ingest

import (
	"bytes"
	"errors"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Text encodings that Decode tells apart.
const (
	UTF8        = "utf-8"
	UTF16LE     = "utf-16le"
	UTF16BE     = "utf-16be"
	Windows1256 = "windows-1256"
	ISO88596    = "iso-8859-6"
)

// Errors for content that is not text.
var (
	errEmpty  = errors.New("empty file")
	errBinary = errors.New("binary data, not text")
)

// Decode turns the bytes of a text file into UTF-8 and names the encoding
// it found: a byte-order mark; UTF-16 without one (every other byte 0x00
// or 0x06); strict UTF-8; else Windows-1256 or ISO-8859-6, told apart by
// how "ال" is written (C7 E1 or C7 E4). The text comes back unchanged
// otherwise: line endings are the caller's business. Binary data (NUL
// bytes, control characters) is an error.
func Decode(b []byte) (text, enc string, err error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return checkText(string(b[3:]), UTF8)
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), b[2:], UTF16LE)
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), b[2:], UTF16BE)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return "", "", errEmpty
	}
	if enc := sniffUTF16(b); enc == UTF16LE {
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), b, UTF16LE)
	} else if enc == UTF16BE {
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), b, UTF16BE)
	}
	if utf8.Valid(b) {
		return checkText(string(b), UTF8)
	}
	if mostlyUTF8(b) {
		return checkText(strings.ToValidUTF8(string(b), "\uFFFD"), UTF8)
	}
	if binaryBytes(b) {
		return "", "", errBinary
	}
	e1, e4 := bytes.Count(b, []byte{0xC7, 0xE1}), bytes.Count(b, []byte{0xC7, 0xE4})
	if e4 > e1 {
		return decodeWith(charmap.ISO8859_6, b, ISO88596)
	}
	return decodeWith(charmap.Windows1256, b, Windows1256)
}

// mostlyUTF8 reports UTF-8 text with a few broken bytes (a damaged copy):
// many valid multi-byte sequences and invalid bytes under one in a
// thousand. Windows-1256 Arabic has almost no valid sequences.
func mostlyUTF8(b []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			invalid++
		case size > 1:
			valid++
		}
		i += size
	}
	return valid >= 20 && invalid*1000 <= len(b)
}

// sniffUTF16 looks at the first 4 KB for UTF-16 without a byte-order
// mark: in Arabic and Latin text the high byte of nearly every code unit
// is 0x00 or 0x06.
func sniffUTF16(b []byte) string {
	n := min(len(b), 4096) &^ 1
	if n < 4 {
		return ""
	}
	var evenHigh, oddHigh, zeros int
	for i := 0; i < n; i += 2 {
		if b[i] == 0x00 || b[i] == 0x06 {
			evenHigh++
		}
		if b[i+1] == 0x00 || b[i+1] == 0x06 {
			oddHigh++
		}
		if b[i] == 0 || b[i+1] == 0 {
			zeros++
		}
	}
	units := n / 2
	switch {
	case zeros == 0:
		return ""
	case oddHigh*10 >= units*9 && evenHigh*10 < units*5:
		return UTF16LE
	case evenHigh*10 >= units*9 && oddHigh*10 < units*5:
		return UTF16BE
	}
	return ""
}

func decodeWith(e encoding.Encoding, b []byte, name string) (string, string, error) {
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return "", "", errBinary
	}
	return checkText(string(out), name)
}

// checkText refuses decoded text that is empty or holds control
// characters other than tab, line and page breaks.
func checkText(s, enc string) (string, string, error) {
	var ctrl, total int
	for _, r := range s {
		total++
		if r == 0 || r == utf8.RuneError || (r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' && r != '\v') || (r >= 0x7F && r < 0xA0) {
			ctrl++
		}
	}
	if total == 0 || isBlank(s) {
		return "", "", errEmpty
	}
	if ctrl > 0 && (ctrl*100 > total || bytes.IndexByte([]byte(s), 0) >= 0) {
		return "", "", errBinary
	}
	return s, enc, nil
}

// binaryBytes reports raw bytes that no text encoding produces: NUL, or
// more than 1% control bytes.
func binaryBytes(b []byte) bool {
	ctrl := 0
	for _, c := range b {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' {
			ctrl++
		}
	}
	return ctrl*100 > len(b)
}

func isBlank(s string) bool {
	for _, r := range s {
		if r != ' ' && r != '\t' && r != '\n' && r != '\r' && r != '\f' && r != '\v' && r != 0xA0 && r != 0xFEFF && r != 0x200F && r != 0x200E {
			return false
		}
	}
	return true
}
