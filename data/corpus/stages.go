package corpus

import (
	"context"
	"fmt"

	"marsad/data/store"
)

// DefaultStages returns the work an import runs: the analysis on every
// stored batch, then story grouping once on all the new articles.
func DefaultStages() []Stage {
	return []Stage{AnalysisStage(), StoriesStage()}
}

// runStages runs each stage on the articles of a stored batch and records
// that it did.
func runStages(ctx context.Context, st *store.Store, stages []Stage, ids []int64) error {
	if len(ids) == 0 {
		return nil
	}
	for _, s := range stages {
		if s.AtEnd {
			continue // runPending runs it after the last batch
		}
		if err := s.runOn(ctx, st, ids); err != nil {
			return err
		}
	}
	return nil
}

// runOn runs the stage on the articles and records that it did.
func (s Stage) runOn(ctx context.Context, st *store.Store, ids []int64) error {
	if err := s.Run(ctx, st, ids); err != nil {
		return fmt.Errorf("%s: %w", s.Name, err)
	}
	if s.Column != "" {
		return st.MarkStage(ctx, s.Column, s.Version, ids)
	}
	return nil
}

// pendingChunk is how many pending articles a per-batch stage takes at a
// time; a stage run at the end takes them all at once.
const pendingChunk = 500

// runPending runs each stage on the articles it has not run on at its
// current version: those of this import for stages run at the end, those
// an interrupted import stored but did not finish, and those an older
// Marsad analysed.
func runPending(ctx context.Context, st *store.Store, stages []Stage, starting func(stage string)) error {
	for _, s := range stages {
		if s.Column == "" {
			continue
		}
		if starting != nil {
			starting(s.Name)
		}
		limit := pendingChunk
		if s.AtEnd {
			limit = 1 << 30
		}
		for {
			ids, err := st.Pending(ctx, s.Column, s.Version, limit)
			if err != nil {
				return err
			}
			if len(ids) == 0 {
				break
			}
			if err := s.runOn(ctx, st, ids); err != nil {
				return err
			}
		}
	}
	return nil
}
