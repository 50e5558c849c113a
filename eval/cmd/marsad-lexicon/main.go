// Command marsad-lexicon derives the common-word list of the analyser
// (resources/lexicon/common_words.tsv) from the SaudiNewsNet archives:
// the normalised word forms found in at least -df of the articles. The
// analyser never takes such a word for part of a name it does not know,
// unless the gazetteer or the given-name list has it.
//
//	marsad-lexicon [-shared ../shared] [-df 0.004] [-o resources/lexicon/common_words.tsv]
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"marsad/data/arabic"
	"marsad/eval/news"
)

func main() {
	shared := flag.String("shared", filepath.Join("..", "shared"), "the shared reference folder")
	df := flag.Float64("df", 0.004, "the least share of articles a common word occurs in")
	out := flag.String("o", filepath.Join("resources", "lexicon", "common_words.tsv"), "the file to write")
	flag.Parse()
	if err := run(*shared, *df, *out); err != nil {
		fmt.Fprintln(os.Stderr, "marsad-lexicon:", err)
		os.Exit(1)
	}
}

func run(shared string, minDF float64, out string) error {
	zips, _ := filepath.Glob(filepath.Join(shared, "corpora", "saudinewsnet", "*.zip"))
	if len(zips) == 0 {
		return fmt.Errorf("no archives under %s", shared)
	}
	count := map[string]int{}
	n := 0
	for _, z := range zips {
		recs, err := news.ReadArchive(z)
		if err != nil {
			return err
		}
		for _, r := range recs {
			seen := map[string]bool{}
			for _, w := range arabic.Words(r["title"] + "\n" + r["content"]) {
				if arabic.HasArabic(w) && !seen[w] {
					seen[w] = true
					count[w]++
				}
			}
			n++
		}
	}
	var words []string
	for w, c := range count {
		if float64(c) >= minDF*float64(n) {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	fmt.Fprintf(bw, "# Marsad common words: normalised word forms found in at least %.1f%% of %d news articles\n", minDF*100, n)
	fmt.Fprintf(bw, "# (SaudiNewsNet, July-August 2015; make lexicon). A word here is never taken for part of a name\n")
	fmt.Fprintf(bw, "# the analyser does not know, unless the gazetteer or the given-name list has it.\n")
	for _, w := range words {
		fmt.Fprintln(bw, w)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	fmt.Printf("%d articles, %d common words; wrote %s\n", n, len(words), out)
	return f.Close()
}
