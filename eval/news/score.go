package news

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"marsad/data"
	"marsad/data/analyze"
	"marsad/data/arabic"
	"marsad/data/ingest"
)

// Key is the scoring key of a name, as the gold's README defines it:
// normalised (presentation forms, alef, ya, ta marbuta, Persian letters,
// marks), quotes and brackets dropped, and on each word a leading و or ف,
// then the article (ال، لل) or one proclitic ب، ل، ك on words of four
// letters or more, stripped.
func Key(s string) string {
	n := arabic.Normalize(s)
	n = strings.Map(func(r rune) rune {
		switch r {
		case '"', '\'', '(', ')', '[', ']', '{', '}', '<', '>':
			return ' '
		}
		return r
	}, n)
	words := strings.Fields(n)
	for i, w := range words {
		words[i] = keyWord(w)
	}
	return strings.Join(words, " ")
}

func keyWord(w string) string {
	cut := func(p string, min int) bool {
		if rest, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(rest) >= min {
			w = rest
			return true
		}
		return false
	}
	_ = cut("و", 3) || cut("ف", 3)
	if !cut("ال", 2) && !cut("لل", 2) && utf8.RuneCountInString(w) >= 4 {
		if cut("ب", 3) || cut("ل", 3) || cut("ك", 3) {
			cut("ال", 2)
		}
	}
	return w
}

// Prediction is Marsad's analysis of one gold article.
type Prediction struct {
	Article *data.Article
	Result  analyze.Result
}

// Analyze reads a gold article's record as Marsad imports it and analyses
// it with a.
func Analyze(a *analyze.Analyzer, g *Article) (Prediction, error) {
	b, err := json.Marshal([]map[string]string{g.record})
	if err != nil {
		return Prediction{}, err
	}
	items := ingest.ReadBytes("record.json", b, ingest.Options{})
	if len(items) != 1 || items[0].Article == nil {
		return Prediction{}, fmt.Errorf("%s: not imported: %v", g.url, items)
	}
	art := items[0].Article
	return Prediction{Article: art, Result: a.Article(art)}, nil
}

// Topics returns the analyser topics of a gold file, named by their
// letter.
func Topics(ts map[string]Topic) []analyze.Topic {
	var out []analyze.Topic
	for _, k := range slices.Sorted(maps.Keys(ts)) {
		out = append(out, analyze.Topic{Name: k, Keywords: ts[k].Keywords})
	}
	return out
}

// Ratio is a count of successes out of a total.
type Ratio struct{ N, Of int }

func (r Ratio) Value() float64 {
	if r.Of == 0 {
		return 0
	}
	return float64(r.N) / float64(r.Of)
}

func (r Ratio) String() string { return fmt.Sprintf("%.3f (%d/%d)", r.Value(), r.N, r.Of) }

// Band is the accuracy of the stances given with a confidence in
// [Low, High).
type Band struct {
	Low, High float64
	Ratio
}

// Report is the score of one gold file.
type Report struct {
	Name            string
	Articles        int
	SpeakerRecall   Ratio // required speakers with a position credited with a statement
	RecallNoAuthors Ratio // the same without opinion authors
	Attribution     Ratio // statements on gold evidence credited to the right speaker
	DoubleCredited  Ratio // sentences credited to two speakers, of those the gold gives one
	ActorPrecision  Ratio
	ActorRecall     Ratio
	Merged          Ratio // must-merge pairs resolved to one actor
	WronglyMerged   Ratio // must-not-merge pairs resolved to one actor
	StanceAll       Ratio // stance right, over every required speaker with a position
	StanceFound     Ratio // stance right, over the speakers found
	MacroF1         float64
	OffTopicStances int // stances given in off-topic articles or to speakers the gold says speak off the topic
	Bands           []Band
	Confusion       map[string]map[string]int // gold → predicted
	Errors          []string
}

// Score analyses every article of f with a and scores the result.
func Score(a *analyze.Analyzer, f *File) (*Report, error) {
	rep := &Report{Name: f.Name, Confusion: map[string]map[string]int{}}
	rep.Bands = []Band{{Low: 0, High: 0.6}, {Low: 0.6, High: 0.75}, {Low: 0.75, High: 0.9}, {Low: 0.9, High: 1.01}}
	preds := map[string]Prediction{}
	for _, url := range f.URLs() {
		g := f.Articles[url]
		p, err := Analyze(a, g)
		if err != nil {
			return nil, err
		}
		preds[url] = p
		rep.Articles++
		rep.article(g, p)
	}
	rep.merges(f, preds)
	rep.MacroF1 = macroF1(rep.Confusion)
	return rep, nil
}

// surfaces returns, per predicted actor key, the scoring keys of every
// name Marsad gave it in the article: its canonical name, its aliases
// and the text of each mention.
func surfaces(p Prediction) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	add := func(k, s string) {
		if out[k] == nil {
			out[k] = map[string]bool{}
		}
		if s = Key(s); s != "" {
			out[k][s] = true
		}
	}
	for _, act := range p.Result.Actors {
		add(act.Key, act.Name)
		for _, al := range act.Aliases {
			add(act.Key, al)
		}
	}
	for _, m := range p.Result.Mentions {
		text := p.Article.Body
		if m.InTitle {
			text = p.Article.Title
		}
		if m.Start >= 0 && m.End <= len(text) && m.Start < m.End {
			add(m.ActorKey, text[m.Start:m.End])
		}
	}
	return out
}

// goldKeys maps each predicted actor key to the gold entry it names: the
// one whose form matches one of its surfaces, the longest form winning.
func goldKeys[V any](surf map[string]map[string]bool, entries map[string]V, forms func(V) []Ref) map[string]string {
	out := map[string]string{}
	for pk, names := range surf {
		best, bestLen := "", 0
		for _, gk := range slices.Sorted(maps.Keys(entries)) {
			for _, f := range forms(entries[gk]) {
				k := Key(f.Text)
				if k != "" && names[k] && len(k) > bestLen {
					best, bestLen = gk, len(k)
				}
			}
		}
		if best != "" {
			out[pk] = best
		}
	}
	return out
}

// overlaps reports whether a statement's sentence and an evidence
// sentence are the same stretch of text (one holds the other, or most of
// their words are shared).
func overlaps(sentence, evidence string) bool {
	a, b := squash(sentence), squash(evidence)
	if a == "" || b == "" {
		return false
	}
	if strings.Contains(a, b) || strings.Contains(b, a) {
		return true
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	set := map[string]bool{}
	for _, w := range wb {
		set[w] = true
	}
	n := 0
	for _, w := range wa {
		if set[w] {
			n++
		}
	}
	return float64(n) >= 0.6*float64(min(len(wa), len(wb))) && n >= 5
}

func squash(s string) string {
	n := arabic.Normalize(s)
	n = strings.Map(func(r rune) rune {
		if arabic.IsWordRune(r) {
			return r
		}
		return ' '
	}, n)
	return strings.Join(strings.Fields(n), " ")
}

// article scores one article.
func (rep *Report) article(g *Article, p Prediction) {
	surf := surfaces(p)
	speakers := g.allSpeakers()
	byKey := map[string]*Speaker{}
	for _, sp := range speakers {
		byKey[sp.key] = sp.s
	}
	toGold := goldKeys(surf, byKey, func(s *Speaker) []Ref { return s.Forms })
	credited := map[string]bool{} // gold keys credited with a statement
	for _, st := range p.Result.Statements {
		if gk, ok := toGold[st.SpeakerKey]; ok {
			credited[gk] = true
		}
	}
	// attribution: statements on a gold evidence sentence
	type sentKey struct {
		title bool
		start int
	}
	sentSpeakers := map[sentKey]map[string]bool{}
	sentText := map[sentKey]string{}
	for _, st := range p.Result.Statements {
		sk := sentKey{st.InTitle, st.SentStart}
		if sentSpeakers[sk] == nil {
			sentSpeakers[sk] = map[string]bool{}
		}
		sentSpeakers[sk][st.SpeakerKey] = true
		sentText[sk] = st.Sentence
	}
	keys := slices.SortedFunc(maps.Keys(sentText), func(a, b sentKey) int {
		if a.title != b.title {
			if a.title {
				return -1
			}
			return 1
		}
		return a.start - b.start
	})
	for _, sk := range keys {
		text := sentText[sk]
		owners := map[string]bool{}
		for _, sp := range speakers {
			for _, ev := range sp.s.Evidence {
				if overlaps(text, ev.Text) {
					owners[sp.key] = true
				}
			}
		}
		if len(owners) == 0 {
			continue
		}
		for pk := range sentSpeakers[sk] {
			rep.Attribution.Of++
			if owners[toGold[pk]] {
				rep.Attribution.N++
			} else {
				name := pk
				rep.errorf("%s: attribution: «%s» credited to %s, gold %v", g.url, short(text), name, slices.Sorted(maps.Keys(owners)))
			}
		}
		if len(owners) == 1 {
			rep.DoubleCredited.Of++
			if len(sentSpeakers[sk]) > 1 {
				rep.DoubleCredited.N++
			}
		}
	}
	// speakers and stance
	for _, sp := range speakers {
		s := sp.s
		if s.Optional || s.Stance == nil || g.Genre == "offtopic" {
			continue
		}
		rep.SpeakerRecall.Of++
		if s.Role != "author" {
			rep.RecallNoAuthors.Of++
		}
		found := credited[sp.key]
		if found {
			rep.SpeakerRecall.N++
			if s.Role != "author" {
				rep.RecallNoAuthors.N++
			}
		} else {
			var got []string
			for _, st := range p.Result.Statements {
				for _, ev := range s.Evidence {
					if overlaps(st.Sentence, ev.Text) {
						got = append(got, st.Speaker+"/"+st.Pattern)
						break
					}
				}
			}
			ev := ""
			if len(s.Evidence) > 0 {
				ev = short(s.Evidence[0].Text)
			}
			rep.errorf("%s: speaker missed: %s (%s) in «%s» credited to %v", g.url, sp.key, firstForm(s), ev, got)
		}
		got, conf := predictedStance(p, toGold, sp.key, sp.topic)
		want := *s.Stance
		right := got == want || contains(s.Accept, got)
		rep.StanceAll.Of++
		if found {
			rep.StanceFound.Of++
		}
		if right {
			rep.StanceAll.N++
			if found {
				rep.StanceFound.N++
			}
		} else if found {
			rep.errorf("%s: stance of %s on %s: got %s, want %s", g.url, sp.key, sp.topic, orNone(got), want)
		}
		lbl := want
		if right {
			lbl = got // an accepted alternative counts as the gold label
		}
		if rep.Confusion[lbl] == nil {
			rep.Confusion[lbl] = map[string]int{}
		}
		rep.Confusion[lbl][orNone(got)]++
		if got != "" {
			for i := range rep.Bands {
				if conf >= rep.Bands[i].Low && conf < rep.Bands[i].High {
					rep.Bands[i].Of++
					if right {
						rep.Bands[i].N++
					}
				}
			}
		}
	}
	// stances where there should be none
	nullKeys := map[string]bool{}
	for _, sp := range speakers {
		if sp.s.Stance == nil {
			nullKeys[sp.key+"|"+sp.topic] = true
		}
	}
	topics := map[string]bool{g.Topic: true}
	for t := range g.Also {
		topics[t] = true
	}
	for _, st := range p.Result.Statements {
		if st.TopicName == "" {
			continue
		}
		gk := toGold[st.SpeakerKey]
		if g.Genre == "offtopic" || !topics[st.TopicName] || nullKeys[gk+"|"+st.TopicName] {
			rep.OffTopicStances++
		}
	}
	// actors
	if g.Actors != nil {
		toActor := goldKeys(surf, g.Actors, func(a *Actor) []Ref { return a.Forms })
		matched := map[string]bool{}
		for _, act := range p.Result.Actors {
			gk, ok := toActor[act.Key]
			if ok && g.Actors[gk].Optional {
				continue
			}
			if ok {
				matched[gk] = true
				rep.ActorPrecision.N++
			} else if act.Kind == analyze.KindMedia {
				continue // an outlet: the gold lists outlets as optional when at all
			} else {
				rep.errorf("%s: actor not in gold: %s", g.url, act.Name)
			}
			rep.ActorPrecision.Of++
		}
		for _, gk := range slices.Sorted(maps.Keys(g.Actors)) {
			if g.Actors[gk].Optional {
				continue
			}
			rep.ActorRecall.Of++
			if matched[gk] {
				rep.ActorRecall.N++
			} else {
				rep.errorf("%s: actor missed: %s (%s)", g.url, gk, firstRef(g.Actors[gk].Forms))
			}
		}
	}
}

// predictedStance is the stance Marsad gives the gold speaker gk on a
// topic (analyze.Summarize over its statements), and its confidence: the
// mean confidence of the statements carrying that stance.
func predictedStance(p Prediction, toGold map[string]string, gk, topic string) (string, float64) {
	sums := analyze.Summarize(p.Result.Statements, topic)
	best, bestN := analyze.Summary{}, -1
	var bestKey string
	for _, pk := range slices.Sorted(maps.Keys(sums)) {
		if toGold[pk] != gk {
			continue
		}
		if s := sums[pk]; s.Statements > bestN {
			best, bestN, bestKey = s, s.Statements, pk
		}
	}
	if bestN < 0 {
		return "", 0
	}
	total, n := 0.0, 0
	for _, st := range p.Result.Statements {
		if st.SpeakerKey == bestKey && st.TopicName == topic && st.Stance == best.Stance {
			total += st.Confidence
			n++
		}
	}
	return best.Stance, total / float64(max(n, 1))
}

// merges scores the pairs of forms that must (and must not) name one
// actor: a form resolves to the actors of the mentions that cover it in
// the gold articles that hold it.
func (rep *Report) merges(f *File, preds map[string]Prediction) {
	resolve := func(form string) map[string]bool {
		out := map[string]bool{}
		for _, url := range f.URLs() {
			p := preds[url]
			for _, m := range p.Result.Mentions {
				text := p.Article.Body
				if m.InTitle {
					text = p.Article.Title
				}
				if m.Start < 0 || m.End > len(text) {
					continue
				}
				if covers(text, m.Start, m.End, form) {
					out[m.ActorKey] = true
				}
			}
		}
		return out
	}
	for _, pair := range f.MustMerge {
		if len(pair) < 2 {
			continue
		}
		rep.Merged.Of++
		a, b := resolve(pair[0]), resolve(pair[1])
		if intersects(a, b) {
			rep.Merged.N++
		} else {
			rep.errorf("merge missed: %s / %s", pair[0], pair[1])
		}
	}
	for _, pair := range f.MustNotMerge {
		if len(pair) < 2 {
			continue
		}
		rep.WronglyMerged.Of++
		if intersects(resolve(pair[0]), resolve(pair[1])) {
			rep.WronglyMerged.N++
			rep.errorf("wrongly merged: %s / %s", pair[0], pair[1])
		}
	}
}

// covers reports whether the mention text[start:end] is the form, or
// the form with words around it (a title, a clitic).
func covers(text string, start, end int, form string) bool {
	m, k := Key(text[start:end]), Key(form)
	if k == "" {
		return false
	}
	return m == k || strings.HasSuffix(m, " "+k) || strings.HasPrefix(m, k+" ")
}

func intersects(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// macroF1 is the mean F1 of the four stances.
func macroF1(conf map[string]map[string]int) float64 {
	sum := 0.0
	for _, st := range data.Stances {
		tp := conf[st][st]
		fp, fn := 0, 0
		for g, row := range conf {
			for p, n := range row {
				if p == st && g != st {
					fp += n
				}
				if g == st && p != st {
					fn += n
				}
			}
		}
		if tp > 0 {
			pr := float64(tp) / float64(tp+fp)
			rc := float64(tp) / float64(tp+fn)
			sum += 2 * pr * rc / (pr + rc)
		}
	}
	return sum / float64(len(data.Stances))
}

func (rep *Report) errorf(format string, args ...any) {
	rep.Errors = append(rep.Errors, fmt.Sprintf(format, args...))
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s && s != "" {
			return true
		}
	}
	return false
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func firstForm(s *Speaker) string { return firstRef(s.Forms) }

func firstRef(rs []Ref) string {
	if len(rs) == 0 {
		return ""
	}
	return rs[0].Text
}

func short(s string) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return string(r)
}

// Print writes the report's figures, and its errors when verbose.
func (rep *Report) Print(w io.Writer, verbose bool) {
	fmt.Fprintf(w, "%s: %d real articles\n", rep.Name, rep.Articles)
	fmt.Fprintf(w, "  speaker recall        %s   without opinion authors %s\n", rep.SpeakerRecall, rep.RecallNoAuthors)
	fmt.Fprintf(w, "  attribution precision %s   sentences with one gold speaker credited to two: %s\n", rep.Attribution, rep.DoubleCredited)
	fmt.Fprintf(w, "  actors                precision %s   recall %s\n", rep.ActorPrecision, rep.ActorRecall)
	fmt.Fprintf(w, "  merges                must merge %s   must not merge, merged %s\n", rep.Merged, rep.WronglyMerged)
	fmt.Fprintf(w, "  stance agreement      all speakers %s   found speakers %s   macro-F1 %.3f\n", rep.StanceAll, rep.StanceFound, rep.MacroF1)
	fmt.Fprintf(w, "  stances off the topic %d\n", rep.OffTopicStances)
	fmt.Fprintf(w, "  accuracy by confidence")
	for _, b := range rep.Bands {
		fmt.Fprintf(w, "  [%.2f,%.2f) %s", b.Low, min(b.High, 1), b.Ratio)
	}
	fmt.Fprintln(w)
	if verbose {
		for _, e := range rep.Errors {
			fmt.Fprintln(w, "    "+e)
		}
	}
}
