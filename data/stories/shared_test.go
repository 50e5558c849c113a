package stories

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"marsad/data/ingest"
	"marsad/data/sharedtest"
)

// sharedDir returns the shared data directory (seeds and corpora) or
// skips the test when it is absent.
func sharedDir(tb testing.TB) string {
	tb.Helper()
	return sharedtest.Dir(tb, "")
}

// testArticle is an article read from the shared data.
type testArticle struct {
	ID     int64
	Title  string
	Body   string
	Source string
	Date   string
	File   string
}

// readSeeds reads the seed articles: first line the headline, the rest
// the body. IDs count from 1,000,001 in file-name order, clear of the corpus IDs.
func readSeeds(tb testing.TB) []testArticle {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(sharedDir(tb), "seeds", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Skip("no seed articles")
	}
	sort.Strings(files)
	var out []testArticle
	for i, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		title, body, _ := strings.Cut(strings.TrimSpace(string(b)), "\n")
		out = append(out, testArticle{ID: int64(1_000_001 + i), Title: title, Body: body, File: filepath.Base(f)})
	}
	return out
}

var (
	snnOnce sync.Once
	snn     []testArticle
	snnErr  error
)

// readSaudiNewsNet reads every article of the SaudiNewsNet zips through
// the importer's reader (data/ingest), once per test binary. Articles
// whose text repeats one read before are left out, as the store does.
func readSaudiNewsNet(tb testing.TB) []testArticle {
	tb.Helper()
	dir := filepath.Join(sharedDir(tb), "corpora", "saudinewsnet")
	zips, _ := filepath.Glob(filepath.Join(dir, "*.zip"))
	if len(zips) == 0 {
		tb.Skip("SaudiNewsNet corpus not found")
	}
	snnOnce.Do(func() {
		sort.Strings(zips)
		seen := map[string]bool{}
		snnErr = ingest.Walk(context.Background(), zips, ingest.Options{}, func(it ingest.Item) error {
			a := it.Article
			if a == nil || seen[a.Hash] {
				return nil
			}
			seen[a.Hash] = true
			snn = append(snn, testArticle{ID: int64(len(snn) + 1), Title: a.Title, Body: a.Body,
				Source: a.Source, Date: a.Date, File: it.File})
			return nil
		})
	})
	if snnErr != nil {
		tb.Fatal(snnErr)
	}
	return snn
}

// items signs articles for grouping.
func items(arts []testArticle) []Item {
	sigs := SignAll(len(arts), func(i int) (string, string) { return arts[i].Title, arts[i].Body })
	out := make([]Item, len(arts))
	for i, a := range arts {
		out[i] = Item{ID: a.ID, Sig: sigs[i], Date: a.Date}
	}
	return out
}
