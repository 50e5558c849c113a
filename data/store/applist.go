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
