package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"marsad/data"
	"marsad/data/arabic"
)

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// checkItems holds the invariants of every reader's output.
func checkItems(t *testing.T, name string, items []Item) {
	if len(items) == 0 {
		t.Fatalf("%s: no items", name)
	}
	for _, it := range items {
		if (it.Article == nil) == (it.Err == nil) {
			t.Fatalf("%s: item %q has article %v and error %v", name, it.File, it.Article != nil, it.Err)
		}
		if !strings.HasPrefix(it.File, name) {
			t.Fatalf("item %q not named after %q", it.File, name)
		}
		if it.Err != nil {
			if it.Err.Error() == "" {
				t.Fatalf("%s: empty reason", it.File)
			}
			continue
		}
		checkArticle(t, it.File, it.Article)
	}
}

func checkArticle(t *testing.T, file string, a *data.Article) {
	if a.File != file || strings.TrimSpace(a.Body) == "" || a.Hash != Hash(a.Body) {
		t.Fatalf("%s: file %q, body %q, hash %s", file, a.File, a.Body, a.Hash)
	}
	if a.Words != len(arabic.Tokens(a.Body)) {
		t.Fatalf("%s: words %d, tokens %d", file, a.Words, len(arabic.Tokens(a.Body)))
	}
	switch a.DateOrigin {
	case data.DateMetadata, data.DateText:
		if !isoDate.MatchString(a.Date) || a.DateConfidence <= 0 || a.DateConfidence > 1 {
			t.Fatalf("%s: date %q confidence %v", file, a.Date, a.DateConfidence)
		}
	case data.DateUnknown:
		if a.Date != "" {
			t.Fatalf("%s: unknown date %q", file, a.Date)
		}
	default:
		t.Fatalf("%s: date origin %q", file, a.DateOrigin)
	}
	prev := 0
	for _, m := range a.Marks {
		if m.Start < prev || m.End <= m.Start || m.End > len(a.Body) || !utf8.RuneStart(a.Body[m.Start]) ||
			(m.End < len(a.Body) && !utf8.RuneStart(a.Body[m.End])) {
			t.Fatalf("%s: bad mark %+v in a body of %d bytes", file, m, len(a.Body))
		}
		prev = m.End
	}
}

func fuzzReader(f *testing.F, ext string, seeds ...[]byte) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, content []byte) {
		checkItems(t, "f"+ext, ReadBytes("f"+ext, content, Options{MaxArchiveTotal: 16 << 20, MaxFileSize: 4 << 20}))
	})
}

func FuzzReadText(f *testing.F) {
	txt := fixture(f, "article.txt")
	w1256, _ := charmap.Windows1256.NewEncoder().Bytes(txt)
	u16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(txt)
	fuzzReader(f, ".txt", txt, fixture(f, "no_headline.txt"), w1256, u16, []byte("عنوان\nنص (رويترز)\nMay 17, 2016"))
}

func FuzzReadHTML(f *testing.F) {
	fuzzReader(f, ".html", fixture(f, "article.html"), []byte(`<p>نص<br>سطر</p><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","articleBody":"نص"}]}</script>`))
}

func FuzzReadJSON(f *testing.F) {
	fuzzReader(f, ".json", fixture(f, "articles.json"), []byte(`{"articles":[{"text":"نص","author":{"name":"س"}}]}`))
}

func FuzzReadJSONL(f *testing.F) {
	fuzzReader(f, ".jsonl", fixture(f, "articles.jsonl"))
}

func FuzzReadCSV(f *testing.F) {
	fuzzReader(f, ".csv", fixture(f, "articles.csv"), []byte("text;source\nنص;سبق\n"))
}

func FuzzReadDocx(f *testing.F) {
	fuzzReader(f, ".docx", docxOf(f, []string{"عنوان", "نص الخبر"}, "عنوان", "كاتب", "2020-01-01T00:00:00Z"))
}

func FuzzReadZip(f *testing.F) {
	fuzzReader(f, ".zip", zipOf(f, [2]string{"a.txt", "نص الخبر"}, [2]string{"b.json", `[{"text":"نص"}]`}),
		zipOf(f, [2]string{"in.zip", string(zipOf(f, [2]string{"c.csv", "text\nنص\n"}))}))
}

func FuzzDecode(f *testing.F) {
	txt := fixture(f, "article.txt")
	w1256, _ := charmap.Windows1256.NewEncoder().Bytes(txt)
	u16, _ := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewEncoder().Bytes(txt)
	for _, s := range [][]byte{txt, w1256, u16, {0xFF, 0xFE, 0x27, 0x06}, {0xC7, 0xE4, 0xC7, 0xE4}} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		text, enc, err := Decode(b)
		if err != nil {
			return
		}
		if !utf8.ValidString(text) || enc == "" || isBlank(text) {
			t.Fatalf("Decode(%q) = %q, %q", b, text, enc)
		}
	})
}

// FuzzNorm holds the hash equal to its definition: the normalised text
// with white space collapsed.
func FuzzNorm(f *testing.F) {
	for _, s := range []string{"أَعلنت الوزارةُ", "ﻻ ﷺ ٣٫٥ U.S. it's", "a\u0300b \u200c\u064b x", "ظ„ـ£ظ‡ ـ ـً", string(fixture(f, "article.txt"))} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sum := sha256.Sum256([]byte(strings.Join(strings.FieldsFunc(arabic.Normalize(s), isSpace), " ")))
		if got, want := Hash(s), hex.EncodeToString(sum[:]); got != want {
			t.Fatalf("Hash(%q) = %s, want %s", s, got, want)
		}
	})
}
