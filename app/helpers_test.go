package app

import (
	"context"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"marsad/data"
	"marsad/data/arabic"
	"marsad/data/sharedtest"
	"marsad/data/store"
)

// sharedDir returns the shared folder (seeds, corpora, tools), or skips
// the test when it is absent.
func sharedDir(t testing.TB) string {
	t.Helper()
	return sharedtest.Dir(t, "seeds")
}

// openTemp opens an empty corpus in a temporary folder.
func openTemp(t testing.TB) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "test.marsad"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// newArticle builds an article as the importer would.
func newArticle(title, body, source, date string) *data.Article {
	n := strings.Join(strings.Fields(arabic.Normalize(body)), " ")
	return &data.Article{Title: title, Body: body, Source: source, Date: date, Hash: n,
		File: title + ".txt", Words: len(arabic.Tokens(body)), DateOrigin: data.DateText}
}

// sampleArticles are three short articles in Arabic.
func sampleArticles() []*data.Article {
	return []*data.Article{
		newArticle("موسكو تعرض التنسيق", "قال وزير الخارجية الروسي إن موسكو مستعدة للتنسيق مع واشنطن في سوريا.", "الحياة", "2016-05-20"),
		newArticle("واشنطن ترفض", "رفضت وزارة الدفاع الأمريكية أي تعاون عسكري مع روسيا (في الوقت الحالي).", "الجزيرة", "2016-05-21"),
		newArticle("مستشفى جديد", "افتتح مستشفى جديد في المدينة بحضور المسؤولين.", "", ""),
	}
}

// fillTemp opens a temporary corpus holding arts.
func fillTemp(t testing.TB, arts []*data.Article) *store.Store {
	t.Helper()
	st := openTemp(t)
	if _, err := st.AddArticles(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	return st
}

// newTestUI builds the main window over st with the test driver.
func newTestUI(t testing.TB, st *store.Store) *ui {
	t.Helper()
	a := test.NewTempApp(t)
	var u *ui
	onUI(func() {
		u = newUI(a, "test")
		u.setCorpus(st)
		u.win.Resize(fyne.NewSize(1180, 760))
	})
	t.Cleanup(func() {
		u.imp.cancel()
		u.imp.wait()
		bgWork.Wait()
	})
	return u
}

// waitFor polls cond on the UI goroutine until it holds or time runs out.
func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	waitWithin(t, 30*time.Second, what, cond)
}

// waitWithin is waitFor with a time limit of d.
func waitWithin(t testing.TB, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		ok := false
		onUI(func() { ok = cond() })
		if ok {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", what)
}

// flowString is the text a flowText shows.
func flowString(f *flowText) string { return f.text }

func describe(a store.ArticleSummary) string { return fmt.Sprintf("%d %s", a.ID, a.Title) }

// keepShot saves what w shows as name.png in $MARSAD_E2E_SHOTS, when set,
// for a person to look at.
func keepShot(t testing.TB, w fyne.Window, name string) {
	dir := os.Getenv("MARSAD_E2E_SHOTS")
	if dir == "" {
		return
	}
	var img image.Image
	onUI(func() { img = w.Canvas().Capture() })
	f, err := os.Create(filepath.Join(dir, name+".png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

// onUI runs fn as the UI goroutine would: never alongside a result being
// applied by uiDo.
func onUI(fn func()) {
	uiMu.Lock()
	defer uiMu.Unlock()
	fn()
}

// mkdirTemp makes a folder for data shared by the benchmarks of one run.
func mkdirTemp() (string, error) { return os.MkdirTemp("", "marsad-bench-") }
