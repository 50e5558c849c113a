package stories

import (
	"bufio"
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"marsad/resources"
)

// BackgroundFile is the embedded lexicon file with the background
// document frequencies.
const BackgroundFile = "stems_df.tsv"

// backgroundDocs is how many documents the background counts as next to
// the corpus: enough to tell common words from rare ones in a corpus of
// a handful of articles, little next to a corpus of thousands.
const backgroundDocs = 1000

// Background holds how common term keys are in news in general, as the
// share of articles they occur in. It keeps IDF weights sensible when a
// corpus is too small to show which words are common.
type Background struct {
	share map[uint32]float64
}

// ParseBackground reads a background table: lines of term key, tab, share
// of articles (0..1]; blank lines and lines starting with # are skipped.
func ParseBackground(b []byte) (*Background, error) {
	bg := &Background{share: map[uint32]float64{}}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, val, ok := strings.Cut(line, "\t")
		share, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
		if !ok || err != nil || share <= 0 || share > 1 || key == "" {
			return nil, fmt.Errorf("parse background line %d: %q", n, line)
		}
		bg.share[HashKey(key)] = share
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read background: %w", err)
	}
	return bg, nil
}

// Len returns the number of term keys in the table.
func (bg *Background) Len() int {
	if bg == nil {
		return 0
	}
	return len(bg.share)
}

var defaultBG = sync.OnceValues(func() (*Background, error) {
	b, err := resources.ReadLexicon(BackgroundFile)
	if err != nil {
		return nil, fmt.Errorf("read background: %w", err)
	}
	return ParseBackground(b)
})

// DefaultBackground returns the background table shipped with Marsad.
func DefaultBackground() (*Background, error) { return defaultBG() }
