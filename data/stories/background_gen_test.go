package stories

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestWriteBackground writes the background table from the SaudiNewsNet
// corpus to the file named by MARSAD_WRITE_BACKGROUND: every term key
// found in at least 0.2% of its articles, with its share. It runs only
// when asked.
func TestWriteBackground(t *testing.T) {
	out := os.Getenv("MARSAD_WRITE_BACKGROUND")
	if out == "" {
		t.Skip("set MARSAD_WRITE_BACKGROUND=path to write the table")
	}
	arts := readSaudiNewsNet(t)
	df := map[string]int{}
	for _, a := range arts {
		seen := map[string]bool{}
		for _, k := range keys(a.Title+"\n"+a.Body, false) {
			if !seen[k] {
				seen[k] = true
				df[k]++
			}
		}
	}
	type row struct {
		key string
		n   int
	}
	var rows []row
	for k, n := range df {
		if n*500 >= len(arts) {
			rows = append(rows, row{k, n})
		}
	}
	slices.SortFunc(rows, func(a, b row) int { return cmp.Or(cmp.Compare(b.n, a.n), strings.Compare(a.key, b.key)) })
	var b strings.Builder
	fmt.Fprintf(&b, "# Marsad background document frequencies for story grouping.\n")
	fmt.Fprintf(&b, "# Columns (tab-separated): term key (stories.TermKey: normalised Light10\n")
	fmt.Fprintf(&b, "# stem, proclitic and foreign letters folded), share of news articles\n")
	fmt.Fprintf(&b, "# it occurs in. Counted over %d Arabic news articles from 14 outlets\n", len(arts))
	fmt.Fprintf(&b, "# (July-August 2015); keys in fewer than 0.2%% of articles are left out.\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "%s\t%.5f\n", r.key, float64(r.n)/float64(len(arts)))
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
