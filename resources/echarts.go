package resources

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
)

// The js directory always holds its README, so the package builds before
// the generated library has been placed there.
//
//go:embed js
var scripts embed.FS

// ErrNoECharts is returned by ECharts when the library was not embedded at
// build time, i.e. scripts/deps.sh had not been run.
var ErrNoECharts = errors.New("echarts.min.js not embedded: run scripts/deps.sh (make deps) and rebuild")

// ECharts returns the source of the pinned Apache ECharts build
// (dist/echarts.min.js), embedded from resources/js.
func ECharts() ([]byte, error) {
	b, err := fs.ReadFile(scripts, "js/echarts.min.js")
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ErrNoECharts
	}
	if err != nil {
		return nil, fmt.Errorf("read echarts: %w", err)
	}
	return b, nil
}
