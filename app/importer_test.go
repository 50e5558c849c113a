package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"marsad/data/store"
)

func TestDropImportsSeeds(t *testing.T) {
	seeds, _ := filepath.Glob(filepath.Join(sharedDir(t), "seeds", "*.txt"))
	st := openTemp(t)
	u := newTestUI(t, st)
	var uris []fyne.URI
	for _, p := range seeds {
		uris = append(uris, storage.NewFileURI(p))
	}
	onUI(func() { u.onDropped(fyne.NewPos(10, 10), uris) })
	if !u.imp.running() {
		t.Fatal("drop did not start an import")
	}
	u.imp.wait()
	n, err := st.CountArticles(context.Background(), store.ArticleFilter{})
	if err != nil || n != len(seeds) {
		t.Fatalf("corpus holds %d articles (%v), want %d", n, err, len(seeds))
	}
	rep := u.imp.report
	if rep.Imported != len(seeds) || rep.Refused != 0 {
		t.Fatalf("report = %d imported, %d refused; want %d, 0", rep.Imported, rep.Refused, len(seeds))
	}
	waitFor(t, "list refreshed", func() bool { return u.articles.total == len(seeds) })
	waitFor(t, "report dialog", func() bool { return len(u.win.Canvas().Overlays().List()) > 0 })
	onUI(func() { test.Tap(findButton(t, u.win, "Copy")) })
	if got := u.app.Clipboard().Content(); !strings.Contains(got, "Imported: 5") {
		t.Errorf("copied report = %q, want the totals", got)
	}

	// dropping the same files again finds them all duplicates
	onUI(func() { u.onDropped(fyne.NewPos(10, 10), uris) })
	u.imp.wait()
	if rep := u.imp.report; rep.Duplicates != len(seeds) || rep.Imported != 0 {
		t.Fatalf("second drop = %d imported, %d duplicates; want 0, %d", rep.Imported, rep.Duplicates, len(seeds))
	}
}

func TestCancelImportKeepsWholeArticles(t *testing.T) {
	if testing.Short() {
		t.Skip("imports part of a large corpus")
	}
	zips, _ := filepath.Glob(filepath.Join(sharedDir(t), "corpora", "saudinewsnet", "*.zip"))
	if len(zips) == 0 {
		t.Skip("no corpus archives")
	}
	st := openTemp(t)
	u := newTestUI(t, st)
	onUI(func() { u.imp.start(zips) })
	waitWithin(t, 3*time.Minute, "first articles stored", func() bool {
		n, _ := st.CountArticles(context.Background(), store.ArticleFilter{})
		return n > 0
	})
	onUI(func() { test.Tap(u.imp.cancelB) })
	u.imp.wait()
	rep := u.imp.report
	if !rep.Cancelled {
		t.Fatal("report not marked cancelled")
	}
	n, _ := st.CountArticles(context.Background(), store.ArticleFilter{})
	if n != rep.Imported || n >= 23547 {
		t.Fatalf("corpus holds %d articles, report says %d imported", n, rep.Imported)
	}
	if u.imp.bar.Visible() {
		t.Error("progress bar still shown after the import ended")
	}
}

func TestDropFolderImportsIt(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "seeds")
	st := openTemp(t)
	u := newTestUI(t, st)
	onUI(func() { u.onDropped(fyne.NewPos(1, 1), []fyne.URI{storage.NewFileURI(dir)}) })
	u.imp.wait()
	if rep := u.imp.report; rep == nil || rep.Imported != 5 {
		t.Fatalf("dropping the seeds folder: %+v, want 5 imported", rep)
	}
}
