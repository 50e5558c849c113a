package app

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"marsad/data/corpus"
	"marsad/data/store"
)

// progressEvery is how often import progress reaches the widgets; the
// import itself reports after every batch.
const progressEvery = 150 * time.Millisecond

// refreshEvery is how often the views reload while an import runs.
const refreshEvery = 2 * time.Second

// importFunc runs an import; corpus.Import in the app, a stand-in in tests.
type importFunc func(ctx context.Context, st *store.Store, paths []string, opts corpus.ImportOptions) (*corpus.Report, error)

// importer runs imports in the background and shows their progress in a
// bar at the bottom of the window.
type importer struct {
	u   *ui
	run importFunc

	mu     sync.Mutex
	stop   context.CancelFunc // non-nil while an import runs
	done   chan struct{}      // closed when the running import ends
	report *corpus.Report     // the last finished import's report

	bar      *fyne.Container
	progress *widget.ProgressBarInfinite
	files    *flowText
	current  *widget.Label
	cancelB  *widget.Button
}

func newImporter(u *ui) *importer {
	return &importer{u: u, run: corpus.Import}
}

// buildBar builds the progress bar, hidden until an import starts.
func (im *importer) buildBar() fyne.CanvasObject {
	im.progress = widget.NewProgressBarInfinite()
	im.progress.Stop()
	im.files = newFlowText("", nil)
	im.files.OneLine = true
	im.current = &widget.Label{Truncation: fyne.TextTruncateEllipsis}
	im.cancelB = widget.NewButton(lang.L("Cancel"), im.cancel)
	im.bar = container.NewBorder(nil, nil, nil, im.cancelB, container.NewVBox(im.files, container.NewStack(im.progress, im.current)))
	running := im.running()
	if !running {
		im.bar.Hide()
	} else {
		im.progress.Start()
	}
	return im.bar
}

// running tells whether an import is under way.
func (im *importer) running() bool {
	im.mu.Lock()
	defer im.mu.Unlock()
	return im.stop != nil
}

// cancel stops the running import between articles; it is safe to call
// when none runs.
func (im *importer) cancel() {
	im.mu.Lock()
	stop := im.stop
	im.mu.Unlock()
	if stop != nil {
		stop()
	}
}

// wait blocks until the running import, if any, has ended.
func (im *importer) wait() {
	im.mu.Lock()
	done := im.done
	im.mu.Unlock()
	if done != nil {
		<-done
	}
}

// start imports paths into the open corpus in the background. It must be
// called on the UI goroutine.
func (im *importer) start(paths []string) {
	if len(paths) == 0 {
		return
	}
	im.mu.Lock()
	if im.stop != nil {
		im.mu.Unlock()
		dialog.ShowInformation(lang.L("Import running"), lang.L("Wait for the import to finish or cancel it first."), im.u.win)
		return
	}
	ctx, stop := context.WithCancel(context.Background())
	im.stop, im.done = stop, make(chan struct{})
	im.mu.Unlock()

	im.bar.Show()
	im.progress.Start()
	im.cancelB.Enable()
	im.files.SetText(lang.L("Reading…"), nil)
	im.current.SetText(strings.Join(baseNames(paths), ", "))

	st := im.u.st
	go im.runImport(ctx, st, paths)
}

// runImport runs on its own goroutine and reports to the widgets through
// fyne.Do, at most every progressEvery.
func (im *importer) runImport(ctx context.Context, st *store.Store, paths []string) {
	var lastShown, lastRefresh time.Time
	rep, err := im.run(ctx, st, paths, corpus.ImportOptions{Progress: func(p corpus.Progress) {
		now := time.Now()
		if now.Sub(lastShown) < progressEvery && !p.Done {
			return
		}
		lastShown = now
		refresh := now.Sub(lastRefresh) >= refreshEvery
		if refresh {
			lastRefresh = now
		}
		uiDo(func() {
			im.showProgress(p)
			if refresh {
				im.u.articles.refresh()
			}
		})
	}})
	im.mu.Lock()
	stop, done := im.stop, im.done
	im.stop, im.done = nil, nil
	im.report = rep
	im.mu.Unlock()
	stop()
	uiDo(func() {
		im.progress.Stop()
		im.bar.Hide()
		im.u.refreshAll()
		if err != nil {
			dialog.ShowError(err, im.u.win)
		}
		if rep != nil {
			im.showReport(rep)
		}
	})
	close(done)
}

// showProgress shows the counts and the file being read.
func (im *importer) showProgress(p corpus.Progress) {
	im.files.SetText(lang.L("{{.Files}} files · {{.Imported}} articles · {{.Duplicates}} duplicates · {{.Refused}} refused",
		map[string]any{"Files": p.Files, "Imported": p.Imported, "Duplicates": p.Duplicates, "Refused": p.Refused}), nil)
	im.current.SetText(p.Current)
}

// showReport ends an import with what was imported, skipped and refused,
// and a button that copies the report.
func (im *importer) showReport(rep *corpus.Report) {
	text := reportText(rep)
	title := lang.L("Import finished")
	if rep.Cancelled {
		title = lang.L("Import cancelled")
	}
	summary := widget.NewLabel(lang.L("{{.Imported}} imported, {{.Duplicates}} duplicates, {{.Refused}} refused",
		map[string]any{"Imported": rep.Imported, "Duplicates": rep.Duplicates, "Refused": rep.Refused}))
	lines := strings.Split(strings.TrimSpace(text), "\n")
	detail := widget.NewList(func() int { return len(lines) },
		func() fyne.CanvasObject { return &widget.Label{Truncation: fyne.TextTruncateEllipsis} },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(lines[i]) })
	copyB := widget.NewButton(lang.L("Copy"), func() {
		im.u.app.Clipboard().SetContent(text)
	})
	content := container.NewBorder(summary, copyB, nil, nil, detail)
	d := dialog.NewCustom(title, lang.L("Close"), content, im.u.win)
	d.Resize(fyne.NewSize(720, 460))
	d.Show()
}

// reportText is the report as plain lines: refused files first, with
// their reasons, then duplicates, then imported files.
func reportText(rep *corpus.Report) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d\n%s: %d\n%s: %d\n", lang.L("Imported"), rep.Imported, lang.L("Duplicates"), rep.Duplicates, lang.L("Refused"), rep.Refused)
	if rep.Cancelled {
		b.WriteString(lang.L("The import was cancelled; import the same files again to complete it.") + "\n")
	}
	for _, status := range []string{corpus.StatusRefused, corpus.StatusDuplicate, corpus.StatusImported} {
		for _, r := range rep.Results {
			if r.Status != status {
				continue
			}
			switch status {
			case corpus.StatusRefused:
				fmt.Fprintf(&b, "%s: %s — %s\n", lang.L("refused"), r.File, r.Reason)
			case corpus.StatusDuplicate:
				fmt.Fprintf(&b, "%s: %s — #%d\n", lang.L("duplicate"), r.File, r.DuplicateOf)
			default:
				fmt.Fprintf(&b, "%s: %s — #%d\n", lang.L("imported"), r.File, r.ArticleID)
			}
		}
	}
	return b.String()
}

// onDropped imports what was dropped anywhere on the window.
// Files dropped while the corpus is still opening are imported once it is
// open.
func (u *ui) onDropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	for _, uri := range uris {
		if uri.Scheme() == "file" {
			paths = append(paths, uri.Path())
		}
	}
	if u.st == nil {
		u.dropped = append(u.dropped, paths...)
		return
	}
	u.imp.start(paths)
}

// onImport asks for files or a folder to import.
func (u *ui) onImport() {
	if !u.hasCorpus() {
		return
	}
	var d dialog.Dialog
	files := widget.NewButton(lang.L("Files or zip archive…"), func() {
		d.Hide()
		fd := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil || r == nil {
				u.showError(err)
				return
			}
			p := r.URI().Path()
			r.Close()
			u.imp.start([]string{p})
		}, u.win)
		fd.Show()
	})
	folder := widget.NewButton(lang.L("Folder…"), func() {
		d.Hide()
		fd := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
			if err != nil || l == nil {
				u.showError(err)
				return
			}
			u.imp.start([]string{l.Path()})
		}, u.win)
		fd.Show()
	})
	hint := widget.NewLabel(lang.L("Or drop files, folders and zip archives anywhere on the window."))
	d = dialog.NewCustom(lang.L("Import…"), lang.L("Cancel"), container.NewVBox(files, folder, hint), u.win)
	d.Show()
}

func baseNames(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = filepath.Base(p)
	}
	return out
}
