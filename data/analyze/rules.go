package analyze

import (
	"strings"
	"unicode/utf8"

	"marsad/data/arabic"
)

// office is a title phrase read from the text: its words, the state its
// nisba names and where it ends.
type office struct {
	cls        string
	start      int
	roleEnd    int // end of title, domain and organisation (the role's words)
	end        int // end of the whole phrase, nisba and complement included
	aff        string
	org        *entry // the organisation a spokesman speaks for
	orgStart   int
	orgEnd     int
	roleText   string // the office as written, state included
	shortOnly  bool   // a bare office word (الوزير) with no domain
	former     bool   // السابق، الأسبق: not the office's present holder
	roleKeyStr string
	firstNorm  string // the office's first word, normalised
}

// readOffice reads a title, spokesman or rank phrase at i.
func (s *state) readOffice(toks []tok, i int) (office, bool) {
	cls, n := s.wordClass(toks, i)
	if n == 0 || !(hasClass(cls, "title") || hasClass(cls, "spokesman") || hasClass(cls, "rank") || hasClass(cls, "spokespron")) {
		return office{}, false
	}
	o := office{cls: cls, start: i, end: i + n, firstNorm: toks[i].Norm}
	j := i + n
	switch {
	case hasClass(cls, "spokesman") && j < len(toks) && toks[j].joined():
		var cands []string
		cands = arabic.AliasCandidates(cands, toks[j].fold)
		if e, m, ok := s.a.gaz.match(toks, j, cands, restKey); ok && e.Kind != KindPerson {
			o.org, o.orgStart, o.orgEnd = e, j, j+m
			o.aff = e.Affiliation
			j += m
		} else {
			for d := 0; d < 3 && j < len(toks) && toks[j].joined() && s.domainWord(toks, j, d == 0); d++ {
				j++
			}
			o.orgStart, o.orgEnd = i+n, j
		}
	case hasClass(cls, "title"):
		var cands []string
		if j < len(toks) && toks[j].joined() {
			cands = arabic.AliasCandidates(cands, toks[j].fold)
		}
		if e, m, ok := s.a.gaz.match(toks, j, cands, restKey); ok && len(cands) > 0 && e.Kind != KindPerson && e.Kind != KindMedia && !strings.HasPrefix(e.Name, "وزارة") {
			o.org, o.orgStart, o.orgEnd = e, j, j+m
			o.aff = e.Affiliation
			j += m
			break
		}
		for d := 0; d < 3 && j < len(toks) && toks[j].joined() && s.domainWord(toks, j, d == 0); d++ {
			j++
		}
	}
	o.roleEnd = j
	o.shortOnly = j == i+n && hasClass(cls, "shortform")
	if j < len(toks) && toks[j].joined() {
		if st, ok := s.a.nisba[arabic.StripArticle(toks[j].fold)]; ok {
			o.aff = st
			j++
		}
	}
	// الأسبق، السابق: an office held before; still the office
	for j < len(toks) && toks[j].joined() {
		cls, _ := s.wordClass(toks, j)
		if !hasClass(cls, "titlemod") {
			break
		}
		o.former = o.former || hasClass(cls, "former")
		j++
	}
	o.roleText = strings.Join(tokTexts(toks[i:j]), " ")
	if hasClass(cls, "title") && j+1 < len(toks) && toks[j].joined() && (toks[j].Norm == "الي" || toks[j].Norm == "لدي") {
		j += 2
	}
	o.end = j
	o.roleKeyStr = roleKey(toks, i, o.roleEnd)
	return o, true
}

// roleKey is the key of an office's words, comparable with
// arabic.AliasKey of a gazetteer role.
func roleKey(toks []tok, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		w := arabic.StripArticle(toks[k].fold)
		if k == i {
			if r, size := utf8.DecodeRuneInString(w); (r == 'و' || r == 'ف') && !strings.HasPrefix(w, "وزير") {
				w = arabic.StripArticle(w[size:])
			}
		}
		b.WriteString(w)
	}
	return b.String()
}

// domainWord reports whether the token at j continues an office's name
// (الخارجية in وزير الخارجية).
func (s *state) domainWord(toks []tok, j int, chain bool) bool {
	t := &toks[j]
	if arabic.IsStopWord(t.Norm) || !arabic.HasArabic(t.Norm) {
		return false
	}
	if _, ok := s.a.nisba[arabic.StripArticle(t.fold)]; ok {
		return false
	}
	if s.a.given[t.key] {
		return false
	}
	if cls, _ := s.wordClass(toks, j); cls != "" && !hasClass(cls, "orghead") && !hasClass(cls, "domain") && !hasClass(cls, "ministry") {
		return false
	}
	if c, _ := s.cueAt(toks, j); c != nil {
		return false
	}
	if rest, ok := strings.CutPrefix(t.Norm, "و"); ok && (arabic.IsStopWord(rest) || hasArticle(rest)) {
		return false // a conjunction starts a new phrase
	}
	if hasArticle(t.Norm) {
		return true
	}
	if j > 0 {
		if cls, _ := s.wordClass(toks, j-1); hasClass(cls, "domain") {
			return true // the place after منطقة، محافظة …
		}
	}
	if cls, _ := s.wordClass(toks, j); hasClass(cls, "domain") {
		return true
	}
	// a construct chain: وزير خارجية روسيا، وزيرا خارجية البلدين
	return chain && j+1 < len(toks) && toks[j+1].joined() && hasArticle(toks[j+1].Norm)
}

// titleRule finds an office and the person holding it at i: a name after
// it, or, with none, the holder named earlier or known to the gazetteer.
// It returns the number of tokens used, 0 when there is no office at i.
func (s *state) titleRule(toks []tok, i int) int {
	o, ok := s.readOffice(toks, i)
	if !ok {
		return 0
	}
	// a known name that starts with an office word: الأمير وليام، أمير عبد اللهيان
	var buf [8]string
	if cands := s.a.nameCands(buf[:0], toks[i].fold); s.a.anyFirst(cands) {
		if e, n, ok := s.a.gaz.match(toks, i, cands, restKey); ok && e.Kind == KindPerson && n > o.end-i {
			return 0
		}
	}
	if hasClass(o.cls, "spokespron") {
		return s.spokesmanOf(toks, i, o.end)
	}
	if o.org != nil {
		s.emit(toks, o.orgStart, o.orgEnd, o.org.actor(), keyOf(toks, o.orgStart, o.orgEnd), RuleGazetteer)
	} else if o.orgEnd > o.orgStart && hasClass(o.cls, "spokesman") {
		if cls, _ := s.wordClass(toks, o.orgStart); hasClass(cls, "orghead") {
			end := o.orgEnd
			if end < o.end && o.aff != "" {
				end++ // the nisba
			}
			act := Actor{Key: keyOf(toks, o.orgStart, end), Name: joinText(toks, o.orgStart, end), Kind: KindOrg, Affiliation: o.aff}
			if e, ok := s.a.byKey[act.Key]; ok {
				act = e.actor()
			} else {
				s.newActor(act)
			}
			s.emit(toks, o.orgStart, end, act, act.Key, RuleOrgHead)
		}
	}
	k := o.end
	if k < len(toks) && toks[k].gap&(gapStop|gapColon|gapLine) == 0 {
		// after a comma, or a rank alone (الفريق is also "the team"), only
		// a known given name or a gazetteer person is taken for a name
		comma := toks[k].gap&gapComma != 0 || !hasClass(o.cls, "title") && !hasClass(o.cls, "spokesman")
		if cls, n := s.wordClass(toks, k); n > 0 && hasClass(cls, "rank") && k != i {
			k += n
		}
		if k < len(toks) && s.isGivenAfterOffice(&toks[k]) {
			if n := s.personAt(toks, i, k, o, comma); n > 0 {
				return n
			}
		}
		// a rank and a name a few words on: المتحدث باسم قوات التحالف لمحاربة داعش النقيب جيف ديفيس
		for r := k + 1; r < len(toks) && r <= k+4 && toks[r].gap&(gapStop|gapColon|gapLine) == 0; r++ {
			if cls, n := s.wordClass(toks, r); n > 0 && hasClass(cls, "rank") {
				if m := s.personAt(toks, i, r+n, o, false); m > 0 {
					return m
				}
				break
			}
		}
		if n := s.personAt(toks, i, k, o, comma); n > 0 {
			return n
		}
		// a given name a few words on, after the office's complement:
		// المتحدث باسم الأمم المتحدة في جنيف أحمد فوزي
		if !comma {
			for r := k + 1; r < len(toks) && r <= k+5 && toks[r].gap&(gapStop|gapColon|gapLine|gapComma) == 0; r++ {
				if verbish(toks[r].Norm) {
					break
				}
				if s.isGivenAfterOffice(&toks[r]) && r+1 < len(toks) && toks[r+1].joined() {
					if m := s.personAt(toks, i, r, o, false); m > 0 {
						return m
					}
					break
				}
			}
		}
	}
	if hasClass(o.cls, "rank") && !hasClass(o.cls, "title") && !hasClass(o.cls, "spokesman") {
		return 0
	}
	if act, rule, ok := s.holder(o); ok {
		s.emit(toks, i, o.end, act, o.roleKeyStr, rule)
		return o.end - i
	}
	return 0
}

// personAt reads a person's name at k after the office o that starts at
// i, and emits the mention. It returns the tokens used from i, or 0.
func (s *state) personAt(toks []tok, i, k int, o office, comma bool) int {
	if k >= len(toks) {
		return 0
	}
	var cands []string
	cands = arabic.AliasCandidates(cands, toks[k].fold)
	if e, m, ok := s.a.gaz.match(toks, k, cands, restKey); ok && e.Kind == KindPerson {
		s.emitNamed(toks, i, k+m, k, k+m, e.actor(), keyOf(toks, k, k+m), RuleTitleName)
		s.noteSurname(toks, k, k+m, e)
		return k + m - i
	}
	m := s.unknownName(toks, k, comma, true)
	if key, ok := s.surnames[toks[k].key]; ok && m <= 1 {
		// a surname named earlier: ولد الشيخ أحمد … الشيخ أحمد
		s.emitNamed(toks, i, k+1, k, k+1, *s.actors[key], toks[k].key, RuleShortForm)
		return k + 1 - i
	}
	if m == 0 {
		return 0
	}
	names := tokTexts(toks[k : k+m])
	names[0] = s.a.dropClitics(names[0]) // وسامر الجهني is سامر الجهني
	act := Actor{Key: s.a.nameKey(strings.Join(names, " ")), Name: strings.Join(names, " "), Kind: KindPerson, Affiliation: o.aff,
		Role: strings.Join(tokTexts(toks[i:o.roleEnd]), " ")}
	if e, ok := s.a.byKey[act.Key]; ok {
		act = e.actor()
	}
	s.newActor(act)
	s.emitNamed(toks, i, k+m, k, k+m, act, act.Key, RuleTitleName)
	if m >= 2 {
		s.addSurname(toks[k+m-1].key, act.Key)
	}
	return k + m - i
}

// unknownName returns the length of a name the gazetteer lacks at k: a
// given name and up to two more words, or, right after an office with no
// comma between, one or two words that look like a name.
func (s *state) unknownName(toks []tok, k int, comma, afterTitle bool) int {
	if s.isGiven(&toks[k]) || afterTitle && s.isGivenAfterOffice(&toks[k]) {
		m := 1
		for m < 4 && k+m < len(toks) && toks[k+m].joined() {
			t := &toks[k+m]
			afterConn := isConnector(toks[k+m-1].Norm) && arabic.HasArabic(t.Norm)
			if !afterConn && (verbish(t.Norm) || !(s.nameLike(toks, k+m, false) || isConnector(t.Norm))) {
				break
			}
			m++
		}
		// a given name alone (الأمير فيصل، أمير) is not enough to tell one
		// person from the many who bear it: no actor is made of it
		if m > 1 && !isConnector(toks[k+m-1].Norm) && !(m == 2 && isConnector(toks[k].Norm)) {
			return m // not عبد الله alone: one compound given name
		}
		return 0
	}
	if comma || !s.nameLike(toks, k, true) || verbish(toks[k].Norm) || fusedPreposition(toks[k].Norm) {
		return 0
	}
	m := 1
	for m < 3 && k+m < len(toks) && toks[k+m].joined() && s.nameLike(toks, k+m, false) && !verbish(toks[k+m].Norm) {
		m++
	}
	if m < 2 {
		return 0 // one unknown word after an office is more often a noun than a name
	}
	return m
}

// isGiven reports whether a word is a known given name: without the
// article, and not the preposition على (normalised like علي).
func (s *state) isGiven(t *tok) bool {
	if !s.a.given[t.key] || hasArticle(t.Norm) {
		return false
	}
	// على is normalised like علي; its alef maqsura, in any form, tells them apart
	return !arabic.IsStopWord(t.Norm) || !(strings.HasSuffix(t.Text, "ى") || strings.HasSuffix(t.Text, "ﻰ") || strings.HasSuffix(t.Text, "ﻯ"))
}

// isGivenAfterOffice is isGiven, also for the given names that are
// common words too (عادل، أمل): after an office they are names.
func (s *state) isGivenAfterOffice(t *tok) bool {
	return s.isGiven(t) || s.a.ambig[t.key] && !hasArticle(t.Norm)
}

// fusedPreposition reports whether w starts with ب، ل or ك fused to a
// word of three letters or more (لرئيس، بقيادة): rarely a name.
func fusedPreposition(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return (r == 'ب' || r == 'ل' || r == 'ك') && utf8.RuneCountInString(w[size:]) >= 3
}

func isConnector(w string) bool {
	switch w {
	case "بن", "ابن", "عبد", "ابو", "ال", "ولد", "بنت":
		return true
	}
	return false
}

// verbish reports whether a word looks like a present-tense verb, which
// follows an office far more often than an unknown name does.
func verbish(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return (r == 'ي' || r == 'ن') && utf8.RuneCountInString(w) >= 4
}

// holder resolves an office with no name: the actor named last in the
// article with that office (and state), else the one gazetteer actor
// holding it, else, for an office of a known state, the office itself.
func (s *state) holder(o office) (Actor, string, bool) {
	for k := len(s.mentions) - 1; k >= 0; k-- {
		act := s.actors[s.mentions[k].ActorKey]
		if act.Kind != KindPerson || act.Role == "" || (o.aff != "" && act.Affiliation != o.aff) {
			continue
		}
		rk := arabic.AliasKey(act.Role)
		if rk == o.roleKeyStr || (o.shortOnly && strings.Contains(rk, o.roleKeyStr)) {
			return *act, RuleShortForm, true
		}
	}
	if o.shortOnly {
		return Actor{}, "", false
	}
	if e, ok := s.a.holderIn(o.roleKeyStr+"|"+o.aff, s.year); ok && o.aff != "" && !o.former {
		return e.actor(), RuleRole, true
	}
	if (o.aff == "" && o.org == nil) || o.roleKeyStr == "" {
		return Actor{}, "", false
	}
	name := strings.TrimSpace(o.roleText)
	if _, whole := s.a.words.first[o.firstNorm]; !whole {
		// ورئيس اليمن: the conjunction is not part of the office
		if r, size := utf8.DecodeRuneInString(name); r == 'و' || r == 'ف' {
			name = name[size:]
		}
	}
	key := o.roleKeyStr
	if o.aff != "" && o.org == nil {
		key += " #" + o.aff
	}
	act := Actor{Key: key, Name: name, Kind: KindPerson, Affiliation: o.aff, Role: name}
	s.newActor(act)
	return act, RuleRole, true
}
