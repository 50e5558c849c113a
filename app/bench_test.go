package app

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	"fyne.io/fyne/v2/test"

	"marsad/data"
	"marsad/data/corpus"
	"marsad/data/store"
)

var (
	benchCorpusOnce sync.Once
	benchCorpusPath string
	benchCorpusN    int
	benchCorpusErr  error
)

// saudiCorpus imports the SaudiNewsNet archives once per run (without the
// analysis) and returns the corpus file and its size.
func saudiCorpus(b *testing.B) (string, int) {
	zips, _ := filepath.Glob(filepath.Join(sharedDir(b), "corpora", "saudinewsnet", "*.zip"))
	if len(zips) == 0 {
		b.Skip("no corpus archives")
	}
	benchCorpusOnce.Do(func() {
		dir, err := mkdirTemp()
		if err != nil {
			benchCorpusErr = err
			return
		}
		benchCorpusPath = filepath.Join(dir, "saudinewsnet.marsad")
		st, err := store.Open(context.Background(), benchCorpusPath)
		if err != nil {
			benchCorpusErr = err
			return
		}
		defer st.Close()
		rep, err := corpus.Import(context.Background(), st, zips, corpus.ImportOptions{Stages: []corpus.Stage{}})
		if err == nil {
			benchCorpusN = rep.Imported
		}
		benchCorpusErr = err
	})
	if benchCorpusErr != nil {
		b.Fatal(benchCorpusErr)
	}
	return benchCorpusPath, benchCorpusN
}

// BenchmarkColdStart opens the SaudiNewsNet corpus (23,547 articles, of
// which 22,422 are distinct) and builds the main window until the article
// count and the first page of the list are shown: what a user waits for
// before the window is usable. The real window was timed by starting the
// built binary under Xvfb with --db on the same corpus and polling
// `xdotool search --name` for the window and screenshots for the list;
// store.Open, which runs PRAGMA quick_check over the whole file, is most
// of the time in both.
func BenchmarkColdStart(b *testing.B) {
	path, n := saudiCorpus(b)
	a := test.NewTempApp(b)
	b.ResetTimer()
	for b.Loop() {
		st, err := store.Open(context.Background(), path)
		if err != nil {
			b.Fatal(err)
		}
		var u *ui
		onUI(func() {
			u = newUI(a, "bench")
			u.setCorpus(st)
		})
		waitFor(b, "first page", func() bool {
			_, ok := u.articles.summary(0)
			return ok && u.articles.total == n
		})
		b.StopTimer()
		onUI(func() { u.win.Close() })
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n), "articles")
}

// BenchmarkScrollPages loads list pages from the middle and the end of
// the SaudiNewsNet corpus, as scrolling does.
func BenchmarkScrollPages(b *testing.B) {
	path, n := saudiCorpus(b)
	st, err := store.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	offsets := []int{n / 2, n - pageSize}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := st.ListArticlePage(context.Background(), store.ArticleFilter{}, offsets[i%2], pageSize); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScrollPages100k does the same on a corpus of 100,000 short
// articles.
func BenchmarkScrollPages100k(b *testing.B) {
	st := openTemp(b)
	const n = 100_000
	for i := 0; i < n; i += 5000 {
		var arts []*data.Article
		for j := i; j < i+5000; j++ {
			arts = append(arts, newArticle(fmt.Sprintf("خبر رقم %d", j),
				fmt.Sprintf("أعلنت الوزارة اليوم عن الخبر رقم %d في المدينة رقم %d.", j, j%97), "المصدر",
				fmt.Sprintf("2016-%02d-%02d", 1+j%12, 1+j%28)))
		}
		if _, err := st.AddArticles(context.Background(), arts); err != nil {
			b.Fatal(err)
		}
	}
	offsets := []int{0, n / 2, n - pageSize}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		page, err := st.ListArticlePage(context.Background(), store.ArticleFilter{}, offsets[i%3], pageSize)
		if err != nil || len(page) != pageSize {
			b.Fatalf("page of %d: %v", len(page), err)
		}
	}
}
