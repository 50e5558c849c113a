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
	cv := flag.Int("cv", 0, "with k > 1: report k-fold cross-validated accuracy (folds of whole articles) and write nothing")
	minCount := flag.Int("min", 0, "keep only features seen in at least this many examples")
	learnEval := flag.Bool("learn-eval", false, "measure learning from corrections on the development gold and write nothing")
	flag.Parse()
	if *learnEval {
		if err := measureLearning(*dir, sharedDir(*shared)); err != nil {
			fmt.Fprintln(os.Stderr, "marsad-train:", err)
			os.Exit(1)
		}
		return
	}
	opt = analyze.TrainOptions{Epochs: *epochs, L2: *l2}
	excluded = *exclude
	folds, minFeat = *cv, *minCount
	if err := run(*dir, sharedDir(*shared), *out); err != nil {
		fmt.Fprintln(os.Stderr, "marsad-train:", err)
		os.Exit(1)
	}
}

var (
	opt      analyze.TrainOptions
	excluded string
	folds    int
	minFeat  int
)

func sharedDir(flagged string) string { return news.SharedDir(flagged) }

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
	a, _, err := news.NewAnalyzer(dir)
	if err != nil {
		return err
	}
	var paths []string
	for _, path := range TrainingFiles(dir, shared) {
		if !strings.Contains(filepath.Base(path), "heldout") && filepath.Base(path) != excluded {
			paths = append(paths, path)
		}
	}
	arts, err := articleExamples(a, news.CorpusDir(shared), paths)
	if err != nil {
		return err
	}
	if folds > 1 {
		crossValidate(arts, folds)
		return nil
	}
	temp := crossValidate(arts, 5)
	exs := pruneFeatures(flatten(arts), minFeat)
	counts := map[string]int{}
	for _, e := range exs {
		counts[e.Label]++
	}
	m := analyze.Train(exs, opt)
	m.Temperature = temp
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

// pruneFeatures drops the features seen in fewer than min examples.
func pruneFeatures(exs []analyze.Example, min int) []analyze.Example {
	if min <= 1 {
		return exs
	}
	n := map[string]int{}
	for _, e := range exs {
		for _, f := range e.Features {
			n[f]++
		}
	}
	out := make([]analyze.Example, len(exs))
	for i, e := range exs {
		out[i] = e
		out[i].Features = nil
		for _, f := range e.Features {
			if n[f] >= min {
				out[i].Features = append(out[i].Features, f)
			}
		}
	}
	return out
}

// crossValidate trains on k-1 folds of articles and measures the label
// accuracy on the k-th, for each fold, and prints the total. It returns
// the temperature that calibrates the held-out folds' confidence.
func crossValidate(arts [][]analyze.Example, k int) float64 {
	var scores [][]float64
	var labels []string
	right, total := 0.0, 0.0
	perLabel := map[string][2]float64{}
	for f := 0; f < k; f++ {
		var train, test []analyze.Example
		for i, e := range arts {
			if i%k == f {
				test = append(test, e...)
			} else {
				train = append(train, e...)
			}
		}
		m := analyze.Train(pruneFeatures(train, minFeat), opt)
		for _, e := range test {
			scores = append(scores, m.Scores(e.Features))
			labels = append(labels, e.Label)
			p := m.Probabilities(e.Features)
			best := 0
			for i := range p {
				if p[i] > p[best] {
					best = i
				}
			}
			w := e.Weight
			if w == 0 {
				w = 1
			}
			pl := perLabel[e.Label]
			pl[1] += w
			total += w
			if analyze.ModelLabels[best] == e.Label {
				right += w
				pl[0] += w
			}
			perLabel[e.Label] = pl
		}
	}
	fmt.Printf("%d-fold cross-validated accuracy %.3f;", k, right/total)
	macro := 0.0
	for _, l := range analyze.ModelLabels {
		pl := perLabel[l]
		if pl[1] > 0 {
			fmt.Printf(" %s %.2f (%.0f)", l, pl[0]/pl[1], pl[1])
			macro += pl[0] / pl[1]
		}
	}
	t := analyze.FitTemperature(scores, labels)
	fmt.Printf("; mean recall per label %.3f; temperature %.2f\n", macro/float64(len(analyze.ModelLabels)), t)
	return t
}

// measureLearning measures learning from a user's corrections on the
// development gold: a model learned from the project's training gold
// alone (never the development gold) scores four fifths of the
// development articles; then the stances of the other fifth are taken as
// the user's corrections (analyze.Learn) and the same four fifths are
// scored again.
func measureLearning(dir, shared string) error {
	a, lx, err := news.NewAnalyzer(dir)
	if err != nil {
		return err
	}
	corpus := news.CorpusDir(shared)
	arts, err := articleExamples(a, corpus, TrainingFiles(dir, shared)[1:])
	if err != nil {
		return err
	}
	base := analyze.Train(flatten(arts), analyze.TrainOptions{})
	base.Temperature = lx.Model.Temperature
	dev, err := news.Load(filepath.Join(shared, "gold", "dev_2015.json"), corpus)
	if err != nil {
		return err
	}
	corrected, rest := dev.Split(5)
	fixArts, err := news.Examples(a, corrected)
	if err != nil {
		return err
	}
	fixes := flatten(fixArts)
	before, err := news.Score(a.WithModel(base), rest)
	if err != nil {
		return err
	}
	after, err := news.Score(a.WithModel(analyze.Learn(base, fixes)), rest)
	if err != nil {
		return err
	}
	fmt.Printf("learning from corrections: %d corrected statements in %d development articles; scored on the other %d\n", len(fixes), len(corrected.Articles), len(rest.Articles))
	fmt.Printf("  before: stance agreement %s of all speakers, %s of those found, macro-F1 %.3f\n", before.StanceAll, before.StanceFound, before.MacroF1)
	fmt.Printf("  after:  stance agreement %s of all speakers, %s of those found, macro-F1 %.3f\n", after.StanceAll, after.StanceFound, after.MacroF1)
	return nil
}

// articleExamples reads the gold files and returns their training
// examples, article by article.
func articleExamples(a *analyze.Analyzer, corpus string, paths []string) ([][]analyze.Example, error) {
	var arts [][]analyze.Example
	for _, path := range paths {
		f, err := news.Load(path, corpus)
		if err != nil {
			return nil, err
		}
		e, err := news.Examples(a, f)
		if err != nil {
			return nil, err
		}
		arts = append(arts, e...)
		fmt.Printf("%s: %d articles\n", filepath.Base(path), len(e))
	}
	return arts, nil
}

func flatten(arts [][]analyze.Example) []analyze.Example {
	var out []analyze.Example
	for _, e := range arts {
		out = append(out, e...)
	}
	return out
}
