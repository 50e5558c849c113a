package analyze

import (
	"strings"
	"unicode/utf8"

	"marsad/data/arabic"
)

// state is the analysis of one article in progress.
type state struct {
	a        *Analyzer
	inTitle  bool
	mentions []mref
	actors   map[string]*Actor // key → actor, in the order first met
	order    []string
	newKeys  map[string]bool
	surnames map[string]string // surname key → actor key, for later short forms
	long     []surname         // the surnames of five letters or more, for proposed merges
	stmts    []Statement
	merges   []ProposedMerge
	prev     string          // the last speaker, for continuations
	memo     [2]lookups      // the body's and the title's
	about    map[string]bool // topics the article as a whole is about
	year     int             // the article's year, 0 when unknown: offices resolve to their holder then
	hits     map[string]int  // topic → times the part read names it
}

// lookups caches, per token of the part being read, its title-table
// class and its cue, which several rules ask for.
type lookups struct {
	part  *tok
	words []wordHit
	cues  []cueHit
}

type wordHit struct {
	done bool
	cls  string
	n    int
}

type cueHit struct {
	done bool
	c    *CueEntry
	n    int
}

// lookups returns the cache of the part whose tokens these are: each of
// title and body keeps its own, so that reading the title again after
// the body does not start over.
func (s *state) lookups(toks []tok) *lookups {
	m := &s.memo[0]
	if s.inTitle {
		m = &s.memo[1]
	}
	m.reset(toks)
	return m
}

// reset points the cache at a part's tokens.
func (l *lookups) reset(toks []tok) {
	if len(toks) == 0 || l.part == &toks[0] {
		return
	}
	l.part = &toks[0]
	l.words = make([]wordHit, len(toks))
	l.cues = make([]cueHit, len(toks))
}

// mref is a mention and the tokens it covers.
type mref struct {
	Mention
	ti, tj int  // tokens [ti, tj) of its part
	loc    bool // a state named as a place (في سوريا): never a speaker
}

func newState(a *Analyzer) *state {
	return &state{a: a, actors: map[string]*Actor{}, newKeys: map[string]bool{}, surnames: map[string]string{}}
}

// emit records a mention of actor act over toks[i:j].
func (s *state) emit(toks []tok, i, j int, act Actor, aliasKey, rule string) {
	s.emitNamed(toks, i, j, i, j, act, aliasKey, rule)
}

// emitNamed is emit for a mention whose name is toks[ni:nj] (after an
// office): only the name is kept as one of the actor's surface forms.
func (s *state) emitNamed(toks []tok, i, j, ni, nj int, act Actor, aliasKey, rule string) {
	if n := len(s.mentions); n > 0 && i < len(toks) && toks[i].joined() {
		// خادم الحرمين الشريفين الملك سلمان: two names of one actor side
		// by side are one mention
		if last := &s.mentions[n-1]; last.ActorKey == act.Key && last.InTitle == s.inTitle && last.tj == i && !last.loc {
			last.tj = j
			last.End = toks[j-1].End
			return
		}
	}
	m := mref{ti: i, tj: j, Mention: Mention{
		ActorKey: act.Key, AliasKey: aliasKey, Name: act.Name, Kind: act.Kind, Affiliation: act.Affiliation,
		Role: act.Role, Start: toks[i].Start, End: toks[j-1].End, InTitle: s.inTitle, Rule: rule,
	}}
	s.mentions = append(s.mentions, m)
	known, ok := s.actors[act.Key]
	if !ok {
		cp := act
		cp.Aliases = nil
		known = &cp
		s.actors[act.Key] = known
		s.order = append(s.order, act.Key)
	}
	if known.Role == "" && act.Role != "" {
		known.Role = act.Role
	}
	if known.Affiliation == "" && act.Affiliation != "" {
		known.Affiliation = act.Affiliation
	}
	if rule == RuleRole || rule == RuleShortForm && act.Kind == KindPerson && nj-ni > 1 {
		return // an office, not a name
	}
	names := tokTexts(toks[ni:nj])
	names[0] = s.a.dropClitics(names[0])
	addUnique(&known.Aliases, strings.Join(names, " "))
}

// dropClitics removes a conjunction and a preposition written on the
// first word of a name (وروسيا، بسوريا) for display, when what remains
// starts a known name or has the article.
func (a *Analyzer) dropClitics(w string) string {
	for range 2 {
		f := arabic.FoldForeign(arabic.Normalize(w))
		if a.given[f] || a.ambig[f] || a.first[f] {
			return w // وليد، فهد، لافروف: the letter is the name's own
		}
		r, size := utf8.DecodeRuneInString(w)
		if len(w) == size {
			return w
		}
		// the letter as normalised: a presentation form (ﻭ) is و
		if n := arabic.Normalize(w[:size]); n != "" {
			r, _ = utf8.DecodeRuneInString(n)
		}
		if r2, size2 := utf8.DecodeRuneInString(w[size:]); r == 'ل' && strings.HasPrefix(arabic.Normalize(string(r2)), "ل") && utf8.RuneCountInString(w[size+size2:]) >= 2 {
			return "ال" + w[size+size2:] // للمملكة: the preposition and the article's lam
		}
		if !strings.ContainsRune("وفبلك", r) {
			return w
		}
		rest := w[size:]
		n := arabic.Normalize(rest)
		if !a.IsNameWord(n) && !strings.HasPrefix(n, "ال") {
			return w
		}
		w = rest
	}
	return w
}

func tokTexts(ts []tok) []string {
	out := make([]string, len(ts))
	for i := range ts {
		out[i] = ts[i].Text
	}
	return out
}

func addUnique(list *[]string, s string) {
	for _, x := range *list {
		if x == s {
			return
		}
	}
	*list = append(*list, s)
}

// detect finds the actors named in one part of the article.
func (s *state) detect(toks []tok) {
	var cands []string
	for i := 0; i < len(toks); {
		if n := s.speakerAfterVerb(toks, i); n > 0 {
			i += n
			continue
		}
		if n := s.titleRule(toks, i); n > 0 {
			i += n
			continue
		}
		cands = s.a.nameCands(cands[:0], toks[i].fold)
		cands = s.stateNamedLikeNisba(toks, i, cands)
		if !s.a.anyFirst(cands) {
			if key, ok := s.surname(toks, i, cands); ok {
				s.emit(toks, i, i+1, *s.actors[key], keyOf(toks, i, i+1), RuleShortForm)
				i++
				continue
			}
			if n := s.nameRule(toks, i); n > 0 {
				i += n
				continue
			}
			if n := s.groupRule(toks, i); n > 0 {
				i += n
				continue
			}
			s.proposeMerge(toks, i)
			i++
			continue
		}
		if e, n, ok := s.a.gaz.match(toks, i, cands, restKey); ok && !s.outOfTime(e, n) {
			s.emit(toks, i, i+n, e.actor(), keyOf(toks, i, i+n), RuleGazetteer)
			s.mentions[len(s.mentions)-1].loc = e.Kind == KindState && s.isLocation(toks, i, false)
			s.noteSurname(toks, i, i+n, e)
			i += n + s.apposition(toks, i, i+n)
			continue
		}
		if e, n, ok := s.contextual(toks, i, cands); ok {
			s.emit(toks, i, i+n, e.actor(), keyOf(toks, i, i+n), RuleShortForm)
			i += n
			continue
		}
		if e, n, ok := s.a.met.match(toks, i, cands, restKey); ok {
			if !s.isLocation(toks, i, true) {
				s.emit(toks, i, i+n, e.actor(), keyOf(toks, i, i+n), RuleMetonym)
			}
			i += n
			continue
		}
		if n := s.nameRule(toks, i); n > 0 {
			i += n
			continue
		}
		if n := s.groupRule(toks, i); n > 0 {
			i += n
			continue
		}
		if key, ok := s.surname(toks, i, cands); ok {
			act := *s.actors[key]
			s.emit(toks, i, i+1, act, keyOf(toks, i, i+1), RuleShortForm)
		} else {
			s.proposeMerge(toks, i)
		}
		i++
	}
}

// contextual matches a contextual short form at i to the actor it may
// stand for that was named last in the article.
func (s *state) contextual(toks []tok, i int, cands []string) (*entry, int, bool) {
	var best *entry
	bestN, bestAt := 0, -1
	for _, c := range cands {
		for _, p := range s.a.ctx.first[c] {
			if s.actors[p.val.key] == nil || i+1+len(p.rest) > len(toks) {
				continue
			}
			ok := true
			for k, want := range p.rest {
				if t := &toks[i+1+k]; !t.joined() || t.key != want {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			at := s.lastMention(p.val.key)
			if n := 1 + len(p.rest); n > bestN || (n == bestN && at > bestAt) {
				best, bestN, bestAt = p.val, n, at
			}
		}
		if best != nil {
			return best, bestN, true
		}
	}
	return nil, 0, false
}

// lastMention returns the index of the last mention of an actor, or -1.
func (s *state) lastMention(key string) int {
	for k := len(s.mentions) - 1; k >= 0; k-- {
		if s.mentions[k].ActorKey == key {
			return k
		}
	}
	return -1
}

// isLocation reports whether a metonym at i names a place rather than an
// actor: after في، من، إلى، داخل or with a fused preposition (بموسكو).
func (s *state) isLocation(toks []tok, i int, metonym bool) bool {
	m := &s.a.gaz
	if metonym {
		m = &s.a.met
	}
	inMet := func(w string) bool {
		_, ok := m.first[w]
		_, ok2 := m.first[arabic.StripArticle(w)]
		return ok || ok2
	}
	f := toks[i].fold
	if !inMet(f) {
		if r, size := utf8.DecodeRuneInString(f); r == 'و' || r == 'ف' {
			f = f[size:]
		}
		if !inMet(f) {
			return true // a fused preposition: بموسكو، لواشنطن
		}
	}
	if i == 0 || !toks[i].joined() {
		return false
	}
	switch toks[i-1].Norm {
	case "في", "من", "الي", "داخل", "نحو", "وسط", "عاصمه", "العاصمه", "مدينه", "المدينه", "وفي", "ومن":
		return true
	}
	return false
}

// noteSurname remembers the last word of a person's name, so that a later
// bare surname in the article refers to the same actor.
func (s *state) noteSurname(toks []tok, i, j int, e *entry) {
	if e.Kind != KindPerson || j-i < 2 {
		return
	}
	for k := i; k < j; k++ {
		if toks[k].Norm == "بن" || toks[k].Norm == "ابن" || toks[k].Norm == "بنت" {
			return // محمد بن سلمان: the last word is the father's name, not a surname
		}
	}
	s.addSurname(toks[j-1].key, e.key)
}

// surname is a surname of five letters or more seen in the article.
type surname struct {
	key, actor string
	n          int
	first      rune
}

// addSurname remembers a person's surname for later short forms.
func (s *state) addSurname(key, actor string) {
	_, known := s.a.byKey[actor]
	if _, seen := s.surnames[key]; !seen && known && !s.inLong(key) {
		// only the surnames of gazetteer persons are compared for
		// proposed merges: a name a rule made may be no name at all
		if n := utf8.RuneCountInString(key); n >= 5 {
			r, _ := utf8.DecodeRuneInString(key)
			s.long = append(s.long, surname{key: key, actor: actor, n: n, first: r})
		}
	}
	if s.a.commonRaw[key] && !s.a.given[key] {
		return // تركي، جميل: a word of news alone does not name the person
	}
	s.surnames[key] = actor
}

func (s *state) inLong(key string) bool {
	for _, sn := range s.long {
		if sn.key == key {
			return true
		}
	}
	return false
}

// surname resolves a bare surname or contextual word to an actor already
// named in the article.
func (s *state) surname(toks []tok, i int, cands []string) (string, bool) {
	if len(s.surnames) == 0 {
		return "", false
	}
	for _, c := range cands {
		if k, ok := s.surnames[s.a.canon(arabic.StripArticle(c))]; ok {
			return k, true
		}
	}
	return "", false
}

// wordClass returns the class of the title-table phrase at i and its
// length in tokens.
func (s *state) wordClass(toks []tok, i int) (string, int) {
	m := s.lookups(toks)
	h := &m.words[i]
	if !h.done {
		var buf [2]string
		h.cls, h.n, _ = s.a.words.match(toks, i, clitCands(buf[:0], &toks[i]), restNorm)
		h.done = true
	}
	return h.cls, h.n
}

func hasClass(classes, c string) bool {
	for _, x := range strings.Split(classes, ",") {
		if x == c {
			return true
		}
	}
	return false
}

// cueAt returns the cue at i and its length in tokens.
func (s *state) cueAt(toks []tok, i int) (*CueEntry, int) {
	m := s.lookups(toks)
	h := &m.cues[i]
	if !h.done {
		var buf [2]string
		h.c, h.n, _ = s.a.cues.match(toks, i, clitCands(buf[:0], &toks[i]), restNorm)
		h.done = true
	}
	return h.c, h.n
}

// nameLike reports whether the token at i can be a word of a person's
// name the gazetteer does not know.
func (s *state) nameLike(toks []tok, i int, first bool) bool {
	return s.nameLikeWith(toks, i, first, false)
}

// nameLikeWith is nameLike; with common, a word of news may be a name too.
func (s *state) nameLikeWith(toks []tok, i int, first, common bool) bool {
	if i >= len(toks) {
		return false
	}
	t := &toks[i]
	if !arabic.HasArabic(t.Norm) || utf8.RuneCountInString(t.Norm) < 3 || arabic.IsStopWord(t.Norm) {
		return false
	}
	if s.a.common[t.key] && !common {
		return false // كلمة، كبير، أصيب: a word of news, not of a name
	}
	if strings.ContainsRune(t.Text, 'ً') || strings.ContainsRune(t.Text, 'ٌ') {
		return false // لقاءً ثلاثيًا: tanween marks a noun, never a name
	}
	if _, ok := s.a.nisba[arabic.StripArticle(t.fold)]; ok {
		return false
	}
	if c, _ := s.cueAt(toks, i); c != nil {
		return false
	}
	if cls, _ := s.wordClass(toks, i); cls != "" {
		return false
	}
	if r, size := utf8.DecodeRuneInString(t.Norm); strings.ContainsRune("وفبلك", r) {
		if _, ok := s.a.words.first[t.Norm[size:]]; ok {
			return false // لرئيس، وزراء: an office word with a clitic
		}
	}
	if (first && hasArticle(t.Norm)) || t.gap&gapQuote != 0 {
		return false
	}
	if strings.HasSuffix(t.Norm, "تها") || strings.HasSuffix(t.Norm, "تهم") || strings.HasSuffix(t.Norm, "يته") {
		return false // a noun with a pronoun: خارجيتها
	}
	if r, size := utf8.DecodeRuneInString(t.Norm); !first && (r == 'و' || r == 'ف') && utf8.RuneCountInString(t.Norm[size:]) >= 3 {
		return false // وجود: a conjunction starts a new phrase
	}
	if !first && hasArticle(t.Norm) && !strings.HasPrefix(t.Norm, "ال") {
		return false // بالوفد: a preposition and the article
	}
	var cands []string
	cands = arabic.AliasCandidates(cands, t.fold)
	if e, _, ok := s.a.gaz.match(toks, i, cands, restKey); ok && e.Kind != KindPerson {
		return false
	}
	if _, _, ok := s.a.met.match(toks, i, cands, restKey); ok {
		return false
	}
	return true
}

// notNames are the words that follow a reporting verb in place of a
// speaker's name: sources, witnesses, reports.
var notNames = map[string]bool{
	"مصدر": true, "مصادر": true, "مسؤول": true, "مسؤولون": true, "مراقبون": true, "شهود": true, "سكان": true,
	"ناشطون": true, "ناشط": true, "خبراء": true, "خبير": true, "محللون": true, "محلل": true, "تقارير": true,
	"تقرير": true, "وسائل": true, "بيان": true, "مصادر،": true, "مواطنون": true, "اهالي": true, "عدد": true,
	"بعض": true, "احد": true, "مجموعه": true, "اوساط": true, "جهات": true, "دوائر": true, "انباء": true,
	"معلومات": true, "صحف": true, "صحيفه": true, "وكاله": true, "قناه": true, "موقع": true, "الرئيس": true,
}

// speakerAfterVerb finds a person the gazetteer lacks from the evidence
// a reader uses: a reporting verb at i, then two or three words that look
// like a name, then a comma, a colon, a quote, an office or إن/أن — as in
// "وقال كفاح محمود، المستشار …". It emits the person and returns the
// tokens used, or 0.
func (s *state) speakerAfterVerb(toks []tok, i int) int {
	c, n := s.cueAt(toks, i)
	if c == nil || c.Kind != CueVerb || c.Class == ClassSource {
		return 0
	}
	k := i + n
	if k >= len(toks) || !toks[k].joined() || notNames[toks[k].Norm] {
		return 0
	}
	var buf [8]string
	cands := s.a.nameCands(buf[:0], toks[k].fold)
	if s.a.anyFirst(cands) {
		if _, _, ok := s.a.gaz.match(toks, k, cands, restKey); ok {
			return 0 // the gazetteer reads it
		}
	}
	if _, ok := s.surname(toks, k, cands); ok {
		return 0
	}
	given := s.isGivenAfterOffice(&toks[k]) // after a reporting verb, نادية is a name
	if !given && (!s.nameLike(toks, k, true) || verbish(toks[k].Norm) || fusedPreposition(toks[k].Norm)) {
		return 0
	}
	// between a reporting verb and a comma, a surname may be a word of
	// news too (علي غريب)
	m := 1
	for m < 3 && k+m < len(toks) && toks[k+m].joined() && s.nameLikeWith(toks, k+m, false, true) && !verbish(toks[k+m].Norm) && !notNames[arabic.StripArticle(toks[k+m].Norm)] {
		m++
	}
	if m < 2 {
		return 0
	}
	end := k + m
	if end >= len(toks) {
		return 0 // the end of the text: an object, not a speaker (موسكو تقترح تنسيقا جويا)
	}
	{
		t := &toks[end]
		_, office := s.readOffice(toks, end)
		switch {
		case t.gap&(gapComma|gapColon|gapQuote|gapDash) != 0, office:
		case t.Norm == "ان" || t.Norm == "انه" || t.Norm == "انها" || t.Norm == "بان":
		default:
			return 0
		}
	}
	act := Actor{Key: s.personKey(toks, k, end), Name: personName(toks, k, end), Kind: KindPerson}
	if e, ok := s.a.byKey[act.Key]; ok {
		act = e.actor()
	} else {
		s.newActor(act)
	}
	s.emit(toks, k, end, act, act.Key, RuleVerbName)
	s.addSurname(toks[end-1].key, act.Key)
	return end - i + s.apposition(toks, k, end)
}

// stateNamedLikeNisba adds the state key of a word that is both a state's
// name and a nisba with the article (السعودية): the state, unless it
// follows a noun with the article it qualifies (الحكومة السعودية).
func (s *state) stateNamedLikeNisba(toks []tok, i int, cands []string) []string {
	f := toks[i].fold
	if !strings.HasPrefix(f, "ال") {
		return cands
	}
	k := arabic.StripArticle(f)
	if _, ok := s.a.nisba[k]; !ok {
		return cands
	}
	isState := false
	for _, p := range s.a.gaz.first[k] {
		if len(p.rest) == 0 && p.val.Kind == KindState {
			isState = true
		}
	}
	if !isState || (i > 0 && toks[i].joined() && hasArticle(toks[i-1].Norm) && !arabic.IsStopWord(toks[i-1].Norm)) {
		return cands
	}
	for _, c := range cands {
		if c == k {
			return cands
		}
	}
	return append(cands, k)
}

// outOfTime reports whether a one-word match names a person whose
// offices all lie years away from the article's date and who was not
// named in full before: ترأس (chaired) in a 2015 article is not Liz Truss.
func (s *state) outOfTime(e *entry, n int) bool {
	if n != 1 || e.Kind != KindPerson || len(e.Terms) == 0 || s.year == 0 || s.actors[e.key] != nil {
		return false
	}
	for _, t := range e.Terms {
		if t.From-2 <= s.year && (t.To == 0 || s.year <= t.To+2) {
			return false
		}
	}
	return true
}
