package analyze

import (
	"sort"
	"strings"

	"marsad/data/arabic"
)

// Attribution patterns.
const (
	PatternVerbFirst    = "verb-first"    // وقال X إن …
	PatternSpeakerFirst = "speaker-first" // X قال / X يرفض …
	PatternHeadline     = "headline"      // X: …
	PatternSource       = "source"        // … بحسب X
	PatternContinuation = "continuation"  // وأضاف … (the previous speaker)
	PatternAuthor       = "author"        // an opinion column's own voice
)

// trigger is a place in a sentence where a statement by a speaker starts.
type trigger struct {
	pos     int   // first token of the statement
	speaker *mref // nil for a channel with no speaker
	key     string
	verb    string
	pattern string
}

// statements attributes the sentences of one part of the article.
func (s *state) statements(text string, toks []tok, sents []arabic.Span) {
	var ms []*mref
	for k := range s.mentions {
		if s.mentions[k].InTitle == s.inTitle {
			ms = append(ms, &s.mentions[k])
		}
	}
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].ti != ms[j].ti {
			return ms[i].ti < ms[j].ti
		}
		return ms[i].tj > ms[j].tj
	})
	s.prev = ""
	stems := make([]string, len(toks))
	eachSentence(toks, sents, func(sp arabic.Span, a, k int) {
		trigs := s.triggers(text, sp.Start, toks, a, k, ms)
		for t := range trigs {
			end := k
			if t+1 < len(trigs) {
				end = trigs[t+1].pos
			}
			start := trigs[t].pos
			if t == 0 {
				start = a
			}
			s.statement(text, toks, stems, sp, trigs[t], start, end)
		}
	})
}

// mentionAt returns the mention that starts at token p, the longest first.
func mentionAt(ms []*mref, p int) *mref {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].ti >= p })
	if i < len(ms) && ms[i].ti == p {
		return ms[i]
	}
	return nil
}

// mentionEndingAt returns a mention that ends at token p (exclusive).
func mentionEndingAt(ms []*mref, p int) *mref {
	for _, m := range ms {
		if m.tj == p {
			return m
		}
	}
	return nil
}

// triggers finds where statements start in the sentence toks[a:b].
func (s *state) triggers(text string, sentStart int, toks []tok, a, b int, ms []*mref) []trigger {
	var out []trigger
	var source *trigger
	add := func(t trigger) {
		if t.speaker != nil {
			t.key = t.speaker.ActorKey
		}
		if n := len(out); n > 0 && out[n-1].key == t.key && t.key != "" {
			return // the same speaker goes on
		}
		out = append(out, t)
	}
	if m := mentionAt(ms, a); m != nil && m.tj < b && toks[m.tj].gap&gapColon != 0 && (s.inTitle || m.Rule != RuleMetonym) {
		add(trigger{pos: a, speaker: m, verb: ":", pattern: PatternHeadline})
	}
	quoted := quotedTokens(text, sentStart, toks, a, b)
	for k := a; k < b; k++ {
		c, n := s.cueAt(toks, k)
		if c == nil || quoted[k-a] {
			continue
		}
		if c.Kind == CueVerb && k > a && afterPreposition(toks[k-1].Norm) {
			k += n - 1
			continue // على دعم، في تأكيد: a verbal noun, not a report
		}
		switch {
		case c.Kind == CueVerb:
			t, ok := s.verbTrigger(toks, a, b, k, n, ms)
			if ok && len(out) > 0 {
				// a second speaker in one sentence only at a new clause:
				// "أكد X أن Y تدعم Z" reports Y through X
				at := k
				if t.pattern == PatternSpeakerFirst && t.speaker != nil {
					at = t.speaker.ti
				}
				ok = clauseStart(toks, at) && !(t.pattern == PatternSpeakerFirst && t.speaker != nil && reported(toks, t.speaker.ti))
			}
			if ok {
				t.verb = toks[k].Text
				add(t)
			}
		case c.Kind == CueParticiple && k <= a+1 && s.prev != "" && len(out) == 0:
			add(trigger{pos: a, key: s.prev, verb: toks[k].Text, pattern: PatternContinuation})
		case c.Class == ClassSource && source == nil:
			if t, ok := s.sourceTrigger(toks, b, k+n, ms); ok {
				t.verb = toks[k].Text
				source = &t
			}
		}
		k += n - 1
	}
	if len(out) == 0 && source != nil {
		source.pos = a
		add(*source)
	}
	return out
}

// verbTrigger reads the speaker of a reporting verb at k (n tokens long):
// after it, before it, or, at the start of a sentence, the previous one.
func (s *state) verbTrigger(toks []tok, a, b, k, n int, ms []*mref) (trigger, bool) {
	for p := k + n; p < b && p <= k+n+3; p++ {
		if p > k+n && toks[p].gap&(gapStop|gapColon) != 0 {
			break
		}
		if m := mentionAt(ms, p); m != nil {
			return s.speakerOrChannel(toks, b, m, k, PatternVerbFirst, ms)
		}
		cls, _ := s.wordClass(toks, p)
		if hasClass(cls, "anaphor") {
			if m := s.latestBefore(ms, a, k); m != nil {
				return trigger{pos: k, speaker: m, pattern: PatternVerbFirst}, true
			}
			return trigger{}, false
		}
		if !hasClass(cls, "time") && !skippable(toks[p].Norm) && !(toks[p].Norm == "من" && toks[p-1].Norm == "كل") {
			break
		}
	}
	for p := k; p >= a && p >= k-3; p-- {
		if toks[p].gap&(gapColon|gapStop|gapComma|gapLine|gapDash) != 0 && p < k || toks[k].gap&(gapColon|gapStop|gapLine|gapDash) != 0 {
			break // a dateline (الرياض :) or another clause
		}
		if m := mentionEndingAt(ms, p); m != nil && m.ti >= a {
			// the first of two joined subjects: روسيا وتركيا تؤكدان
			if first := mentionEndingAt(ms, m.ti); first != nil && first.ti >= a && strings.HasPrefix(toks[m.ti].Norm, "و") {
				m = first
			}
			return s.speakerOrChannel(toks, b, m, m.ti, PatternSpeakerFirst, ms)
		}
		if p < k && !isAuxiliary(toks[p].Norm) {
			break
		}
	}
	if k <= a+2 && s.prev != "" && !s.namesSomeone(toks, k+n, b) {
		return trigger{pos: a, key: s.prev, pattern: PatternContinuation}, true
	}
	return trigger{}, false
}

// namesSomeone reports whether the words at p, right after a reporting
// verb, name a subject the analyser did not resolve (وقال مصدر …، وقال
// قيادي …): then the verb is not a continuation of the previous speaker.
// A colon, a quote, إن/أن or a pronoun subject keep the previous speaker.
func (s *state) namesSomeone(toks []tok, p, b int) bool {
	if p >= b || toks[p].gap&(gapColon|gapQuote|gapStop|gapComma|gapDash) != 0 {
		return false
	}
	w := toks[p].Norm
	switch w {
	case "ان", "انه", "انها", "بان", "في", "خلال", "من", "ايضا", "كذلك", "قائلا", "معاليه", "سموه", "فخامته", "سيادته", "الرئيس":
		return false
	}
	if cls, _ := s.wordClass(toks, p); hasClass(cls, "time") || hasClass(cls, "anaphor") {
		return false
	}
	if notNames[arabic.StripArticle(w)] || notNames[w] {
		return true
	}
	return arabic.HasArabic(w) && !arabic.IsStopWord(w) && !strings.HasPrefix(w, "ل")
}

// reported reports whether the words before token i make it the start
// of reported speech (… أن موسكو طلبت): a speaker named there is part of
// what someone else says.
func reported(toks []tok, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].Norm {
	case "ان", "انه", "انها", "بان", "وان":
		return true
	}
	return false
}

// quotedTokens marks the tokens of toks[a:b] that stand inside quotation
// marks: a verb there belongs to the quoted speech, not to the report.
func quotedTokens(text string, sentStart int, toks []tok, a, b int) []bool {
	out := make([]bool, b-a)
	depth, ascii := 0, false
	for k := a; k < b; k++ {
		if toks[k].gap&gapQuote != 0 {
			prev := sentStart
			if k > a {
				prev = toks[k-1].End
			}
			for _, r := range text[prev:toks[k].Start] {
				switch r {
				case '«', '“':
					depth++
				case '»', '”':
					depth = max(depth-1, 0)
				case '"':
					ascii = !ascii
				}
			}
		}
		out[k-a] = depth > 0 || ascii
	}
	return out
}

// skippable reports whether w may stand between a reporting verb and its
// speaker: قد، كل من، وكالة / صحيفة before an outlet's name.
func skippable(w string) bool {
	switch w {
	case "قد", "كل", "وكاله", "صحيفه", "قناه", "شبكه", "موقع", "مجله":
		return true
	}
	return false
}

func isAuxiliary(w string) bool {
	switch w {
	case "قد", "كان", "وكان", "كانت", "وكانت", "لقد", "وقد", "فقد", "ان", "الذي", "التي":
		return true
	}
	return false
}

// speakerOrChannel makes a trigger for mention m, or, when m is a news
// outlet, for the speaker it quotes (نقلت وكالة X عن Y).
func (s *state) speakerOrChannel(toks []tok, b int, m *mref, pos int, pattern string, ms []*mref) (trigger, bool) {
	if m.Kind != KindMedia {
		return trigger{pos: pos, speaker: m, pattern: pattern}, true
	}
	for p := m.tj; p < b && p <= m.tj+4; p++ {
		if toks[p].Norm == "عن" && p+1 < b {
			if q := mentionAt(ms, p+1); q != nil && q.Kind != KindMedia {
				return trigger{pos: pos, speaker: q, pattern: pattern}, true
			}
		}
	}
	return trigger{pos: pos, pattern: pattern}, true // a channel only: no speaker
}

// sourceTrigger reads the speaker after بحسب / نقلا عن at p; "the
// statement" (بحسب البيان) refers to the previous speaker.
func (s *state) sourceTrigger(toks []tok, b, p int, ms []*mref) (trigger, bool) {
	if p < b && toks[p].Norm == "عن" {
		p++
	}
	if p >= b {
		return trigger{}, false
	}
	if m := mentionAt(ms, p); m != nil {
		return s.speakerOrChannel(toks, b, m, p, PatternSource, ms)
	}
	switch arabic.StripArticle(toks[p].Norm) {
	case "بيان", "تصريحات", "مصدر", "متحدث":
		if s.prev != "" {
			return trigger{key: s.prev, pattern: PatternSource}, true
		}
	}
	return trigger{}, false
}

// latestBefore returns the last mention in the sentence before token k.
func (s *state) latestBefore(ms []*mref, a, k int) *mref {
	var best *mref
	for _, m := range ms {
		if m.ti >= a && m.tj <= k && m.Kind != KindMedia && !m.loc {
			best = m
		}
	}
	return best
}

// bylineStop are words of a byline that make it a news desk, a place or
// an agency rather than a columnist's name.
var bylineStop = map[string]bool{"واس": true, "وكالات": true, "رويترز": true, "متابعات": true, "الرياض": true,
	"جده": true, "القاهره": true, "لندن": true, "واشنطن": true, "محرر": true, "المحرر": true, "خاص": true,
	"فريق": true, "التحرير": true, "اليوم": true, "الوطن": true, "الجزيره": true, "سبق": true, "الوئام": true,
	"الاقتصاديه": true, "الرياضي": true, "الدمام": true, "مكه": true, "المدينه": true, "دبي": true, "بيروت": true}

// columnist returns the byline's words when it is a person's name alone
// (two to four words, the first a known given name): the author of an
// opinion column. Bylines with a place, a colon or an agency are news.
func (s *state) columnist(author string) string {
	author = strings.TrimSpace(strings.ReplaceAll(author, "&nbsp;", " "))
	if author == "" || strings.ContainsAny(author, ":：-–—(«\"/|,،0123456789") {
		return ""
	}
	toks := s.a.prepare(author)
	if len(toks) < 2 || len(toks) > 4 || !s.a.given[toks[0].key] {
		return ""
	}
	for _, t := range toks {
		if bylineStop[t.Norm] || !arabic.HasArabic(t.Norm) {
			return ""
		}
	}
	return author
}

// authorStatements credits an opinion column's own sentences — those no
// one else is credited with — to its author, when the byline is a
// person's name and most of the column is in the author's voice. Only
// sentences about a topic are kept.
func (s *state) authorStatements(author, text string, toks []tok, sents []arabic.Span) {
	name := s.columnist(author)
	if name == "" || len(s.a.topics) == 0 || len(sents) < 3 {
		return
	}
	taken := map[int]bool{}
	for _, st := range s.stmts {
		if !st.InTitle {
			taken[st.SentStart] = true
		}
	}
	if float64(len(taken)) > 0.3*float64(len(sents)) {
		return // mostly reported speech: a news report with a byline
	}
	act := Actor{Key: s.a.nameKey(name), Name: name, Kind: KindPerson, Role: "كاتب"}
	if e, ok := s.a.byKey[act.Key]; ok {
		act = e.actor()
	} else {
		s.newActor(act)
	}
	if _, ok := s.actors[act.Key]; !ok {
		cp := act
		cp.Aliases = []string{name}
		s.actors[act.Key] = &cp
		s.order = append(s.order, act.Key)
	}
	s.inTitle = false
	stems := make([]string, len(toks))
	eachSentence(toks, sents, func(sp arabic.Span, a, k int) {
		if taken[sp.Start] {
			return
		}
		n := len(s.stmts)
		s.statement(text, toks, stems, sp, trigger{pos: a, key: act.Key, pattern: PatternAuthor}, a, k)
		// keep only what bears on a topic
		kept := s.stmts[:n]
		for _, st := range s.stmts[n:] {
			if st.TopicName != "" {
				kept = append(kept, st)
			}
		}
		s.stmts = kept
	})
}

// afterPreposition reports whether w, before a verb cue, makes it a
// verbal noun: على دعم، في تأكيد، من رفض.
func afterPreposition(w string) bool {
	switch w {
	case "علي", "في", "من", "الي", "عن", "مع", "حول", "بعد", "قبل", "عبر", "الى", "لدي", "ضد", "بشان", "حيال", "تجاه":
		return true
	}
	return false
}

// clauseStart reports whether token k begins a new clause of its
// sentence: after punctuation, or after a clause connective (فيما،
// بينما، كما، في حين، من جهته …).
func clauseStart(toks []tok, k int) bool {
	if k == 0 || toks[k].gap&(gapComma|gapStop|gapColon|gapLine|gapDash|gapParen) != 0 {
		return true
	}
	switch toks[k-1].Norm {
	case "فيما", "بينما", "كما", "حين", "وفيما", "وبينما", "وكما", "ثم", "حيث", "بدوره", "بدورها", "جهته", "جهتها", "جانبه", "جانبها":
		return true
	}
	return false
}

// eachSentence calls fn with each sentence that has words and the range
// [a, k) of its tokens.
func eachSentence(toks []tok, sents []arabic.Span, fn func(sp arabic.Span, a, k int)) {
	k := 0
	for _, sp := range sents {
		for k < len(toks) && toks[k].Start < sp.Start {
			k++
		}
		a := k
		for k < len(toks) && toks[k].End <= sp.End {
			k++
		}
		if a < k {
			fn(sp, a, k)
		}
	}
}
