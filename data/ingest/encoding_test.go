package ingest

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func encode(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	return b
}

func TestDecode(t *testing.T) {
	const text = "القدس - قال الوزير إن الاجتماع سيعقد في الأسبوع المقبل.\nوأضاف أن الوفد وصل صباح اليوم."
	le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	be := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	tests := []struct {
		name string
		in   []byte
		enc  string
	}{
		{"utf-8", []byte(text), UTF8},
		{"utf-8 with BOM", append([]byte{0xEF, 0xBB, 0xBF}, text...), UTF8},
		{"utf-16le with BOM", append([]byte{0xFF, 0xFE}, encode(t, le, text)...), UTF16LE},
		{"utf-16be with BOM", append([]byte{0xFE, 0xFF}, encode(t, be, text)...), UTF16BE},
		{"utf-16le without BOM", encode(t, le, text), UTF16LE},
		{"utf-16be without BOM", encode(t, be, text), UTF16BE},
		{"windows-1256", encode(t, charmap.Windows1256, text), Windows1256},
		{"iso-8859-6", encode(t, charmap.ISO8859_6, text), ISO88596},
	}
	long := strings.Repeat(text+"\n", 20)
	broken := []byte(long)
	broken[len(broken)/2] = 0xFF // one damaged byte in a long UTF-8 text
	if got, enc, err := Decode(broken); err != nil || enc != UTF8 || !strings.Contains(got, "\uFFFD") || len(got) < len(long) {
		t.Errorf("damaged UTF-8: Decode = %s, %v; want UTF-8 with a replacement character", enc, err)
	}
	for _, tt := range tests {
		got, enc, err := Decode(tt.in)
		if err != nil || got != text || enc != tt.enc {
			t.Errorf("%s: Decode = %q, %s, %v; want the text, %s", tt.name, got, enc, err, tt.enc)
		}
	}
}

func TestDecodeRefuses(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, errEmpty},
		{"blank", []byte(" \r\n\t \n"), errEmpty},
		{"BOM only", []byte{0xEF, 0xBB, 0xBF}, errEmpty},
		{"NUL bytes", []byte("abc\x00\x01\x02def\x00\x00\xff\xfe\x10"), errBinary},
		{"PNG header", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), errBinary},
		{"control bytes", bytes.Repeat([]byte{0x01, 0x02, 0x9c, 0x03}, 50), errBinary},
	}
	for _, tt := range tests {
		if _, _, err := Decode(tt.in); err != tt.want {
			t.Errorf("%s: Decode error = %v, want %v", tt.name, err, tt.want)
		}
	}
}

// TestSameArticleAnyEncoding reads one fixture in UTF-8, Windows-1256,
// UTF-16 and with CRLF line ends: the body and hash must not change.
func TestSameArticleAnyEncoding(t *testing.T) {
	utf8Text := string(fixture(t, "article.txt"))
	base := readOne(t, "article.txt", []byte(utf8Text))
	crlf := bytes.ReplaceAll([]byte(utf8Text), []byte("\n"), []byte("\r\n"))
	copies := map[string][]byte{
		"windows-1256.txt":  encode(t, charmap.Windows1256, utf8Text),
		"utf16le.txt":       append([]byte{0xFF, 0xFE}, encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), utf8Text)...),
		"utf16be-nobom.txt": encode(t, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), utf8Text),
		"crlf.txt":          crlf,
		"bom.txt":           append([]byte{0xEF, 0xBB, 0xBF}, utf8Text...),
	}
	for name, content := range copies {
		a := readOne(t, name, content)
		if a.Body != base.Body || a.Hash != base.Hash || a.Title != base.Title || a.Date != base.Date || a.Source != base.Source {
			t.Errorf("%s: differs from the UTF-8 copy:\n%q\n%q", name, a.Body, base.Body)
		}
	}
}

// TestRecordsAnyEncoding reads JSON and CSV saved as Windows-1256 and
// UTF-16: the records come out as from UTF-8.
func TestRecordsAnyEncoding(t *testing.T) {
	for _, name := range []string{"articles.json", "articles.csv", "articles.jsonl"} {
		utf8Items := ReadBytes(name, fixture(t, name), Options{})
		for enc, content := range map[string][]byte{
			"windows-1256": encode(t, charmap.Windows1256, string(fixture(t, name))),
			"utf-16le":     append([]byte{0xFF, 0xFE}, encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), string(fixture(t, name)))...),
		} {
			items := ReadBytes(name, content, Options{})
			if len(items) != len(utf8Items) {
				t.Errorf("%s in %s: %d items, want %d", name, enc, len(items), len(utf8Items))
				continue
			}
			for i := range items {
				a, b := items[i].Article, utf8Items[i].Article
				if (a == nil) != (b == nil) || (a != nil && (a.Hash != b.Hash || a.Title != b.Title || a.Source != b.Source)) {
					t.Errorf("%s in %s: item %d differs: %+v vs %+v", name, enc, i, items[i], utf8Items[i])
				}
			}
		}
	}
}

func TestOtherFormatsAsText(t *testing.T) {
	for _, in := range []string{`{\rtf1\ansi\deff0 {\fonttbl}` + "\n\\par نص", "%PDF-1.7\n%âãÏÓ\n1 0 obj", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "PK\x03\x04\x14\x00"} {
		items := ReadBytes("doc.txt", []byte(in), Options{})
		if items[0].Err == nil || !strings.Contains(items[0].Err.Error(), "not plain text") {
			t.Errorf("%q read as text: %+v", in[:8], items[0])
		}
	}
}

func TestHash(t *testing.T) {
	same := []string{
		"أعلنت الوزارة إطلاق المبادرة",
		"اعلنت الوزاره اطلاق المبادره",
		"  أَعلنت   الوزارة\n\nإطلاق\u00a0المبادرة ",
		"أعلنت الوزارة إطلاق المبادرة",
	}
	for _, s := range same[1:] {
		if Hash(s) != Hash(same[0]) {
			t.Errorf("Hash(%q) differs from Hash(%q)", s, same[0])
		}
	}
	if Hash("أعلنت الوزارة") == Hash("أعلنت الوزارةإطلاق") || len(Hash("")) != 64 {
		t.Errorf("Hash does not tell different texts apart")
	}
}
