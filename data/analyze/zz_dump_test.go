package analyze

import (
	"fmt"
	"os"
	"sort"
	"testing"
)

func TestZZDump(t *testing.T) {
	if os.Getenv("ZZ") == "" {
		t.Skip()
	}
	arts := loadSaudiNewsNet(t, 2000)
	a := testAnalyzer(t)
	cnt := map[string]int{}
	rules := map[string]int{}
	pats := map[string]int{}
	for _, art := range arts {
		r := a.Article(art)
		for _, m := range r.Mentions {
			rules[m.Rule]++
		}
		for _, act := range r.NewActors {
			cnt[act.Kind+" | "+act.Name]++
		}
		for _, s := range r.Statements {
			pats[s.Pattern]++
		}
	}
	type kv struct {
		k string
		v int
	}
	var list []kv
	for k, v := range cnt {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].v > list[j].v })
	for _, x := range list[:min(80, len(list))] {
		fmt.Println(x.v, x.k)
	}
	fmt.Println(rules, pats, len(cnt))
}
