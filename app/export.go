package app

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"marsad/data/corpus"
	"marsad/data/store"
)

// exportArticles writes every article to dir/articles.csv and
// dir/articles.json.
func exportArticles(ctx context.Context, st *store.Store, dir string) (int, error) {
	if _, _, err := corpus.ExportFile(ctx, st, corpus.FormatCSV, dir); err != nil {
		return 0, err
	}
	_, n, err := corpus.ExportFile(ctx, st, corpus.FormatJSON, dir)
	return n, err
}

// onExportData asks for a folder and writes the corpus's articles there
// as CSV and JSON.
func (u *ui) onExportData() {
	if !u.hasCorpus() {
		return
	}
	dialog.ShowFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil || l == nil {
			u.showError(err)
			return
		}
		dir, st := l.Path(), u.st
		goBackground(func() {
			n, err := exportArticles(context.Background(), st, dir)
			if err != nil {
				u.showError(err)
				return
			}
			uiDo(func() {
				dialog.ShowInformation(lang.L("Export data…"), lang.L("{{.N}} articles written to {{.Dir}} (articles.csv, articles.json).", map[string]any{"N": n, "Dir": dir}), u.win)
			})
		})
	}, u.win)
}
