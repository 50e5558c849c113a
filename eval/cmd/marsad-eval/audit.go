package main

import (
	"encoding/json"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"marsad/data/analyze"
	"marsad/data/arabic"
	"marsad/data/ingest"
	"marsad/eval/news"
)

// auditCorpus analyses every record of the archives and reports what a
// researcher would see in the actor list: how many actors, how many new
// (not in the gazetteer) persons, the names that begin with a detachable
// clitic (و، ف، ب، ل، ك، لل) though the rest is a name, the most mentioned
// new persons, and every twentieth proposed merge, to check by hand.
func auditCorpus(dir string) error {
	lx, err := analyze.DefaultLexicon()
	if err != nil {
		return err
	}
	a := analyze.New(lx, nil)
	zips, _ := filepath.Glob(filepath.Join(dir, "*.zip"))
	if len(zips) == 0 {
		return fmt.Errorf("no archives in %s", dir)
	}
	type count struct {
		name, kind string
		n          int
		isNew      bool
	}
	actors := map[string]*count{}
	var merges []string
	cliticAliases := map[string]bool{}
	articles := 0
	for _, z := range zips {
		recs, err := news.ReadArchive(z)
		if err != nil {
			return err
		}
		for _, rec := range recs {
			b, _ := json.Marshal([]map[string]string{rec})
			items := ingest.ReadBytes("r.json", b, ingest.Options{})
			if len(items) != 1 || items[0].Article == nil {
				continue
			}
			articles++
			r := a.Article(items[0].Article)
			isNew := map[string]bool{}
			for _, act := range r.NewActors {
				isNew[act.Key] = true
			}
			for _, act := range r.Actors {
				for _, al := range act.Aliases {
					if startsWithClitic(a, al) {
						cliticAliases[act.Name+" ← "+al] = true
					}
				}
				c := actors[act.Key]
				if c == nil {
					c = &count{name: act.Name, kind: act.Kind, isNew: isNew[act.Key]}
					actors[act.Key] = c
				}
				c.n++
			}
			for _, m := range r.ProposedMerges {
				merges = append(merges, m.Surface+" → "+m.ActorKey)
			}
		}
	}
	var all []*count
	persons, newPersons := 0, 0
	var clitic []string
	for _, c := range actors {
		all = append(all, c)
		if c.kind == analyze.KindPerson {
			persons++
			if c.isNew {
				newPersons++
			}
		}
		if startsWithClitic(a, c.name) {
			clitic = append(clitic, fmt.Sprintf("%s (%d)", c.name, c.n))
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].n > all[j].n || all[i].n == all[j].n && all[i].name < all[j].name })
	fmt.Printf("%d articles: %d actors (%d persons, %d of them not in the gazetteer)\n", articles, len(all), persons, newPersons)
	sort.Strings(clitic)
	fmt.Printf("names that begin with a detachable clitic: %d\n", len(clitic))
	for _, c := range clitic {
		fmt.Println("  " + c)
	}
	fmt.Printf("aliases that begin with a detachable clitic: %d\n", len(cliticAliases))
	for _, c := range slices.Sorted(maps.Keys(cliticAliases)) {
		fmt.Println("  " + c)
	}
	fmt.Println("most mentioned actors:")
	for i, c := range all {
		if i == 80 {
			break
		}
		fmt.Printf("  %s [%s] (%d)\n", c.name, c.kind, c.n)
	}
	fmt.Println("most mentioned persons not in the gazetteer:")
	shown := 0
	for _, c := range all {
		if c.kind == analyze.KindPerson && c.isNew && shown < 60 {
			fmt.Printf("  %s (%d)\n", c.name, c.n)
			shown++
		}
	}
	step := max(1, len(merges)/50)
	fmt.Printf("proposed merges: %d; one in %d:\n", len(merges), step)
	for i := 0; i < len(merges); i += step {
		fmt.Println("  " + merges[i])
	}
	return nil
}

// startsWithClitic reports whether a name's first word is a detachable
// clitic glued to a word that is itself the start of a name (a given
// name, a gazetteer name, or a word with the article): وياسر القحطاني,
// للملك سلمان. Names that begin with those letters (وليد، فهد، بشار) are
// names and are not counted.
func startsWithClitic(a *analyze.Analyzer, name string) bool {
	w, _, _ := strings.Cut(name, " ")
	n := arabic.Normalize(w)
	if a.IsNameWord(n) {
		return false
	}
	for _, p := range []string{"لل", "و", "ف", "ب", "ل", "ك"} {
		rest, ok := strings.CutPrefix(n, p)
		if !ok || utf8.RuneCountInString(rest) < 2 {
			continue
		}
		if a.IsNameWord(rest) || strings.HasPrefix(rest, "ال") && utf8.RuneCountInString(rest) > 3 {
			return true
		}
	}
	return false
}
