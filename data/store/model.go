package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// LearnedModel is the stance model a corpus learned from its corrections.
type LearnedModel struct {
	Weights   string // TSV, as analyze.Model.Write writes it
	Examples  int
	LearnedAt time.Time
}

// StanceModel returns the corpus's learned stance model; ok is false
// when it has none (the shipped model applies).
func (s *Store) StanceModel(ctx context.Context) (m LearnedModel, ok bool, err error) {
	var at string
	err = s.w.QueryRowContext(ctx, "SELECT weights, examples, learned_at FROM stance_model WHERE id = 1").Scan(&m.Weights, &m.Examples, &at)
	if err == sql.ErrNoRows {
		return m, false, nil
	}
	if err != nil {
		return m, false, fmt.Errorf("read stance model: %w", err)
	}
	m.LearnedAt, _ = time.Parse(time.RFC3339, at)
	return m, true, nil
}

// SetStanceModel stores the corpus's learned stance model.
func (s *Store) SetStanceModel(ctx context.Context, m LearnedModel) error {
	_, err := s.w.ExecContext(ctx, `INSERT INTO stance_model(id, weights, examples, learned_at) VALUES (1, ?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET weights = excluded.weights, examples = excluded.examples, learned_at = excluded.learned_at`,
		m.Weights, m.Examples, m.LearnedAt.UTC().Format(time.RFC3339))
	if err != nil {
		return fmt.Errorf("store stance model: %w", err)
	}
	return nil
}

// ForgetStanceModel removes the learned model: the shipped one applies
// again.
func (s *Store) ForgetStanceModel(ctx context.Context) error {
	if _, err := s.w.ExecContext(ctx, "DELETE FROM stance_model"); err != nil {
		return fmt.Errorf("forget stance model: %w", err)
	}
	return nil
}
