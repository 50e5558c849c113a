package corpus

import (
	"context"
	"fmt"

	"marsad/data/store"
)

// DefaultStages returns the work run on every imported batch, in order:
// analysis, then story grouping.
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
		if err := s.Run(ctx, st, ids); err != nil {
			return fmt.Errorf("%s: %w", s.Name, err)
		}
		if s.Column != "" {
			if err := st.MarkStage(ctx, s.Column, s.Version, ids); err != nil {
				return err
			}
		}
	}
	return nil
}

// runPending runs each stage on the articles it has not run on at its
// current version: those an interrupted import stored but did not finish,
// or those an older Marsad analysed.
func runPending(ctx context.Context, st *store.Store, stages []Stage) error {
	for _, s := range stages {
		if s.Column == "" {
			continue
		}
		for {
			ids, err := st.Pending(ctx, s.Column, s.Version, 500)
			if err != nil {
				return err
			}
			if len(ids) == 0 {
				break
			}
			if err := runStages(ctx, st, []Stage{s}, ids); err != nil {
				return err
			}
		}
	}
	return nil
}
