package ingest

import (
	"context"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

const (
	saudiRecords = 23547 // articles in the 13 SaudiNewsNet archives
	// Records without text: 277 with empty content, 15 photo galleries
	// whose only line is the site's permalink.
	saudiNoText = 292
)

var (
	saudiOnce  sync.Once
	saudiCache []Item
)

// saudiItems walks the SaudiNewsNet archives once for all the tests that
// need them.
func saudiItems(t *testing.T) []Item {
	t.Helper()
	if testing.Short() {
		t.Skip("reads 23,547 articles")
	}
	dir := sharedDir(t, "corpora/saudinewsnet")
	saudiOnce.Do(func() {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.zip"))
		saudiCache = walkAll(t, Options{}, paths...)
	})
	return saudiCache
}

func TestWalkSaudiNewsNet(t *testing.T) {
	items := saudiItems(t)
	if len(items) != saudiRecords {
		t.Fatalf("got %d items, want %d", len(items), saudiRecords)
	}
	refused, sources := 0, map[string]int{}
	for _, it := range items {
		if it.Err != nil {
			refused++
			if !strings.HasSuffix(it.Err.Error(), " has no text") {
				t.Errorf("%s refused: %v", it.File, it.Err)
			}
			continue
		}
		a := it.Article
		if a.Source == "" || a.Date == "" || a.DateOrigin != "metadata" || a.Title == "" || a.Words == 0 {
			t.Errorf("%s: source %q date %q (%s) title %q words %d", it.File, a.Source, a.Date, a.DateOrigin, a.Title, a.Words)
		}
		sources[a.Source]++
	}
	if refused != saudiNoText {
		t.Errorf("refused %d records, want the %d without text", refused, saudiNoText)
	}
	t.Logf("sources: %v", sources)
}

func BenchmarkWalkSaudiNewsNet(b *testing.B) {
	dir := sharedDir(b, "corpora/saudinewsnet")
	paths, _ := filepath.Glob(filepath.Join(dir, "*.zip"))
	n := 0
	cpu0 := cpuTime()
	for b.Loop() {
		n = 0
		err := Walk(context.Background(), paths, Options{}, func(it Item) error {
			if it.Article != nil {
				n++
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	// On a shared machine wall time depends on the neighbours; articles
	// per second of CPU time does not.
	if cpu := (cpuTime() - cpu0).Seconds(); cpu > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/cpu, "articles/cpu-s")
	}
}

// TestTextDatesSaudiNewsNet reads each SaudiNewsNet article as if it had
// no date field and compares the date found in its text with the field:
// a date from the text must be the article's own (the field's day or up
// to two days before it) in at least 80% of the articles that get one.
// Few get one: a newspaper article rarely writes its own date.
func TestTextDatesSaudiNewsNet(t *testing.T) {
	items := saudiItems(t)
	outlets := DefaultOutlets()
	total, found, right := 0, 0, 0
	for _, it := range items {
		if it.Article == nil {
			continue
		}
		total++
		a := it.Article
		b, err := build(a.File, meta{Title: a.Title}, a.Body, outlets)
		if err != nil || b.Date == "" {
			continue
		}
		found++
		got, err1 := time.Parse("2006-01-02", b.Date)
		want, err2 := time.Parse("2006-01-02", a.Date)
		if days := want.Sub(got).Hours() / 24; err1 == nil && err2 == nil && days >= 0 && days <= 2 {
			right++
		} else if found-right <= 5 {
			t.Logf("%s: text date %s (%.1f), field %s", it.File, b.Date, b.DateConfidence, a.Date)
		}
	}
	t.Logf("%d articles, %d dated from the text, %d of them right", total, found, right)
	if found < 5 || right*5 < found*4 {
		t.Errorf("%d of %d text dates right, want at least 80%% of at least 5", right, found)
	}
}

// TestTextSourcesSaudiNewsNet reads each SaudiNewsNet article as if it had
// no source field: when an attribution line in the text names an outlet,
// it must be the field's outlet in at least 80% of the articles (an agency
// credited for wire copy counts against it).
func TestTextSourcesSaudiNewsNet(t *testing.T) {
	items := saudiItems(t)
	outlets := DefaultOutlets()
	found, right := 0, 0
	for _, it := range items {
		if it.Article == nil {
			continue
		}
		a := it.Article
		b, err := build(a.File, meta{Title: a.Title, Date: a.Date}, a.Body, outlets)
		if err != nil || b.Source == "" {
			continue
		}
		found++
		if b.Source == a.Source {
			right++
		} else {
			t.Logf("%s: text names %q, field %q", it.File, b.Source, a.Source)
		}
	}
	t.Logf("%d sources read from the text, %d of them the field's", found, right)
	if found < 5 || right*5 < found*4 {
		t.Errorf("%d of %d text sources right, want at least 80%% of at least 5", right, found)
	}
}

// BenchmarkReadText reads one plain-text article: decoding, boilerplate,
// captions, title, source and date from the text, hash and word count.
func BenchmarkReadText(b *testing.B) {
	content := fixture(b, "article.txt")
	b.SetBytes(int64(len(content)))
	for b.Loop() {
		if items := ReadBytes("article.txt", content, Options{}); items[0].Err != nil {
			b.Fatal(items[0].Err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
