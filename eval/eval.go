// Package eval scores Marsad's actor and stance analysis on the
// evaluation set kept beside it: short Arabic news articles written for
// the purpose, each with gold actors and gold stances of its speakers
// toward a topic.
package eval

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"marsad/data"
	"marsad/data/analyze"
)

// Gold is the annotation of one article.
type Gold struct {
	File    string
	Topic   string
	Actors  []string
	Stances map[string]string // speaker name → stance
}

// Score is precision, recall and F1 of one class or of the actors.
type Score struct {
	TP, FP, FN int
	Precision  float64
	Recall     float64
	F1         float64
}

func (s *Score) finish() {
	if s.TP+s.FP > 0 {
		s.Precision = float64(s.TP) / float64(s.TP+s.FP)
	}
	if s.TP+s.FN > 0 {
		s.Recall = float64(s.TP) / float64(s.TP+s.FN)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
}

// Report is the outcome of a run over the evaluation set.
type Report struct {
	Articles      int
	Actors        Score
	Stances       int // gold speaker stances
	StanceCorrect int
	Accuracy      float64
	MacroF1       float64
	PerStance     map[string]*Score
	Extra         int      // speakers given a stance the gold does not list
	Errors        []string // one line per miss, for reading
}

// Load reads topics.tsv, gold.tsv and the articles under dir.
func Load(dir string) ([]analyze.Topic, []Gold, error) {
	var topics []analyze.Topic
	err := eachLine(filepath.Join(dir, "topics.tsv"), func(f []string) error {
		if len(f) < 2 {
			return fmt.Errorf("topic line needs a name and keywords")
		}
		topics = append(topics, analyze.Topic{Name: f[0], Keywords: strings.Split(f[1], "|")})
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	var golds []Gold
	err = eachLine(filepath.Join(dir, "gold.tsv"), func(f []string) error {
		if len(f) < 4 {
			return fmt.Errorf("gold line needs file, topic, actors and stances")
		}
		g := Gold{File: f[0], Topic: f[1], Actors: strings.Split(f[2], "|"), Stances: map[string]string{}}
		for _, p := range strings.Split(f[3], "|") {
			name, st, ok := strings.Cut(p, "=")
			if !ok {
				return fmt.Errorf("stance %q: want name=stance", p)
			}
			g.Stances[name] = st
		}
		golds = append(golds, g)
		return nil
	})
	return topics, golds, err
}

func eachLine(path string, fn func([]string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	return sc.Err()
}

// ReadArticle reads an article file: its first line is the title.
func ReadArticle(path string) (*data.Article, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read article: %w", err)
	}
	title, body, _ := strings.Cut(string(b), "\n")
	return &data.Article{Title: strings.TrimSpace(title), Body: body, File: filepath.Base(path)}, nil
}

// Run analyses every article of the set under dir with the lexicon lx
// and scores the result against the gold.
func Run(dir string, lx analyze.Lexicon) (Report, error) {
	topics, golds, err := Load(dir)
	if err != nil {
		return Report{}, err
	}
	a := analyze.New(lx, topics)
	rep := Report{PerStance: map[string]*Score{}}
	for _, st := range data.Stances {
		rep.PerStance[st] = &Score{}
	}
	for _, g := range golds {
		art, err := ReadArticle(filepath.Join(dir, "articles", g.File))
		if err != nil {
			return rep, err
		}
		rep.score(a, g, a.Article(art))
	}
	rep.Actors.finish()
	macro := 0.0
	for _, st := range data.Stances {
		rep.PerStance[st].finish()
		macro += rep.PerStance[st].F1
	}
	rep.MacroF1 = macro / float64(len(data.Stances))
	if rep.Stances > 0 {
		rep.Accuracy = float64(rep.StanceCorrect) / float64(rep.Stances)
	}
	return rep, nil
}

// score adds one article's result to the report.
func (rep *Report) score(a *analyze.Analyzer, g Gold, r analyze.Result) {
	rep.Articles++
	found := map[string]string{}
	for _, act := range r.Actors {
		if act.Kind != analyze.KindMedia {
			found[act.Key] = act.Name
		}
	}
	gold := map[string]bool{}
	for _, name := range g.Actors {
		k := a.KeyOf(name)
		gold[k] = true
		if _, ok := found[k]; ok {
			rep.Actors.TP++
		} else {
			rep.Actors.FN++
			rep.Errors = append(rep.Errors, fmt.Sprintf("%s: actor missed: %s", g.File, name))
		}
	}
	for _, k := range sortedKeys(found) {
		if !gold[k] {
			rep.Actors.FP++
			rep.Errors = append(rep.Errors, fmt.Sprintf("%s: actor not in gold: %s", g.File, found[k]))
		}
	}
	sums := analyze.Summarize(r.Statements, g.Topic)
	speakers := map[string]bool{}
	for _, name := range sortedKeys(g.Stances) {
		want := g.Stances[name]
		k := a.KeyOf(name)
		speakers[k] = true
		got := sums[k].Stance
		rep.Stances++
		if got == want {
			rep.StanceCorrect++
			rep.PerStance[want].TP++
			continue
		}
		rep.PerStance[want].FN++
		if sc := rep.PerStance[got]; sc != nil {
			sc.FP++
		}
		if got == "" {
			got = "none"
		}
		rep.Errors = append(rep.Errors, fmt.Sprintf("%s: stance of %s: got %s, want %s", g.File, name, got, want))
	}
	for k := range sums {
		if !speakers[k] {
			rep.Extra++
		}
	}
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Print writes the report's figures, and its errors when verbose.
func (rep *Report) Print(w *os.File, verbose bool) {
	fmt.Fprintf(w, "articles            %d\n", rep.Articles)
	fmt.Fprintf(w, "actors              precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d)\n",
		rep.Actors.Precision, rep.Actors.Recall, rep.Actors.F1, rep.Actors.TP, rep.Actors.FP, rep.Actors.FN)
	fmt.Fprintf(w, "stance              accuracy %.3f  macro-F1 %.3f  (%d of %d speakers; %d extra speakers with a stance)\n",
		rep.Accuracy, rep.MacroF1, rep.StanceCorrect, rep.Stances, rep.Extra)
	for _, st := range data.Stances {
		s := rep.PerStance[st]
		fmt.Fprintf(w, "  %-12s      precision %.3f  recall %.3f  F1 %.3f\n", st, s.Precision, s.Recall, s.F1)
	}
	if verbose {
		for _, e := range rep.Errors {
			fmt.Fprintln(w, "  "+e)
		}
	}
}
