package store

import (
	"context"
	"fmt"
)

// StatementCounts returns how many statements each of the articles has
// (articles without any are left out), for the article list.
func (s *Store) StatementCounts(ctx context.Context, ids []int64) (map[int64]int, error) {
	out := map[int64]int{}
	for start := 0; start < len(ids); start += 500 {
		chunk := ids[start:min(start+500, len(ids))]
		rows, err := s.r.QueryContext(ctx, `SELECT article_id, count(*) FROM statement_actors
			WHERE article_id IN (`+placeholders(len(chunk))+`) GROUP BY article_id`, int64Args(chunk)...)
		if err != nil {
			return nil, fmt.Errorf("count statements: %w", err)
		}
		for rows.Next() {
			var id int64
			var n int
			if err := rows.Scan(&id, &n); err != nil {
				rows.Close()
				return nil, fmt.Errorf("count statements: %w", err)
			}
			out[id] = n
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("count statements: %w", err)
		}
	}
	return out, nil
}

// StatementArticles returns the articles the statements with these ids
// are in, each once, in id order.
func (s *Store) StatementArticles(ctx context.Context, ids []int64) ([]int64, error) {
	seen := map[int64]bool{}
	var out []int64
	for start := 0; start < len(ids); start += 500 {
		chunk := ids[start:min(start+500, len(ids))]
		rows, err := s.r.QueryContext(ctx, `SELECT DISTINCT article_id FROM statements WHERE id IN (`+placeholders(len(chunk))+`) ORDER BY article_id`,
			int64Args(chunk)...)
		if err != nil {
			return nil, fmt.Errorf("find statements' articles: %w", err)
		}
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, fmt.Errorf("find statements' articles: %w", err)
			}
			if !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("find statements' articles: %w", err)
		}
	}
	return out, nil
}

// ListArticlePage returns limit articles from offset of the list that
// ListArticles gives for f (newest first, undated last), reading the
// dated and the undated articles apart so that the date index gives the
// order: a page deep in a large corpus costs a walk of the index, not a
// sort of every article. f.Limit and f.Offset are ignored.
func (s *Store) ListArticlePage(ctx context.Context, f ArticleFilter, offset, limit int) ([]ArticleSummary, error) {
	where, args, err := f.where()
	if err != nil {
		return nil, err
	}
	and := func(cond string) string {
		if where == "" {
			return " WHERE " + cond
		}
		return where + " AND " + cond
	}
	var dated int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM articles a"+and("a.date <> ''"), args...).Scan(&dated); err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	const cols = `SELECT a.id, a.title, a.source, a.date, a.date_origin, a.author, a.url, a.file, a.words FROM articles a`
	var out []ArticleSummary
	read := func(q string, off, n int) error {
		rows, err := s.r.QueryContext(ctx, q+fmt.Sprintf(" LIMIT %d OFFSET %d", n, off), args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var a ArticleSummary
			if err := rows.Scan(&a.ID, &a.Title, &a.Source, &a.Date, &a.DateOrigin, &a.Author, &a.URL, &a.File, &a.Words); err != nil {
				return err
			}
			out = append(out, a)
		}
		return rows.Err()
	}
	if offset < dated {
		if err := read(cols+and("a.date <> ''")+" ORDER BY a.date DESC, a.id DESC", offset, limit); err != nil {
			return nil, fmt.Errorf("list articles: %w", err)
		}
	}
	if rest := limit - len(out); rest > 0 {
		if err := read(cols+and("a.date = ''")+" ORDER BY a.id DESC", max(0, offset-dated), rest); err != nil {
			return nil, fmt.Errorf("list articles: %w", err)
		}
	}
	return out, nil
}
