package corpus

import (
	"context"

	"marsad/data/store"
)

// DefaultStages returns the work run on every imported batch, in order.
func DefaultStages() []Stage {
	return nil
}

// runPending runs the stages on articles that an interrupted import stored
// but did not finish.
func runPending(ctx context.Context, st *store.Store, stages []Stage) error {
	return nil
}
