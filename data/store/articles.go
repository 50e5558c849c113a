package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"marsad/data"
	"marsad/data/arabic"
)

// Added is what happened to one article handed to AddArticles.
type Added struct {
	ID        int64 // the new article's ID, or the ID of the article it duplicates
	Duplicate bool  // its normalised text was already in the corpus
}

// Prepared is an article with its full-text index text worked out, so
// that the costly part of storing it can run before the write
// transaction, in another goroutine.
type Prepared struct {
	Article               *data.Article
	IndexTitle, IndexBody string
}

// Prepare works out an article's index text (arabic.IndexText).
func Prepare(a *data.Article) Prepared {
	return Prepared{Article: a, IndexTitle: arabic.IndexText(a.Title), IndexBody: arabic.IndexText(a.Body)}
}

// AddArticles stores a batch of articles in one transaction, with their
// full-text index rows. An article whose hash is already in the corpus
// (or earlier in the batch) is not stored and is reported as a duplicate.
// Either the whole batch is stored or none of it.
func (s *Store) AddArticles(ctx context.Context, arts []*data.Article) ([]Added, error) {
	ps := make([]Prepared, len(arts))
	for i, a := range arts {
		ps[i] = Prepare(a)
	}
	return s.AddPrepared(ctx, ps)
}

// AddPrepared is AddArticles for articles already prepared.
func (s *Store) AddPrepared(ctx context.Context, arts []Prepared) ([]Added, error) {
	out := make([]Added, len(arts))
	err := s.Tx(ctx, func(tx *sql.Tx) error {
		ins, err := tx.PrepareContext(ctx, `INSERT INTO articles
			(hash, title, body, source, author, url, date, date_origin, date_confidence, file, words, marks, imported_at)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(hash) DO NOTHING`)
		if err != nil {
			return err
		}
		defer ins.Close()
		fts, err := tx.PrepareContext(ctx, "INSERT INTO articles_fts(rowid, title, body) VALUES (?,?,?)")
		if err != nil {
			return err
		}
		defer fts.Close()
		now := time.Now().UTC().Format(time.RFC3339)
		for i, p := range arts {
			a := p.Article
			if err := validate(a); err != nil {
				return err
			}
			marks, _ := json.Marshal(nonNilMarks(a.Marks))
			res, err := ins.ExecContext(ctx, a.Hash, a.Title, a.Body, a.Source, a.Author, a.URL, a.Date,
				dateOrigin(a), a.DateConfidence, a.File, a.Words, string(marks), now)
			if err != nil {
				return fmt.Errorf("store article %s: %w", a.File, err)
			}
			if n, _ := res.RowsAffected(); n == 0 {
				out[i].Duplicate = true
				if err := tx.QueryRowContext(ctx, "SELECT id FROM articles WHERE hash = ?", a.Hash).Scan(&out[i].ID); err != nil {
					return fmt.Errorf("find duplicate of %s: %w", a.File, err)
				}
				continue
			}
			id, _ := res.LastInsertId()
			out[i].ID = id
			a.ID = id
			if _, err := fts.ExecContext(ctx, id, p.IndexTitle, p.IndexBody); err != nil {
				return fmt.Errorf("index article %s: %w", a.File, err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("add articles: %w", err)
	}
	return out, nil
}

func validate(a *data.Article) error {
	if a.Hash == "" || strings.TrimSpace(a.Body) == "" {
		return fmt.Errorf("article %q has no text or no hash: %w", a.File, data.ErrInvalid)
	}
	return nil
}

func nonNilMarks(m []data.Mark) []data.Mark {
	if m == nil {
		return []data.Mark{}
	}
	return m
}

func dateOrigin(a *data.Article) string {
	if a.DateOrigin == "" {
		if a.Date == "" {
			return data.DateUnknown
		}
		return data.DateMetadata
	}
	return a.DateOrigin
}

// HasHash reports whether an article with this content hash is stored.
func (s *Store) HasHash(ctx context.Context, hash string) (bool, error) {
	var n int
	err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM articles WHERE hash = ?", hash).Scan(&n)
	return n > 0, err
}

const articleCols = `id, hash, title, body, source, author, url, date, date_origin, date_confidence, file, words, marks, imported_at`

func scanArticle(sc interface{ Scan(...any) error }) (*data.Article, error) {
	var a data.Article
	var marks, imported string
	if err := sc.Scan(&a.ID, &a.Hash, &a.Title, &a.Body, &a.Source, &a.Author, &a.URL, &a.Date, &a.DateOrigin,
		&a.DateConfidence, &a.File, &a.Words, &marks, &imported); err != nil {
		return nil, err
	}
	_ = json.Unmarshal([]byte(marks), &a.Marks)
	a.ImportedAt, _ = time.Parse(time.RFC3339, imported)
	return &a, nil
}

// Article returns one article with its text.
func (s *Store) Article(ctx context.Context, id int64) (*data.Article, error) {
	a, err := scanArticle(s.r.QueryRowContext(ctx, "SELECT "+articleCols+" FROM articles WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %d: %w", id, data.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read article %d: %w", id, err)
	}
	return a, nil
}

// ArticlesByID returns the articles with these IDs, with their text, in
// ID order.
func (s *Store) ArticlesByID(ctx context.Context, ids []int64) ([]*data.Article, error) {
	var out []*data.Article
	for start := 0; start < len(ids); start += 500 {
		chunk := ids[start:min(start+500, len(ids))]
		q := "SELECT " + articleCols + " FROM articles WHERE id IN (" + placeholders(len(chunk)) + ") ORDER BY id"
		rows, err := s.r.QueryContext(ctx, q, int64Args(chunk)...)
		if err != nil {
			return nil, fmt.Errorf("read articles: %w", err)
		}
		for rows.Next() {
			a, err := scanArticle(rows)
			if err != nil {
				rows.Close()
				return nil, fmt.Errorf("read articles: %w", err)
			}
			out = append(out, a)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("read articles: %w", err)
		}
	}
	return out, nil
}

// EachArticle calls fn for every article, with its text, in ID order,
// reading in pages so that memory stays flat on large corpora.
func (s *Store) EachArticle(ctx context.Context, fn func(*data.Article) error) error {
	var last int64
	for {
		rows, err := s.r.QueryContext(ctx, "SELECT "+articleCols+" FROM articles WHERE id > ? ORDER BY id LIMIT 1000", last)
		if err != nil {
			return fmt.Errorf("read articles: %w", err)
		}
		var page []*data.Article
		for rows.Next() {
			a, err := scanArticle(rows)
			if err != nil {
				rows.Close()
				return fmt.Errorf("read articles: %w", err)
			}
			page = append(page, a)
		}
		rows.Close()
		if len(page) == 0 {
			return rows.Err()
		}
		for _, a := range page {
			if err := fn(a); err != nil {
				return err
			}
		}
		last = page[len(page)-1].ID
	}
}

// ArticleEdit holds the metadata a user may change; nil fields stay.
type ArticleEdit struct {
	Title, Source, Author, Date *string
}

// UpdateArticle changes an article's title, source, author or date. A
// date set here has origin "user". The title is re-indexed.
func (s *Store) UpdateArticle(ctx context.Context, id int64, e ArticleEdit) error {
	if e.Date != nil && *e.Date != "" {
		if _, err := time.Parse("2006-01-02", *e.Date); err != nil {
			return fmt.Errorf("date %q is not YYYY-MM-DD: %w", *e.Date, data.ErrInvalid)
		}
	}
	return s.Tx(ctx, func(tx *sql.Tx) error {
		a, err := scanArticle(tx.QueryRowContext(ctx, "SELECT "+articleCols+" FROM articles WHERE id = ?", id))
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("article %d: %w", id, data.ErrNotFound)
		}
		if err != nil {
			return fmt.Errorf("update article %d: %w", id, err)
		}
		oldTitle := a.Title
		if e.Title != nil {
			a.Title = *e.Title
		}
		if e.Source != nil {
			a.Source = *e.Source
		}
		if e.Author != nil {
			a.Author = *e.Author
		}
		origin, conf := a.DateOrigin, a.DateConfidence
		if e.Date != nil {
			a.Date = *e.Date
			origin, conf = data.DateUser, 1
			if a.Date == "" {
				origin, conf = data.DateUnknown, 0
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET title=?, source=?, author=?, date=?, date_origin=?, date_confidence=? WHERE id=?`,
			a.Title, a.Source, a.Author, a.Date, origin, conf, id); err != nil {
			return fmt.Errorf("update article %d: %w", id, err)
		}
		if oldTitle != a.Title {
			if _, err := tx.ExecContext(ctx, "DELETE FROM articles_fts WHERE rowid = ?", id); err != nil {
				return fmt.Errorf("reindex article %d: %w", id, err)
			}
			if _, err := tx.ExecContext(ctx, "INSERT INTO articles_fts(rowid, title, body) VALUES (?,?,?)",
				id, arabic.IndexText(a.Title), arabic.IndexText(a.Body)); err != nil {
				return fmt.Errorf("reindex article %d: %w", id, err)
			}
		}
		return nil
	})
}

func placeholders(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat("?,", n-1) + "?"
}

func int64Args(ids []int64) []any {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return args
}
