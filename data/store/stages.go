package store

import (
	"context"
	"fmt"
)

// Stage columns of the articles table: the version of each kind of work
// last run on an article.
const (
	StageAnalysis = "analysis_version"
	StageStories  = "stories_version"
)

func checkStage(col string) error {
	if col != StageAnalysis && col != StageStories {
		return fmt.Errorf("unknown stage column %q", col)
	}
	return nil
}

// Pending returns up to limit IDs of articles whose stage column is below
// version: stored by an import that was interrupted, or analysed by an
// older Marsad.
func (s *Store) Pending(ctx context.Context, stage string, version, limit int) ([]int64, error) {
	if err := checkStage(stage); err != nil {
		return nil, err
	}
	rows, err := s.w.QueryContext(ctx, "SELECT id FROM articles WHERE "+stage+" < ? ORDER BY id LIMIT ?", version, limit)
	if err != nil {
		return nil, fmt.Errorf("find pending articles: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("find pending articles: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// MarkStage records that a stage at version has run on the articles.
func (s *Store) MarkStage(ctx context.Context, stage string, version int, ids []int64) error {
	if err := checkStage(stage); err != nil {
		return err
	}
	for start := 0; start < len(ids); start += 500 {
		chunk := ids[start:min(start+500, len(ids))]
		args := append([]any{version}, int64Args(chunk)...)
		if _, err := s.w.ExecContext(ctx, "UPDATE articles SET "+stage+" = ? WHERE id IN ("+placeholders(len(chunk))+")", args...); err != nil {
			return fmt.Errorf("mark articles done: %w", err)
		}
	}
	return nil
}
