package ingest

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"marsad/data"
)

// TestSeeds checks the five reference articles against what a careful
// reader writes down from the text alone. Titles are compared with the
// seed's own first line, so that no seed text is copied here.
func TestSeeds(t *testing.T) {
	dir := sharedDir(t, "seeds")
	type want struct {
		headline       bool   // the first line is the title; else a shortened first sentence
		source, author string // "" = unknown
		date, origin   string
		captions       int
		absent         []string // must not be in the body
	}
	seeds := map[string]want{
		// Photo caption dated 17 May 2016 (weak hint), the text reports what
		// happened "on Friday": 20 May 2016. 25 May is a future deadline.
		"000_d9c9fbd3f35d96d9.txt": {true, "الجزيرة", "", "2016-05-20", data.DateText, 2, []string{"المصدر"}},
		// Only "on Monday" and a past event (27 شباط الماضي): no date.
		"001_e3e7e21ff14327aa.txt": {true, "سيريانيوز", "", "", data.DateUnknown, 0, nil},
		// The agency quoted in the text is not the source; the "see also"
		// teaser (2024) is removed and gives no date.
		"002_12a26c16c15d3239.txt": {true, "", "", "", data.DateUnknown, 0, []string{"شاهد أيضاً", "2024", "الأردنيين"}},
		// A date line under the headline; font-size control and contributor
		// list removed; the Getty photo line is a caption.
		"003_804a446face3b1c6.txt": {true, "", "", "2016-08-30", data.DateText, 1, []string{"الخط -", "المساهمون"}},
		// No headline line; "outlet – author" at the end; only relative dates.
		"004_adf22db9f5bba7fe.txt": {false, "المركز الصحفي السوري", "مريم احمد", "", data.DateUnknown, 0, []string{"مريم"}},
	}
	items := walkAll(t, Options{}, dir)
	found := 0
	for _, it := range items {
		w, ok := seeds[it.File]
		if !ok {
			continue
		}
		found++
		if it.Err != nil {
			t.Errorf("%s refused: %v", it.File, it.Err)
			continue
		}
		a := it.Article
		raw, err := os.ReadFile(filepath.Join(dir, it.File))
		if err != nil {
			t.Fatal(err)
		}
		first := strings.TrimSpace(strings.SplitN(string(raw), "\n", 2)[0])
		if w.headline && a.Title != first {
			t.Errorf("%s: title %q, want the first line %q", it.File, a.Title, first)
		}
		if !w.headline {
			stem := strings.TrimSuffix(a.Title, "…")
			if !strings.HasSuffix(a.Title, "…") || !strings.HasPrefix(first, stem) || utf8.RuneCountInString(stem) > titleRunes {
				t.Errorf("%s: title %q, want the first sentence shortened", it.File, a.Title)
			}
		}
		if a.Source != w.source || a.Author != w.author || a.Date != w.date || a.DateOrigin != w.origin {
			t.Errorf("%s: source %q author %q date %q (%s), want %q %q %q (%s)", it.File, a.Source, a.Author, a.Date, a.DateOrigin, w.source, w.author, w.date, w.origin)
		}
		if n := len(captions(a)); n != w.captions {
			t.Errorf("%s: %d captions %q, want %d", it.File, n, captions(a), w.captions)
		}
		for _, s := range w.absent {
			if strings.Contains(a.Body, s) {
				t.Errorf("%s: body still holds %q", it.File, s)
			}
		}
		if a.Date != "" && (a.DateConfidence <= 0 || a.DateConfidence > 1) {
			t.Errorf("%s: confidence %v", it.File, a.DateConfidence)
		}
		// A Windows-1256 copy with CRLF line ends is the same article.
		w1256, err := charmap.Windows1256.NewEncoder().Bytes(bytes.ReplaceAll(raw, []byte("\n"), []byte("\r\n")))
		if err != nil {
			t.Fatalf("%s: encode: %v", it.File, err)
		}
		c := readOne(t, "copy.txt", w1256)
		if c.Hash != a.Hash || c.Body != a.Body || c.Title != a.Title || c.Date != a.Date || c.Source != a.Source {
			t.Errorf("%s: the Windows-1256 copy differs", it.File)
		}
	}
	if found != len(seeds) {
		t.Errorf("found %d of the %d seeds", found, len(seeds))
	}
}
