package app

import (
	"os"
	"path/filepath"
	"testing"
)

// TestMain removes the corpus the benchmarks imported, if any.
func TestMain(m *testing.M) {
	code := m.Run()
	if benchCorpusPath != "" {
		os.RemoveAll(filepath.Dir(benchCorpusPath))
	}
	os.Exit(code)
}
