package ingest

import (
	"context"
	"path/filepath"
	"testing"

	"marsad/data/sharedtest"
)

// sharedDir returns a folder of the shared data, skipping the test when
// it is absent.
func sharedDir(t testing.TB, sub string) string {
	t.Helper()
	return filepath.Join(sharedtest.Dir(t, sub), sub)
}

// walkAll collects every item Walk gives for paths.
func walkAll(t testing.TB, opts Options, paths ...string) []Item {
	t.Helper()
	var items []Item
	err := Walk(context.Background(), paths, opts, func(it Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return items
}
