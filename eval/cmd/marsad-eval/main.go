// Command marsad-eval scores the actor, attribution and stance analysis:
// on real news (the shared development gold and the project's own gold
// in eval/gold, read against the SaudiNewsNet archives) and on the
// written regression set in eval/articles.
//
//	marsad-eval [-dir eval] [-shared ../shared] [-v]
//	marsad-eval -to-offsets quoted.json -o eval/gold/x.json
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"marsad/data/analyze"
	"marsad/eval"
	"marsad/eval/news"
)

func main() {
	dir := flag.String("dir", "eval", "the evaluation folder (topics.tsv, gold.tsv, articles/, gold/)")
	shared := flag.String("shared", "", "the shared reference folder (default $MARSAD_SHARED, else ../shared)")
	verbose := flag.Bool("v", false, "list every miss")
	only := flag.String("only", "", "score only the real gold file of this name (dev_2015.json, train_2015.json, heldout_2015.json)")
	toOffsets := flag.String("to-offsets", "", "convert this quoting gold file to the reference layout and exit")
	out := flag.String("o", "", "with -to-offsets: the file to write")
	explain := flag.String("explain", "", "print the statements Marsad finds in this text file (first line: title) and exit")
	audit := flag.Bool("audit", false, "analyse every SaudiNewsNet record and report the actors found: names that start with a detachable clitic, the most mentioned, a sample of proposed merges")
	flag.Parse()
	if *audit {
		if err := auditCorpus(filepath.Join(sharedDir(*shared), "corpora", "saudinewsnet")); err != nil {
			fmt.Fprintln(os.Stderr, "marsad-eval:", err)
			os.Exit(1)
		}
		return
	}
	if *explain != "" {
		if err := explainFile(*dir, *explain); err != nil {
			fmt.Fprintln(os.Stderr, "marsad-eval:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*dir, sharedDir(*shared), *verbose, *only, *toOffsets, *out); err != nil {
		fmt.Fprintln(os.Stderr, "marsad-eval:", err)
		os.Exit(1)
	}
}

func sharedDir(flagged string) string { return news.SharedDir(flagged) }

func run(dir, shared string, verbose bool, only, toOffsets, out string) error {
	corpus := news.CorpusDir(shared)
	if toOffsets != "" {
		f, err := news.Load(toOffsets, corpus)
		if err != nil {
			return err
		}
		if err := news.ToOffsets(f); err != nil {
			return err
		}
		b, err := json.MarshalIndent(f, "", " ")
		if err != nil {
			return err
		}
		return os.WriteFile(out, append(b, '\n'), 0o644)
	}
	a, lx, err := news.NewAnalyzer(dir)
	if err != nil {
		return err
	}
	files := []string{filepath.Join(shared, "gold", "dev_2015.json")}
	more, _ := filepath.Glob(filepath.Join(dir, "gold", "*_2015.json"))
	files = append(files, more...)
	if _, err := os.Stat(corpus); err != nil {
		fmt.Printf("real news: %s not present, not scored\n", corpus)
		files = nil
	}
	for _, path := range files {
		if only != "" && filepath.Base(path) != only {
			continue
		}
		f, err := news.Load(path, corpus)
		if err != nil {
			return err
		}
		rep, err := news.Score(a, f)
		if err != nil {
			return err
		}
		rep.Print(os.Stdout, verbose)
	}
	if only != "" {
		return nil
	}
	lx.Model = nil
	rep, err := eval.Run(dir, lx)
	if err != nil {
		return err
	}
	fmt.Println("written regression set (eval/articles; hand rules, the stance model off):")
	rep.Print(os.Stdout, verbose)
	return nil
}

// explainFile prints each statement of one article: speaker, pattern,
// topic, stance and the sentence.
func explainFile(dir, path string) error {
	a, _, err := news.NewAnalyzer(dir)
	if err != nil {
		return err
	}
	var r analyze.Result
	if strings.HasPrefix(path, "http") {
		shared := sharedDir("")
		corpus := news.CorpusDir(shared)
		files, _ := filepath.Glob(filepath.Join(dir, "gold", "*_2015.json"))
		for _, gf := range append([]string{filepath.Join(shared, "gold", "dev_2015.json")}, files...) {
			f, err := news.Load(gf, corpus)
			if err != nil {
				return err
			}
			if g, ok := f.Articles[path]; ok {
				p, err := news.Analyze(a, g)
				if err != nil {
					return err
				}
				r = p.Result
				fmt.Println("author:", p.Article.Author)
				fmt.Println(p.Article.Title)
				fmt.Println(p.Article.Body)
				break
			}
		}
	} else {
		art, err := eval.ReadArticle(path)
		if err != nil {
			return err
		}
		r = a.Article(art)
	}
	for _, act := range r.Actors {
		fmt.Printf("actor %s [%s] %v\n", act.Name, act.Kind, act.Aliases)
	}
	for _, m := range r.Mentions {
		fmt.Printf("mention %s %s [%d:%d]\n", m.Name, m.Rule, m.Start, m.End)
	}
	for _, st := range r.Statements {
		fmt.Printf("%s | %s %s | %s %s %.2f | %s\n", st.Speaker, st.Pattern, st.Verb, st.TopicName, st.Stance, st.Confidence, st.Sentence)
	}
	return nil
}
