package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// sharedDir returns the shared data folder (MARSAD_SHARED, or ../shared
// next to the module root), skipping the test when it is absent.
func sharedDir(t testing.TB, sub string) string {
	t.Helper()
	dir := os.Getenv("MARSAD_SHARED")
	if dir == "" {
		wd, err := os.Getwd()
		if err != nil {
			t.Fatal(err)
		}
		for d := wd; ; d = filepath.Dir(d) {
			if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
				dir = filepath.Join(filepath.Dir(d), "shared")
				break
			}
			if filepath.Dir(d) == d {
				t.Skip("module root not found")
			}
		}
	}
	p := filepath.Join(dir, sub)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data not available: %v", err)
	}
	return p
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
