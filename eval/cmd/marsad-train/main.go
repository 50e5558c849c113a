// Command marsad-train learns the stance model from the annotated real
// statements (the shared development gold and the project's training
// gold in eval/gold, never the held-out part) and writes it where Marsad
// embeds it:
//
//	marsad-train [-dir eval] [-shared ../shared] [-o resources/lexicon/stance_model.tsv]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"marsad/data/analyze"
	"marsad/eval/news"
)

func main() {
	dir := flag.String("dir", "eval", "the evaluation folder (gold/)")
	shared := flag.String("shared", "", "the shared reference folder (default $MARSAD_SHARED, else ../shared)")
	out := flag.String("o", filepath.Join("resources", "lexicon", "stance_model.tsv"), "the model file to write")
	epochs := flag.Int("epochs", 0, "training passes (0: the default)")
	l2 := flag.Float64("l2", 0, "weight decay (0: the default)")
	exclude := flag.String("exclude", "", "leave out the gold file of this name (to measure on it)")
	flag.Parse()
	opt = analyze.TrainOptions{Epochs: *epochs, L2: *l2}
	excluded = *exclude
	if err := run(*dir, sharedDir(*shared), *out); err != nil {
		fmt.Fprintln(os.Stderr, "marsad-train:", err)
		os.Exit(1)
	}
}

var (
	opt      analyze.TrainOptions
	excluded string
)

func sharedDir(flagged string) string {
	if flagged != "" {
		return flagged
	}
	if d := os.Getenv("MARSAD_SHARED"); d != "" {
		return d
	}
	return filepath.Join("..", "shared")
}

// TrainingFiles are the gold files the model learns from: the shared
// development gold and eval/gold/train*_2015.json; held-out files are
// never among them.
func TrainingFiles(dir, shared string) []string {
	files := []string{filepath.Join(shared, "gold", "dev_2015.json")}
	more, _ := filepath.Glob(filepath.Join(dir, "gold", "train*_2015.json"))
	return append(files, more...)
}

func run(dir, shared, out string) error {
	start := time.Now()
	lx, err := analyze.DefaultLexicon()
	if err != nil {
		return err
	}
	topics, err := news.LoadTopics(filepath.Join(dir, "gold", "topics.json"))
	if err != nil {
		return err
	}
	a := analyze.New(lx, news.Topics(topics))
	corpus := filepath.Join(shared, "corpora", "saudinewsnet")
	var exs []analyze.Example
	for _, path := range TrainingFiles(dir, shared) {
		if strings.Contains(filepath.Base(path), "heldout") || filepath.Base(path) == excluded {
			continue
		}
		f, err := news.Load(path, corpus)
		if err != nil {
			return err
		}
		e, err := news.Examples(a, f)
		if err != nil {
			return err
		}
		fmt.Printf("%s: %d examples\n", filepath.Base(path), len(e))
		exs = append(exs, e...)
	}
	counts := map[string]int{}
	for _, e := range exs {
		counts[e.Label]++
	}
	m := analyze.Train(exs, opt)
	fh, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := m.Write(fh); err != nil {
		fh.Close()
		return err
	}
	if err := fh.Close(); err != nil {
		return err
	}
	fmt.Printf("%d examples %v, %d features; wrote %s in %s\n", len(exs), counts, len(m.Weights), out, time.Since(start).Round(time.Millisecond))
	return nil
}
