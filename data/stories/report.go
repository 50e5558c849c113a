package stories

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"marsad/data"
)

// headlineFloor is the headline similarity under which two headlines are
// taken to frame the event differently.
const headlineFloor = 0.35

// actorInfo is what one side has of one actor.
type actorInfo struct {
	mentions, statements int
	stances              []string
}

func actorsOf(s Side) map[string]*actorInfo {
	m := map[string]*actorInfo{}
	get := func(a string) *actorInfo {
		if m[a] == nil {
			m[a] = &actorInfo{}
		}
		return m[a]
	}
	for _, mn := range s.Mentions {
		get(mn.Actor).mentions++
	}
	for _, st := range s.Statements {
		ai := get(st.Actor)
		ai.statements++
		if st.Stance != "" {
			ai.stances = append(ai.stances, st.Stance)
		}
	}
	return m
}

// prevailing returns the most frequent stance, a committed stance winning
// over neutral and ties going by data.Stances order; "" for none.
func prevailing(stances []string) string {
	best, bestN := "", 0
	for _, s := range data.Stances {
		n := 0
		for _, x := range stances {
			if x == s {
				n++
			}
		}
		if s == data.StanceNeutral && bestN > 0 {
			break
		}
		if n > bestN {
			best, bestN = s, n
		}
	}
	return best
}

func sideReports(sides []Side, texts []sideText, paired [][]bool) ([]SideReport, []ActorRow) {
	infos := make([]map[string]*actorInfo, len(sides))
	for i, s := range sides {
		infos[i] = actorsOf(s)
	}
	reports := make([]SideReport, len(sides))
	for i, s := range sides {
		r := SideReport{ID: s.ID, File: s.File, Source: s.Source, Date: s.Date, Title: s.Title, Sentences: len(texts[i].sents)}
		r.Only = OnlyHere{Sentences: []SentenceRef{}, Actors: []string{}, Statements: []Statement{}}
		for name, ai := range infos[i] {
			r.Actors = append(r.Actors, ActorStance{Actor: name, Stance: prevailing(ai.stances), Stances: ai.stances,
				Mentions: ai.mentions, Statements: ai.statements})
			if !inOthers(infos, i, name) {
				r.Only.Actors = append(r.Only.Actors, name)
			}
		}
		slices.SortFunc(r.Actors, func(a, b ActorStance) int {
			return cmp.Or(cmp.Compare(b.Mentions+b.Statements, a.Mentions+a.Statements), strings.Compare(a.Actor, b.Actor))
		})
		slices.Sort(r.Only.Actors)
		for k, ref := range texts[i].sents {
			if !paired[i][k] {
				r.Only.Sentences = append(r.Only.Sentences, ref)
			}
		}
		for _, st := range s.Statements {
			st.ArticleRef, st.Sentence = s.ID, sentenceOf(texts[i].sents, st)
			if st.Sentence >= 0 && !paired[i][st.Sentence] {
				r.Only.Statements = append(r.Only.Statements, st)
			}
		}
		reports[i] = r
	}
	return reports, actorRows(sides, infos)
}

func inOthers(infos []map[string]*actorInfo, i int, name string) bool {
	for j := range infos {
		if j != i && infos[j][name] != nil {
			return true
		}
	}
	return false
}

// sentenceOf returns the index of the body sentence a statement starts
// in, or -1 for a headline statement or one outside every sentence.
func sentenceOf(sents []SentenceRef, st Statement) int {
	if st.InTitle {
		return -1
	}
	for k, s := range sents {
		if st.Start >= s.Start && st.Start < s.End {
			return k
		}
	}
	return -1
}

func actorRows(sides []Side, infos []map[string]*actorInfo) []ActorRow {
	weight := map[string]int{}
	for _, m := range infos {
		for name, ai := range m {
			weight[name] += ai.mentions + ai.statements
		}
	}
	rows := make([]ActorRow, 0, len(weight))
	for name := range weight {
		row := ActorRow{Actor: name, StancesByArticle: map[string]string{}}
		for i, m := range infos {
			if ai := m[name]; ai != nil {
				row.StancesByArticle[strconv.FormatInt(sides[i].ID, 10)] = prevailing(ai.stances)
			}
		}
		rows = append(rows, row)
	}
	slices.SortFunc(rows, func(a, b ActorRow) int {
		return cmp.Or(cmp.Compare(weight[b.Actor], weight[a.Actor]), strings.Compare(a.Actor, b.Actor))
	})
	return rows
}

// differences flags stances that differ, actors quoted on one side only,
// and headlines that frame the event differently.
func differences(sides []Side, texts []sideText, reports []SideReport) []Difference {
	out := []Difference{}
	byActor := map[string]map[int]ActorStance{}
	var names []string
	for i, r := range reports {
		for _, a := range r.Actors {
			if byActor[a.Actor] == nil {
				byActor[a.Actor] = map[int]ActorStance{}
				names = append(names, a.Actor)
			}
			byActor[a.Actor][i] = a
		}
	}
	slices.Sort(names)
	for _, name := range names {
		out = append(out, actorDifferences(sides, name, byActor[name])...)
	}
	for i := range sides {
		for j := i + 1; j < len(sides); j++ {
			if d, ok := headlineDifference(sides, texts, i, j); ok {
				out = append(out, d)
			}
		}
	}
	return out
}

func actorDifferences(sides []Side, name string, per map[int]ActorStance) []Difference {
	var out []Difference
	var stanced, quoting, silent []int64
	var parts []string
	seen := map[string]bool{}
	for i, s := range sides {
		a, ok := per[i]
		if ok && a.Stance != "" {
			stanced = append(stanced, s.ID)
			seen[a.Stance] = true
			parts = append(parts, fmt.Sprintf("%s in %d", a.Stance, s.ID))
		}
		if ok && a.Statements > 0 {
			quoting = append(quoting, s.ID)
		} else {
			silent = append(silent, s.ID)
		}
	}
	if len(seen) > 1 {
		out = append(out, Difference{Kind: DiffStance, Actor: name, Articles: stanced,
			Detail: name + ": " + strings.Join(parts, ", ")})
	}
	if len(quoting) > 0 && len(silent) > 0 {
		var how []string
		for i, s := range sides {
			if _, named := per[i]; slices.Contains(silent, s.ID) {
				if named {
					how = append(how, fmt.Sprintf("%d names but does not quote", s.ID))
				} else {
					how = append(how, fmt.Sprintf("%d leaves out", s.ID))
				}
			}
		}
		out = append(out, Difference{Kind: DiffQuoted, Actor: name, Articles: quoting, Missing: silent,
			Detail: fmt.Sprintf("%s quoted in %s; %s", name, joinIDs(quoting), strings.Join(how, "; "))})
	}
	return out
}

func joinIDs(ids []int64) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = strconv.FormatInt(id, 10)
	}
	return strings.Join(s, ", ")
}

// headlineDifference flags two headlines that share little: it names the
// words each leads with that the other lacks, the actors each names, and
// the stance each states.
func headlineDifference(sides []Side, texts []sideText, i, j int) (Difference, bool) {
	a, b := sides[i], sides[j]
	if strings.TrimSpace(a.Title) == "" || strings.TrimSpace(b.Title) == "" {
		return Difference{}, false
	}
	sim := dice(texts[i].title, texts[j].title)
	if sim >= headlineFloor {
		return Difference{}, false
	}
	detail := fmt.Sprintf("headline similarity %.2f; %s; %s", sim,
		headlineSide(a, texts[j].title), headlineSide(b, texts[i].title))
	return Difference{Kind: DiffHeadline, Articles: []int64{a.ID, b.ID}, Detail: detail}, true
}

func headlineSide(s Side, other sentSet) string {
	var only []string
	for _, w := range strings.Fields(s.Title) {
		k := TermKey(w)
		if k == "" {
			continue
		}
		if _, shared := slices.BinarySearch(other.hashes, HashKey(k)); !shared && !slices.Contains(only, w) {
			only = append(only, strings.Trim(w, "\"«»“”:،,.!?؟()"))
		}
	}
	part := fmt.Sprintf("%d: «%s»", s.ID, strings.Join(only, " "))
	var actors []string
	for _, m := range s.Mentions {
		if m.InTitle && !slices.Contains(actors, m.Actor) {
			actors = append(actors, m.Actor)
		}
	}
	if len(actors) > 0 {
		part += " names " + strings.Join(actors, ", ")
	}
	for _, st := range s.Statements {
		if st.InTitle && st.Stance != "" {
			part += fmt.Sprintf(", %s %s", st.Actor, st.Stance)
		}
	}
	return part
}
