package analyze

import (
	"strings"
	"unicode/utf8"

	"marsad/data"
	"marsad/data/arabic"
)

// topic is a compiled topic: each keyword as a list of words, each word
// as the set of stems it matches.
type topic struct {
	name     string
	keywords [][]map[string]bool
	first    map[string][]int // a stem → the keywords whose first word it matches
}

func (a *Analyzer) compileTopic(t Topic) topic {
	ct := topic{name: t.Name}
	for _, kw := range t.Keywords {
		var words []map[string]bool
		for _, w := range arabic.Words(kw) {
			if arabic.IsStopWord(w) {
				continue
			}
			words = append(words, stemForms(arabic.Stem(w)))
		}
		if len(words) > 0 {
			ct.keywords = append(ct.keywords, words)
		}
	}
	ct.first = map[string][]int{}
	for i, kw := range ct.keywords {
		for f := range kw[0] {
			ct.first[f] = append(ct.first[f], i)
		}
	}
	return ct
}

// stemForms returns the stems a keyword's stem matches: itself and, for
// a verbal noun of the pattern تفعيل (تنسيق), its three root letters, so
// that verb forms (ننسق، منسقة) match too.
func stemForms(st string) map[string]bool {
	forms := map[string]bool{st: true}
	r := []rune(st)
	if len(r) == 5 && r[0] == 'ت' && r[3] == 'ي' {
		forms[string([]rune{r[1], r[2], r[4]})] = true
	}
	return forms
}

// tokStems returns the stems a text word can match a keyword by: its
// Light10 stem, and the stem without a verb or participle prefix
// (نتعاون → تعاون، منسق → نسق).
func tokStems(st string) (string, string) {
	r, size := utf8.DecodeRuneInString(st)
	if utf8.RuneCountInString(st) >= 4 && strings.ContainsRune("يتناسم", r) {
		return st, st[size:]
	}
	return st, ""
}

// keywordAt reports whether a keyword of topic t starts at token k of
// toks[:end], and how many tokens it spans (one word may come between
// the words of a phrase: ضربات جوية مشتركة).
func (s *state) keywordAt(t *topic, toks []tok, stems []string, k, end int) int {
	stem := func(i int) string {
		if stems[i] == "" {
			stems[i] = arabic.Stem(toks[i].Norm)
		}
		return stems[i]
	}
	has := func(forms map[string]bool, i int) bool {
		a, b := tokStems(stem(i))
		return forms[a] || (b != "" && forms[b])
	}
	s1, s2 := tokStems(stem(k))
	cands := t.first[s1]
	if s2 != "" {
		cands = append(cands[:len(cands):len(cands)], t.first[s2]...)
	}
	for _, ki := range cands {
		kw := t.keywords[ki]
		p, ok := k+1, true
		for _, w := range kw[1:] {
			switch {
			case p < end && has(w, p):
				p++
			case p+1 < end && has(w, p+1):
				p += 2
			default:
				ok = false
			}
			if !ok {
				break
			}
		}
		if ok {
			return p - k
		}
	}
	return 0
}

// statement makes the statements of one segment toks[p:q] of sentence
// sp: one per topic it is about, or one with no topic.
func (s *state) statement(text string, toks []tok, stems []string, sp arabic.Span, t trigger, p, q int) {
	if t.key == "" {
		return
	}
	name := ""
	alias := ""
	if act := s.actors[t.key]; act != nil {
		name = act.Name
	}
	if t.speaker != nil {
		alias = t.speaker.AliasKey
	}
	s.prev = t.key
	base := Statement{SpeakerKey: t.key, Speaker: name, SpeakerAlias: alias, InTitle: s.inTitle,
		SentStart: sp.Start, SentEnd: sp.End, Start: toks[p].Start, End: toks[q-1].End,
		Sentence: text[sp.Start:sp.End], Verb: t.verb, Pattern: t.pattern}
	found := false
	for ti := range s.a.topics {
		tp := &s.a.topics[ti]
		st, ok := s.judge(tp, toks, stems, t, p, q, sp)
		if !ok {
			continue
		}
		found = true
		st.SpeakerKey, st.Speaker, st.SpeakerAlias, st.InTitle = base.SpeakerKey, base.Speaker, base.SpeakerAlias, base.InTitle
		st.SentStart, st.SentEnd, st.Start, st.End = base.SentStart, base.SentEnd, base.Start, base.End
		st.Sentence, st.Verb, st.Pattern = base.Sentence, base.Verb, base.Pattern
		s.stmts = append(s.stmts, st)
	}
	if !found {
		s.stmts = append(s.stmts, base)
	}
}

// evidence sums the cues of a segment by what they say about the topic.
type evidence struct {
	support, oppose, cond float64
	negated               float64 // the part of oppose that comes from negation
	polar                 bool    // a cue for or against something, not only a report
	cues                  []Cue
	topic                 bool // the segment itself names the topic
}

// judge decides the stance of toks[p:q] toward topic tp. A segment that
// does not name the topic is about it when the rest of its sentence does.
func (s *state) judge(tp *topic, toks []tok, stems []string, t trigger, p, q int, sp arabic.Span) (Statement, bool) {
	ev := s.collect(tp, toks, stems, t, p, q)
	found := ev.topic
	if !ev.topic {
		a, b := p, q
		for a > 0 && toks[a-1].Start >= sp.Start {
			a--
		}
		for b < len(toks) && toks[b].End <= sp.End {
			b++
		}
		for k := a; k < b && !found; k++ {
			found = s.keywordAt(tp, toks, stems, k, b) > 0
		}
		if !found && !s.about[tp.name] {
			return Statement{}, false
		}
	}
	st := Statement{TopicName: tp.name, Cues: ev.cues}
	st.Features = s.features(toks, stems, t, p, q, ev, found)
	if rule, conf := decide(ev); ev.topic && ev.polar && rule != data.StanceNeutral && conf >= ruleTrust {
		// the topic named in the speaker's own words, with clear cues
		// for or against it: the rules' reading stands
		st.Stance, st.Confidence = rule, conf
		return st, true
	}
	if m := s.a.model; m != nil {
		feats := st.Features
		if m.Topical {
			feats = append(feats[:len(feats):len(feats)], TopicFeatures(tp.name, feats)...)
		}
		probs := m.Probabilities(feats)
		none := len(ModelLabels) - 1 // LabelNone is the last label
		if probs[none] >= noneAbove || !s.about[tp.name] && s.topicHits(tp, toks, stems) < minTopicHits {
			// names the topic but takes no position on it; or the article
			// is about something else and names the topic in passing
			return Statement{}, false
		}
		best := 0
		for i := range probs[:none] {
			if probs[i] > probs[best] {
				best = i
			}
		}
		st.Stance = ModelLabels[best]
		st.Confidence = float64(int(probs[best]*100+0.5)) / 100
		for i := range st.Cues {
			st.Cues[i].Weight = round2(m.Contribution(cueFeature(st.Cues[i]), st.Stance) + m.Contribution(cueWordFeature(st.Cues[i]), st.Stance))
		}
		return st, true
	}
	st.Stance, st.Confidence = decide(ev)
	if !found {
		// about the article's topic, but not naming it: less sure
		st.Confidence = float64(int(st.Confidence*80+0.5)) / 100
	}
	return st, true
}

// minTopicHits is how many times an article whose title and first
// sentence do not name a topic must name it for its statements to get a
// stance toward it.
const minTopicHits = 2

// topicHits counts the places the part of the article being read names
// the topic (once per part and topic).
func (s *state) topicHits(tp *topic, toks []tok, stems []string) int {
	key := tp.name
	if s.inTitle {
		key = "\x00" + key
	}
	if n, ok := s.hits[key]; ok {
		return n
	}
	n := 0
	for k := 0; k < len(toks); k++ {
		if m := s.keywordAt(tp, toks, stems, k, len(toks)); m > 0 {
			n++
			k += m - 1
		}
	}
	if s.hits == nil {
		s.hits = map[string]int{}
	}
	s.hits[key] = n
	return n
}

// noneAbove is the model's probability of "none" from which a statement
// gets no stance: below it, the likeliest stance is given.
const noneAbove = 0.5

// ruleTrust is the rule confidence from which a statement that names
// the topic with clear cues keeps the rules' stance.
const ruleTrust = 0.85

func round2(v float64) float64 { return float64(int(v*100+0.5*sign(v))) / 100 }

func sign(v float64) float64 {
	if v < 0 {
		return -1
	}
	return 1
}

func cueFeature(c Cue) string {
	f := "cue:" + c.Class
	if c.Negated {
		f += ":neg"
	}
	return f
}

func cueWordFeature(c Cue) string {
	f := "cw:" + strings.Join(arabic.Words(c.Text), "_")
	if c.Negated {
		f += ":neg"
	}
	return f
}

// features returns what the stance model reads of the statement
// toks[p:q]: where the topic is named, its cues (negated or not, by class
// and by word), its pattern and reporting verb, and the stems of its own
// words (the speaker's name left out).
func (s *state) features(toks []tok, stems []string, t trigger, p, q int, ev evidence, found bool) []string {
	var out []string
	place := "article"
	switch {
	case ev.topic:
		place = "segment"
	case found:
		place = "sentence"
	}
	// the hand rules' verdict, alone and with where the topic is named:
	// the model learns when to trust them
	rule, _ := decide(ev)
	out = append(out, "topic:"+place, "rule:"+rule, "rule:"+rule+"@"+place)
	polar := false
	for _, c := range ev.cues {
		if c.Class == ClassTopic {
			if c.Negated {
				out = append(out, "topic:negated")
			}
			continue
		}
		if c.Class != ClassNegation {
			polar = true
		}
		out = append(out, cueFeature(c), cueWordFeature(c))
		// a cue close to where the topic is named bears on it
		for _, tc := range ev.cues {
			if tc.Class == ClassTopic && (abs(tc.Start-c.End) < 50 || abs(c.Start-tc.End) < 50) {
				out = append(out, "near:"+cueFeature(c))
				break
			}
		}
	}
	if !polar {
		out = append(out, "cue:none")
	}
	out = append(out, "pattern:"+t.pattern)
	if t.verb != "" {
		v := arabic.Normalize(t.verb)
		if r, size := utf8.DecodeRuneInString(v); (r == 'و' || r == 'ف') && utf8.RuneCountInString(v) > 3 {
			v = v[size:]
		}
		out = append(out, "verb:"+v)
	}
	seen := map[string]bool{}
	for k := p; k < q; k++ {
		if t.speaker != nil && k >= t.speaker.ti && k < t.speaker.tj {
			continue
		}
		w := toks[k].Norm
		if !arabic.HasArabic(w) || arabic.IsStopWord(w) {
			continue
		}
		if stems[k] == "" {
			stems[k] = arabic.Stem(w)
		}
		f := "s:" + stems[k]
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

// aboutTopics notes the topics an article is about: those its title or
// its first sentence names. A statement there with a stance cue but no
// keyword of its own is taken to be about them.
func (s *state) aboutTopics(ttoks []tok, bodySents []arabic.Span, btoks []tok) {
	s.about = map[string]bool{}
	end := len(btoks)
	if len(bodySents) > 0 {
		for end = 0; end < len(btoks) && btoks[end].End <= bodySents[0].End; end++ {
		}
	}
	for ti := range s.a.topics {
		tp := &s.a.topics[ti]
		for _, part := range [][]tok{ttoks, btoks[:end]} {
			stems := make([]string, len(part))
			for k := range part {
				if s.keywordAt(tp, part, stems, k, len(part)) > 0 {
					s.about[tp.name] = true
					break
				}
			}
		}
	}
}

// decide turns evidence into a stance and a confidence.
func decide(ev evidence) (string, float64) {
	sup, opp, cond := ev.support, ev.oppose, ev.cond
	switch {
	case cond > 0 && opp-ev.negated <= sup:
		// لا تعاون ما لم …: a negation under a condition is a condition
		return data.StanceConditional, confidence(cond+sup, opp-ev.negated)
	case opp > sup:
		return data.StanceOppose, confidence(opp, sup+cond/2)
	case sup > opp:
		return data.StanceSupport, confidence(sup, opp)
	case cond > 0:
		return data.StanceConditional, confidence(cond, 0)
	}
	return data.StanceNeutral, 0.5
}

// confidence grows with the weight of the winning evidence and falls
// with the weight against it.
func confidence(win, against float64) float64 {
	if win <= 0 {
		return 0.5
	}
	margin := (win - against) / (win + against)
	strength := min(win, 3) / 3
	c := 0.5 + 0.45*margin*(0.5+0.5*strength)
	return float64(int(c*100+0.5)) / 100
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
