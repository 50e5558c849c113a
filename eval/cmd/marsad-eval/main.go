// Command marsad-eval scores the actor and stance analysis on the
// evaluation set: marsad-eval [-dir eval] [-v].
package main

import (
	"flag"
	"fmt"
	"os"

	"marsad/data/analyze"
	"marsad/eval"
)

func main() {
	dir := flag.String("dir", "eval", "the evaluation set's folder (topics.tsv, gold.tsv, articles/)")
	verbose := flag.Bool("v", false, "list every miss")
	flag.Parse()
	lx, err := analyze.DefaultLexicon()
	if err == nil {
		var rep eval.Report
		rep, err = eval.Run(*dir, lx)
		if err == nil {
			rep.Print(os.Stdout, *verbose)
			return
		}
	}
	fmt.Fprintln(os.Stderr, "marsad-eval:", err)
	os.Exit(1)
}
