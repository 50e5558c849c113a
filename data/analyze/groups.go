package analyze

import (
	"sort"
	"strings"
	"unicode/utf8"

	"marsad/data/arabic"
)

// spokesmanOf makes the mention of "its spokesman" (متحدث باسمها) over
// toks[i:j]: the spokesman of the organisation or state named last.
func (s *state) spokesmanOf(toks []tok, i, j int) int {
	for k := len(s.mentions) - 1; k >= 0; k-- {
		m := &s.mentions[k]
		if m.Kind == KindPerson || m.Kind == KindMedia || m.loc || m.InTitle != s.inTitle {
			continue
		}
		aff := m.Affiliation
		if m.Kind == KindState {
			aff = m.Name
		}
		name := "المتحدث باسم " + m.Name
		act := Actor{Key: s.a.nameKey(name), Name: name, Kind: KindPerson, Affiliation: aff, Role: name}
		s.newActor(act)
		s.emit(toks, i, j, act, act.Key, RuleShortForm)
		return j - i
	}
	return j - i
}

// newActor records an actor made by a rule.
func (s *state) newActor(act Actor) {
	if _, ok := s.a.byKey[act.Key]; ok {
		return
	}
	s.newKeys[act.Key] = true
}

// nameRule finds a person by a known given name and a surname at i
// ("مايكل راتني"), then takes in an office written after a comma.
func (s *state) nameRule(toks []tok, i int) int {
	k := i
	if !s.isGiven(&toks[i]) {
		// a given name with a conjunction: وجون
		r, size := utf8.DecodeRuneInString(toks[i].fold)
		if r != 'و' || !s.a.given[toks[i].fold[size:]] || arabic.IsStopWord(toks[i].Norm[size:]) {
			return 0
		}
	}
	m := s.unknownName(toks, k, false, false)
	if m < 2 {
		return 0
	}
	act := Actor{Key: s.personKey(toks, i, i+m), Name: personName(toks, i, i+m), Kind: KindPerson}
	if k := i; !s.isGiven(&toks[k]) {
		// the conjunction is not part of the name: وياسر القحطاني
		_, size := utf8.DecodeRuneInString(act.Name)
		act.Name = act.Name[size:]
	}
	if e, ok := s.a.byKey[act.Key]; ok {
		act = e.actor()
	} else {
		s.newActor(act)
	}
	s.emit(toks, i, i+m, act, act.Key, RuleGivenName)
	s.addSurname(toks[i+m-1].key, act.Key)
	return m + s.apposition(toks, i, i+m)
}

// personKey is keyOf without a conjunction fused to the first word.
func (s *state) personKey(toks []tok, i, j int) string {
	k := keyOf(toks, i, j)
	if !s.a.given[toks[i].key] {
		_, size := utf8.DecodeRuneInString(k)
		k = k[size:]
	}
	return k
}

func personName(toks []tok, i, j int) string {
	name := strings.Join(tokTexts(toks[i:j]), " ")
	return name
}

// apposition takes in an office written after a person's name and a
// comma ("سيرغي ريابكوف، نائب وزير الخارجية الروسي"): the mention
// grows to cover it and a new actor gets its role and state. It returns
// the number of tokens taken in.
func (s *state) apposition(toks []tok, i, j int) int {
	if j >= len(toks) || toks[j].gap&gapComma == 0 || toks[j].gap&(gapStop|gapLine) != 0 {
		return 0
	}
	last := &s.mentions[len(s.mentions)-1]
	if last.Kind != KindPerson {
		return 0
	}
	o, ok := s.readOffice(toks, j)
	if !ok || hasClass(o.cls, "rank") && !hasClass(o.cls, "title") || o.end == o.roleEnd && o.roleEnd == j+1 && o.aff == "" {
		return 0
	}
	// a name right after the office belongs to someone else
	if o.end < len(toks) && toks[o.end].joined() && s.a.given[toks[o.end].key] {
		return 0
	}
	last.End = toks[o.end-1].End
	last.tj = o.end
	if act := s.actors[last.ActorKey]; act != nil && s.newKeys[last.ActorKey] {
		if act.Role == "" {
			act.Role = strings.Join(tokTexts(toks[j:o.roleEnd]), " ")
			last.Role = act.Role
		}
		if act.Affiliation == "" {
			act.Affiliation = o.aff
			last.Affiliation = o.aff
		}
	}
	return o.end - j
}

var groupHeads = map[string]bool{"جبهه": true, "تنظيم": true, "حركه": true, "فصائل": true, "جماعه": true}

// forceHeads name the fighters or forces of a group.
var forceHeads = map[string]bool{"قوات": true, "ميليشيا": true, "ميليشيات": true, "مليشيا": true, "مليشيات": true,
	"مقاتلو": true, "مقاتلي": true, "عناصر": true, "مسلحو": true, "مسلحي": true}

// mediaHeads are the head words of news outlets' names.
var mediaHeads = map[string]bool{"وكاله": true, "صحيفه": true, "قناه": true, "موقع": true, "تلفزيون": true, "اذاعه": true, "شبكه": true, "مجله": true, "جريده": true}

// groupRule finds unnamed officials of a state ("مسؤولين أميركيين") and
// organisations the gazetteer lacks by their head word ("وزارة الدفاع
// التركية", "الجيش التركي").
func (s *state) groupRule(toks []tok, i int) int {
	cls, n := s.wordClass(toks, i)
	if n == 0 {
		return 0
	}
	j := i + n
	if hasClass(cls, "officials") {
		// one adjective may come before the nisba: مصادر دبلوماسية روسية
		if j+1 < len(toks) && toks[j].joined() && toks[j+1].joined() && !hasArticle(toks[j].Norm) {
			if _, ok := s.a.nisba[arabic.StripArticle(toks[j].fold)]; !ok {
				if _, ok := s.a.nisba[arabic.StripArticle(toks[j+1].fold)]; ok && !arabic.IsStopWord(toks[j].Norm) {
					j++
				}
			}
		}
		// an official of a known state or body: مسؤول في الحكومة التركية
		if j+1 < len(toks) && toks[j].joined() && (toks[j].Norm == "في" || toks[j].Norm == "من") && toks[j+1].joined() {
			var cands []string
			cands = arabic.AliasCandidates(cands, toks[j+1].fold)
			if e, m, ok := s.a.gaz.match(toks, j+1, cands, restKey); ok && e.Kind != KindPerson && e.Kind != KindMedia {
				aff := e.Affiliation
				if e.Kind == KindState {
					aff = e.Name
				}
				if aff != "" {
					name := "مسؤولون من " + aff
					act := Actor{Key: s.a.nameKey(name), Name: name, Kind: KindGroup, Affiliation: aff}
					s.newActor(act)
					s.emit(toks, i, j+1+m, act, act.Key, RuleOfficials)
					return j + 1 + m - i
				}
			}
		}
		if j < len(toks) && toks[j].joined() {
			if st, ok := s.a.nisba[arabic.StripArticle(toks[j].fold)]; ok {
				name := "مسؤولون من " + st
				act := Actor{Key: s.a.nameKey(name), Name: name, Kind: KindGroup, Affiliation: st}
				s.newActor(act)
				s.emit(toks, i, j+1, act, act.Key, RuleOfficials)
				return j + 1 - i
			}
		}
		return 0
	}
	if hasClass(cls, "ministry") {
		return s.ministry(toks, i, j)
	}
	if !hasClass(cls, "orghead") {
		return 0
	}
	// قوات الحوثي، مقاتلو حزب العمال: the forces of a known group are the group
	if forceHeads[strings.TrimPrefix(toks[i].Norm, "و")] && j < len(toks) && toks[j].joined() {
		var cands []string
		cands = arabic.AliasCandidates(cands, toks[j].fold)
		if e, m, ok := s.a.gaz.match(toks, j, cands, restKey); ok && (e.Kind == KindGroup || e.Kind == KindOrg) {
			s.emit(toks, i, j+m, e.actor(), keyOf(toks, j, j+m), RuleGazetteer)
			return j + m - i
		}
	}
	for d := 0; d < 2 && j < len(toks) && toks[j].joined() && s.domainWord(toks, j, d == 0); d++ {
		j++
	}
	aff := ""
	if j < len(toks) && toks[j].joined() {
		if st, ok := s.a.nisba[arabic.StripArticle(toks[j].fold)]; ok {
			aff = st
			j++
		}
	}
	if j == i+n {
		return 0
	}
	head := strings.TrimPrefix(toks[i].key, "و")
	kind := KindOrg
	if groupHeads[head] || groupHeads[toks[i].key] {
		kind = KindGroup
	}
	if mediaHeads[head] || mediaHeads[toks[i].key] {
		kind = KindMedia // وكالة الأنباء الألمانية: a channel, not a speaker
	}
	key := keyOf(toks, i, j)
	_, whole := s.a.words.first[toks[i].Norm] // فصائل is the head word itself, not ف + صائل
	if r, size := utf8.DecodeRuneInString(toks[i].Norm); (r == 'و' || r == 'ف') && !whole {
		key = key[size:]
	}
	if e, ok := s.a.byKey[key]; ok {
		s.emit(toks, i, j, e.actor(), key, RuleGazetteer)
		return j - i
	}
	names := tokTexts(toks[i:j])
	if _, size := utf8.DecodeRuneInString(names[0]); len(key) < len(keyOf(toks, i, j)) {
		names[0] = names[0][size:] // the conjunction is not part of the name: وقوات تركية
	}
	act := Actor{Key: key, Name: strings.Join(names, " "), Kind: kind, Affiliation: aff}
	s.newActor(act)
	s.emit(toks, i, j, act, key, RuleOrgHead)
	return j - i
}

// ministry reads a ministry named by its domain and state, without
// وزارة (الخارجية الإيرانية), as the ministry itself.
func (s *state) ministry(toks []tok, i, j int) int {
	if j >= len(toks) || !toks[j].joined() {
		return 0
	}
	st, ok := s.a.nisba[arabic.StripArticle(toks[j].fold)]
	if !ok {
		return 0
	}
	name := "وزارة " + strings.Join(tokTexts(toks[i:j+1]), " ")
	key := s.a.nameKey(name)
	act := Actor{Key: key, Name: name, Kind: KindOrg, Affiliation: st}
	if e, ok := s.a.byKey[key]; ok {
		act = e.actor()
	} else {
		s.newActor(act)
	}
	s.emit(toks, i, j+1, act, keyOf(toks, i, j+1), RuleOrgHead)
	return j + 1 - i
}

// proposeMerge notes a word that is one letter away from the surname of
// a person named in the article (كاتر for كارتر). Only surnames of five
// letters or more are compared, and the merge is only proposed.
func (s *state) proposeMerge(toks []tok, i int) {
	if len(s.long) == 0 {
		return
	}
	t := &toks[i]
	n := utf8.RuneCountInString(t.key)
	if n < 4 || arabic.IsStopWord(t.Norm) || hasArticle(t.Norm) || s.a.common[t.key] || s.a.given[t.key] || s.a.ambig[t.key] {
		return // a word of news or a given name, not a misspelt surname
	}
	if strings.HasSuffix(t.Text, "ً") || strings.HasSuffix(t.Text, "اً") || strings.HasSuffix(t.key, "يه") {
		return // مالكاً، خمينية: an adjective or an adverb of the name, not a spelling of it
	}
	if i > 0 && placeWords[toks[i-1].Norm] {
		return // مدينة لوريان: a place
	}
	first, _ := utf8.DecodeRuneInString(t.key)
	for _, sn := range s.long {
		if sn.first != first || sn.n-n > 1 || n-sn.n > 1 || sn.key == t.key || !arabic.WithinOneEdit(sn.key, t.key) {
			continue
		}
		actorKey := sn.actor
		if s.nearGivenName(t.key) {
			return // عبدالعزي: a given name cut short
		}
		if s.nameLike(toks, i, true) {
			s.merges = append(s.merges, ProposedMerge{Surface: t.Text, AliasKey: t.key, ActorKey: actorKey,
				Start: t.Start, End: t.End, InTitle: s.inTitle})
		}
		return
	}
}

// result puts the findings in order.
func (s *state) result() Result {
	var r Result
	sort.SliceStable(s.mentions, func(i, j int) bool {
		a, b := s.mentions[i], s.mentions[j]
		if a.InTitle != b.InTitle {
			return a.InTitle
		}
		return a.Start < b.Start
	})
	// a state named only as a place (في سوريا) is not an actor of the article
	asActor := map[string]bool{}
	for _, m := range s.mentions {
		if !m.loc {
			asActor[m.ActorKey] = true
		}
	}
	for _, st := range s.stmts {
		asActor[st.SpeakerKey] = true // a columnist, named only in the byline
	}
	for _, m := range s.mentions {
		if asActor[m.ActorKey] {
			r.Mentions = append(r.Mentions, m.Mention)
		}
	}
	for _, k := range s.order {
		if !asActor[k] {
			continue
		}
		act := *s.actors[k]
		r.Actors = append(r.Actors, act)
		if s.newKeys[k] {
			r.NewActors = append(r.NewActors, act)
		}
	}
	r.Statements = s.stmts
	r.ProposedMerges = s.merges
	return r
}

// nearGivenName reports whether a word is a given name with its last
// letter cut off (عبدالعزي).
func (s *state) nearGivenName(k string) bool {
	for r := 'ء'; r <= 'ي'; r++ {
		if s.a.given[k+string(r)] {
			return true
		}
	}
	return false
}

// placeWords come before the name of a place.
var placeWords = map[string]bool{"في": true, "مدينه": true, "المدينه": true, "مرفا": true, "ميناء": true, "بلده": true,
	"قريه": true, "منطقه": true, "محافظه": true, "ولايه": true, "اقليم": true, "نادي": true, "فريق": true}
