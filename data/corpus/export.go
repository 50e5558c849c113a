package corpus

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"marsad/data"
)

// Export formats.
const (
	FormatCSV  = "csv"
	FormatJSON = "json"
)

// articleWalker visits every article of a corpus (store.Store does).
type articleWalker interface {
	EachArticle(ctx context.Context, fn func(*data.Article) error) error
}

// ExportedArticle is one article in an export: its metadata and text.
type ExportedArticle struct {
	ID             int64       `json:"id"`
	Title          string      `json:"title"`
	Source         string      `json:"source"`
	Date           string      `json:"date"`
	DateOrigin     string      `json:"date_origin"`
	DateConfidence float64     `json:"date_confidence"`
	Author         string      `json:"author"`
	URL            string      `json:"url"`
	File           string      `json:"file"`
	Words          int         `json:"words"`
	Text           string      `json:"text"`
	Marks          []data.Mark `json:"marks"`
}

func exported(a *data.Article) ExportedArticle {
	return ExportedArticle{ID: a.ID, Title: a.Title, Source: a.Source, Date: a.Date, DateOrigin: a.DateOrigin,
		DateConfidence: a.DateConfidence, Author: a.Author, URL: a.URL, File: a.File, Words: a.Words,
		Text: a.Body, Marks: a.Marks}
}

// ExportFile writes every article to dir/articles.<format> and returns
// the file's path and the number of articles written.
func ExportFile(ctx context.Context, st articleWalker, format, dir string) (string, int, error) {
	if format != FormatCSV && format != FormatJSON {
		return "", 0, fmt.Errorf("export: format %q is not csv or json: %w", format, data.ErrInvalid)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", 0, fmt.Errorf("export: %w", err)
	}
	path := filepath.Join(dir, "articles."+format)
	f, err := os.Create(path)
	if err != nil {
		return "", 0, fmt.Errorf("export: %w", err)
	}
	var n int
	if format == FormatCSV {
		n, err = ExportCSV(ctx, st, f)
	} else {
		n, err = ExportJSON(ctx, st, f)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return path, n, fmt.Errorf("export: %w", err)
	}
	return path, n, nil
}

// ExportJSON writes every article as one JSON array, one article a line.
func ExportJSON(ctx context.Context, st articleWalker, w io.Writer) (int, error) {
	if _, err := io.WriteString(w, "[\n"); err != nil {
		return 0, err
	}
	n := 0
	err := st.EachArticle(ctx, func(a *data.Article) error {
		b, err := json.Marshal(exported(a))
		if err != nil {
			return err
		}
		if n > 0 {
			if _, err := io.WriteString(w, ",\n"); err != nil {
				return err
			}
		}
		n++
		_, err = w.Write(b)
		return err
	})
	if err != nil {
		return n, err
	}
	_, err = io.WriteString(w, "\n]\n")
	return n, err
}

// ExportCSV writes every article as CSV with a header row, in UTF-8 with
// a byte-order mark so that spreadsheet programs read Arabic right.
func ExportCSV(ctx context.Context, st articleWalker, w io.Writer) (int, error) {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return 0, err
	}
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "title", "source", "date", "date_origin", "date_confidence", "author", "url", "file", "words", "text"})
	n := 0
	err := st.EachArticle(ctx, func(a *data.Article) error {
		n++
		return cw.Write([]string{strconv.FormatInt(a.ID, 10), a.Title, a.Source, a.Date, a.DateOrigin,
			strconv.FormatFloat(a.DateConfidence, 'f', 2, 64), a.Author, a.URL, a.File, strconv.Itoa(a.Words), a.Body})
	})
	if err != nil {
		return n, err
	}
	cw.Flush()
	return n, cw.Error()
}
