// Package sharedtest finds the shared reference data that Marsad's tests
// and benchmarks use when it is present — the seed articles, the
// SaudiNewsNet archives and the drop tool — and skips the test when it is
// not. The folder is $MARSAD_SHARED, else "shared" beside the module root.
package sharedtest

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// Dir returns the absolute path of the shared folder, after checking that
// sub ("seeds", "corpora/saudinewsnet", "tools"; "" for the folder
// itself) exists in it; otherwise it skips the test.
func Dir(tb testing.TB, sub string) string {
	tb.Helper()
	dir := os.Getenv("MARSAD_SHARED")
	if dir == "" {
		root, ok := moduleRoot()
		if !ok {
			tb.Skip("module root not found, so no shared data")
		}
		dir = filepath.Join(filepath.Dir(root), "shared")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		tb.Skipf("shared data: %v", err)
	}
	if _, err := os.Stat(filepath.Join(abs, sub)); err != nil {
		tb.Skipf("shared data not present: %s", filepath.Join(abs, sub))
	}
	return abs
}

// Seeds returns the seed articles' paths, sorted, or skips the test.
func Seeds(tb testing.TB) []string {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(Dir(tb, "seeds"), "seeds", "*.txt"))
	if len(files) == 0 {
		tb.Skip("no seed articles")
	}
	sort.Strings(files)
	return files
}

// SaudiNewsNet returns the SaudiNewsNet archives' paths, sorted, or skips.
func SaudiNewsNet(tb testing.TB) []string {
	tb.Helper()
	zips, _ := filepath.Glob(filepath.Join(Dir(tb, "corpora/saudinewsnet"), "corpora", "saudinewsnet", "*.zip"))
	if len(zips) == 0 {
		tb.Skip("no SaudiNewsNet archives")
	}
	sort.Strings(zips)
	return zips
}

// moduleRoot walks up from the working directory (a test's package
// folder) to the folder holding go.mod.
func moduleRoot() (string, bool) {
	d, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, true
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", false
		}
		d = parent
	}
}
