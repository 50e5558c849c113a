package app

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"marsad/data"
)

// articleWalker visits every article of a corpus.
type articleWalker interface {
	EachArticle(ctx context.Context, fn func(*data.Article) error) error
}

// exportedArticle is one article in a JSON export.
type exportedArticle struct {
	ID     int64  `json:"id"`
	Title  string `json:"title"`
	Source string `json:"source"`
	Author string `json:"author,omitempty"`
	URL    string `json:"url,omitempty"`
	Date   string `json:"date"`
	File   string `json:"file"`
	Words  int    `json:"words"`
	Body   string `json:"body"`
}

// exportArticles writes every article to dir/articles.csv and
// dir/articles.json.
func exportArticles(ctx context.Context, st articleWalker, dir string) (int, error) {
	cf, err := os.Create(filepath.Join(dir, "articles.csv"))
	if err != nil {
		return 0, fmt.Errorf("export articles: %w", err)
	}
	defer cf.Close()
	jf, err := os.Create(filepath.Join(dir, "articles.json"))
	if err != nil {
		return 0, fmt.Errorf("export articles: %w", err)
	}
	defer jf.Close()
	cw := csv.NewWriter(cf)
	cw.Write([]string{"id", "title", "source", "author", "url", "date", "file", "words", "body"})
	enc := json.NewEncoder(jf)
	enc.SetEscapeHTML(false)
	n := 0
	jf.WriteString("[\n")
	err = st.EachArticle(ctx, func(a *data.Article) error {
		cw.Write([]string{strconv.FormatInt(a.ID, 10), a.Title, a.Source, a.Author, a.URL, a.Date, a.File, strconv.Itoa(a.Words), a.Body})
		if n > 0 {
			jf.WriteString(",")
		}
		n++
		return enc.Encode(exportedArticle{a.ID, a.Title, a.Source, a.Author, a.URL, a.Date, a.File, a.Words, a.Body})
	})
	jf.WriteString("]\n")
	cw.Flush()
	if err == nil {
		err = cw.Error()
	}
	if err != nil {
		return n, fmt.Errorf("export articles: %w", err)
	}
	return n, nil
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
