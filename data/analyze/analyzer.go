package analyze

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"marsad/data"
	"marsad/data/arabic"
)

// Topic is a subject stance is judged toward: a name and keywords
// (words or phrases), matched normalised and stemmed.
type Topic struct {
	Name     string
	Keywords []string
}

// Mention rules: how a mention was found.
const (
	RuleGazetteer = "gazetteer"  // a name or alias of the gazetteer
	RuleMetonym   = "metonym"    // a capital or building standing for a state or office
	RuleTitleName = "title+name" // an office, then a name
	RuleGivenName = "given-name" // a known given name and a surname
	RuleOrgHead   = "org-head"   // an organisation head word and its name
	RuleOfficials = "officials"  // unnamed officials of a state
	RuleShortForm = "short-form" // a surname or office word referring to an actor named earlier
	RuleRole      = "role"       // an office whose holder the text does not name
	RuleVerbName  = "verb+name"  // a name-like phrase right after a reporting verb
)

// Mention is one place an actor is named in an article.
type Mention struct {
	ActorKey    string // the actor's key (Actor.Key)
	AliasKey    string // key of the words that matched
	Name        string // the actor's canonical name
	Kind        string
	Affiliation string
	Role        string
	Start, End  int  // byte offsets into the article's Body, or its Title when InTitle
	InTitle     bool // the mention is in the title
	Rule        string
}

// Actor is an actor found in an article: from the gazetteer or made by a
// rule (then listed in Result.NewActors).
type Actor struct {
	Key         string
	Name        string
	Kind        string
	Affiliation string
	Role        string
	Aliases     []string // surface forms seen in the article
}

// Cue is one piece of evidence for a statement's stance.
type Cue struct {
	Text       string `json:"text"`
	Class      string `json:"class"`
	Start, End int    `json:"-"`
	Negated    bool   `json:"negated,omitempty"`
	// Weight is what the cue added to the chosen stance's score in the
	// stance model (0 when the rules decided).
	Weight float64 `json:"weight,omitempty"`
}

// Statement is a stretch of an article attributed to an actor, with its
// topic and stance when it is about one of the analyser's topics.
type Statement struct {
	SpeakerKey   string
	Speaker      string // the speaker's canonical name
	SpeakerAlias string // key of the words naming the speaker
	InTitle      bool
	SentStart    int // the sentence the statement is in
	SentEnd      int
	Start, End   int // the statement itself, within the sentence
	Sentence     string
	Verb         string // the reporting verb or pattern
	Pattern      string // verb-first, speaker-first, headline, source, continuation
	TopicName    string // "" when not about a topic
	Stance       string // "" when TopicName is ""
	Confidence   float64
	Cues         []Cue
	// Features are what the stance model read (training and learning
	// from corrections use them); nil when no topic was judged.
	Features []string
}

// ProposedMerge is a word that differs by one letter from the name of an
// actor in the same article: perhaps a misspelling, for the user to confirm.
type ProposedMerge struct {
	Surface  string
	AliasKey string
	ActorKey string
	Start    int
	End      int
	InTitle  bool
}

// Result is the analysis of one article.
type Result struct {
	Mentions       []Mention
	Statements     []Statement
	Actors         []Actor // every actor mentioned, gazetteer or new
	NewActors      []Actor // actors made by rules, not in the gazetteer
	ProposedMerges []ProposedMerge
}

// Analyzer finds actors, statements and stances. Build it once with New;
// it is read-only afterwards and safe for concurrent use.
type Analyzer struct {
	entries   []*entry
	gaz       matcher[*entry] // names and aliases
	ctx       matcher[*entry] // contextual short forms
	met       matcher[*entry] // metonyms
	cues      matcher[*CueEntry]
	words     matcher[string] // titles, ranks, org heads, …
	nisba     map[string]string
	given     map[string]bool
	byRole    map[string][]roleHolder // role key + "|" + affiliation
	byKey     map[string]*entry
	topics    []topic
	stateKey  map[string]string // state name → key
	first     map[string]bool   // first-word keys of gaz, ctx and met
	model     *Model            // the stance model; nil: the rules decide
	common    map[string]bool   // keys of common words that no name has
	commonRaw map[string]bool   // keys of all common words
	ambig     map[string]bool   // given names that are also common words
}

// nameCands returns the keys a word may have as the first word of a
// name (arabic.AliasCandidates), leaving out a nisba that had the article:
// السورية is "the Syrian", never سورية, Syria.
func (a *Analyzer) nameCands(dst []string, fold string) []string {
	dst = arabic.AliasCandidates(dst, fold)
	if !hasArticle(fold) {
		return dst
	}
	out := dst[:0]
	for _, c := range dst {
		if _, ok := a.nisba[c]; ok && c != fold {
			continue
		}
		out = append(out, c)
	}
	return out
}

// anyFirst reports whether one of the keys starts a gazetteer phrase.
func (a *Analyzer) anyFirst(keys []string) bool {
	for _, k := range keys {
		if a.first[k] {
			return true
		}
	}
	return false
}

// entry is a compiled gazetteer entry.
type entry struct {
	Entry
	key     string
	roleKey string
}

// New builds an analyser from a lexicon and the topics to judge stance
// toward.
func New(lx Lexicon, topics []Topic) *Analyzer {
	a := &Analyzer{
		gaz: newMatcher[*entry](), ctx: newMatcher[*entry](), met: newMatcher[*entry](),
		cues: newMatcher[*CueEntry](), words: newMatcher[string](),
		nisba: map[string]string{}, given: map[string]bool{}, byRole: map[string][]roleHolder{},
		byKey: map[string]*entry{}, stateKey: map[string]string{},
	}
	for st, forms := range lx.Nisba {
		for _, f := range forms {
			k := arabic.AliasKeyWord(f)
			for _, suf := range []string{"", "ه", "ون", "ين", "ان", "تان", "تين"} {
				a.nisba[k+suf] = st
			}
		}
	}
	// a name whose key is a function word (ألما → ما once the article-like
	// ال is stripped) would make names of ordinary phrases: left out
	nameKey := func(g string) (string, bool) {
		k := arabic.AliasKeyWord(g)
		return k, utf8.RuneCountInString(k) > 2 && !arabic.IsStopWord(k)
	}
	for _, g := range lx.GivenNames {
		if k, ok := nameKey(g); ok {
			a.given[k] = true
		}
	}
	a.ambig = map[string]bool{}
	for _, g := range lx.AmbiguousNames {
		if k, ok := nameKey(g); ok && !a.given[k] {
			a.ambig[k] = true
		}
	}
	for w, cls := range lx.Words {
		a.words.add(normKeys(w), cls)
	}
	for i := range lx.Cues {
		c := &lx.Cues[i]
		for _, f := range c.Forms {
			a.cues.add(normKeys(f), c)
		}
	}
	for _, e := range lx.Gazetteer {
		a.addEntry(e)
	}
	a.common, a.commonRaw = map[string]bool{}, map[string]bool{}
	for _, w := range lx.CommonWords {
		k := a.canon(arabic.AliasKeyWord(w))
		a.common[k], a.commonRaw[k] = true, true
	}
	// the words of persons' names are names, however common (الأسد، صالح);
	// the words of organisations' names are not (العسكري in المجلس العسكري)
	for _, m := range []*matcher[*entry]{&a.gaz, &a.ctx} {
		for k, ps := range m.first {
			for _, p := range ps {
				if p.val.Kind != KindPerson {
					continue
				}
				delete(a.common, k)
				for _, r := range p.rest {
					delete(a.common, r)
				}
			}
		}
	}
	for g := range a.given {
		delete(a.common, g)
	}
	a.first = map[string]bool{}
	for _, m := range []*matcher[*entry]{&a.gaz, &a.ctx, &a.met} {
		for k := range m.first {
			a.first[k] = true
		}
	}
	a.gaz.sort()
	a.ctx.sort()
	a.met.sort()
	a.cues.sort()
	a.words.sort()
	for _, t := range topics {
		a.topics = append(a.topics, a.compileTopic(t))
	}
	a.model = lx.Model
	return a
}

// WithModel returns a copy of the analyser that decides stance with m
// (nil: with the rules alone).
func (a *Analyzer) WithModel(m *Model) *Analyzer {
	cp := *a
	cp.model = m
	return &cp
}

// Model returns the stance model the analyser uses, or nil.
func (a *Analyzer) Model() *Model { return a.model }

func (a *Analyzer) addEntry(e Entry) {
	e = a.sanitize(e)
	en := &entry{Entry: e, key: e.Key}
	if en.key == "" {
		en.key = a.nameKey(e.Name)
	}
	if _, ok := a.byKey[en.key]; !ok && e.Key == "" {
		// the same actor under another spelling of its name (سلمان بن
		// عبدالعزيز, سلمان بن عبد العزيز): one actor, the first key
		if old := a.sameActor(e); old != nil {
			en.key = old.key
		}
	}
	if old, ok := a.byKey[en.key]; ok {
		// one actor listed twice (a user's entry and the shipped one): the
		// first entry stays, with the names of both
		en = old
		e.Aliases = append(e.Aliases, e.Name)
		if en.Role == "" {
			en.Role = e.Role
		}
	} else {
		a.byKey[en.key] = en
		a.entries = append(a.entries, en)
	}
	if len(e.Terms) > 0 && len(en.Terms) == 0 {
		en.Terms = e.Terms
	}
	if e.Kind == KindState {
		a.stateKey[e.Name] = en.key
	}
	if en.Name == e.Name {
		for _, v := range abdVariants(e.Name) {
			a.gaz.addArt(a.wordKeys(v), en, firstArt(v))
		}
	}
	for _, s := range e.Aliases {
		for _, v := range abdVariants(s) {
			a.gaz.addArt(a.wordKeys(v), en, firstArt(v))
		}
	}
	for _, s := range e.Contextual {
		a.ctx.add(a.wordKeys(s), en)
	}
	for _, s := range e.Metonyms {
		a.met.addArt(a.wordKeys(s), en, firstArt(s))
	}
	if len(e.Terms) > 0 {
		for _, t := range e.Terms {
			rk := arabic.AliasKey(t.Role) + "|" + e.Affiliation
			a.byRole[rk] = append(a.byRole[rk], roleHolder{e: en, from: t.From, to: t.To, dated: true})
		}
		if en.roleKey == "" && e.Role != "" {
			en.roleKey = arabic.AliasKey(e.Role)
		}
	} else if e.Role != "" && en.Role == e.Role && en.roleKey == "" {
		en.roleKey = arabic.AliasKey(e.Role)
		rk := en.roleKey + "|" + e.Affiliation
		a.byRole[rk] = append(a.byRole[rk], roleHolder{e: en})
	}
}

// roleHolder is an actor holding an office, in the years [from, to]
// when dated (to 0: still in office).
type roleHolder struct {
	e        *entry
	from, to int
	dated    bool
}

// holderIn returns the one actor holding an office of key rk in year
// (0: unknown): among those whose dated term covers the year, else among
// those listed without dates. ok is false when none or several hold it.
func (a *Analyzer) holderIn(rk string, year int) (*entry, bool) {
	var dated, undated []*entry
	latest := -1
	for _, h := range a.byRole[rk] {
		switch {
		case !h.dated:
			undated = append(undated, h.e)
		case year > 0 && h.from <= year && (h.to == 0 || year <= h.to), year == 0 && h.to == 0:
			// in a year of change, the one who took office that year
			switch {
			case h.from > latest:
				dated, latest = []*entry{h.e}, h.from
			case h.from == latest && (len(dated) == 0 || dated[0] != h.e):
				dated = append(dated, h.e)
			}
		}
	}
	if len(dated) == 1 {
		return dated[0], true
	}
	if len(dated) == 0 && len(undated) == 1 {
		return undated[0], true
	}
	return nil, false
}

// abdVariants returns a name as written and, when it holds عبد, with
// عبد joined to the next word or parted from it: news writes both
// عبد العزيز and عبدالعزيز.
func abdVariants(name string) []string {
	out := []string{name}
	if strings.Contains(name, "عبد ") {
		out = append(out, strings.ReplaceAll(name, "عبد ", "عبد"))
	}
	for _, w := range strings.Fields(name) {
		if rest, ok := strings.CutPrefix(w, "عبد"); ok && rest != "" && !strings.Contains(name, "عبد ") {
			out = append(out, strings.ReplaceAll(name, "عبد"+rest, "عبد "+rest))
			break
		}
	}
	return out
}

// Entries returns the gazetteer the analyser was built with, as actors
// with their keys.
func (a *Analyzer) Entries() []Actor {
	out := make([]Actor, 0, len(a.entries))
	for _, e := range a.entries {
		out = append(out, e.actor())
	}
	return out
}

func (e *entry) actor() Actor {
	al := append(append([]string{}, e.Aliases...), e.Metonyms...)
	return Actor{Key: e.key, Name: e.Name, Kind: e.Kind, Affiliation: e.Affiliation, Role: e.Role, Aliases: al}
}

// KeyOf returns the actor key the analyser gives the name s.
func (a *Analyzer) KeyOf(s string) string { return a.nameKey(s) }

// Topics returns the names of the analyser's topics.
func (a *Analyzer) Topics() []string {
	out := make([]string, len(a.topics))
	for i, t := range a.topics {
		out[i] = t.name
	}
	return out
}

// Article analyses one article: its title, then its body.
func (a *Analyzer) Article(art *data.Article) Result {
	st := newState(a)
	if len(art.Date) >= 4 {
		st.year, _ = strconv.Atoi(art.Date[:4])
	}
	var parts [2]struct {
		text  string
		toks  []tok
		sents []arabic.Span
	}
	parts[0].text, parts[1].text = art.Title, art.Body
	for p := range parts {
		if strings.TrimSpace(parts[p].text) == "" {
			continue
		}
		parts[p].toks = a.prepare(parts[p].text)
		parts[p].sents = arabic.Sentences(parts[p].text)
		st.inTitle = p == 0
		st.detect(parts[p].toks)
	}
	if len(a.topics) > 0 {
		st.aboutTopics(parts[0].toks, parts[1].sents, parts[1].toks)
	}
	for p := range parts {
		if parts[p].toks == nil {
			continue
		}
		st.inTitle = p == 0
		st.statements(parts[p].text, parts[p].toks, parts[p].sents)
	}
	if parts[1].toks != nil {
		st.authorStatements(art.Author, parts[1].text, parts[1].toks, parts[1].sents)
	}
	return st.result()
}

// sameActor returns the entry already added whose name or alias is, word
// for word, the name or an alias of e, and of the same kind; or nil.
func (a *Analyzer) sameActor(e Entry) *entry {
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		for _, v := range abdVariants(n) {
			keys := a.wordKeys(v)
			if len(keys) < 2 && e.Kind == KindPerson {
				continue // a bare surname is not enough
			}
			if len(keys) == 0 {
				continue
			}
		next:
			for _, p := range a.gaz.first[keys[0]] {
				if len(p.rest) != len(keys)-1 || p.val.Kind != e.Kind {
					continue
				}
				for i, k := range p.rest {
					if k != keys[i+1] {
						continue next
					}
				}
				return p.val
			}
		}
	}
	return nil
}

// sanitize drops from a gazetteer entry the forms that would match
// ordinary words: a one-word alias or metonym that is a stop word, a
// nisba (تركية is "Turkish") or of two letters.
func (a *Analyzer) sanitize(e Entry) Entry {
	ok := func(f string) bool {
		ws := arabic.Words(f)
		if len(ws) != 1 {
			return len(ws) > 1
		}
		w := ws[0]
		if arabic.IsStopWord(w) || questionWords[w] || utf8.RuneCountInString(w) <= 2 {
			return false // كيف (how) is not كييف
		}
		if _, nis := a.nisba[arabic.AliasKeyWord(w)]; nis && e.Kind != KindState {
			return false
		}
		if _, nis := a.nisba[arabic.AliasKeyWord(w)]; nis && arabic.AliasKey(e.Name) != arabic.AliasKeyWord(w) {
			return false
		}
		return true
	}
	filter := func(in []string) []string {
		var out []string
		for _, f := range in {
			if ok(f) {
				out = append(out, f)
			}
		}
		return out
	}
	e.Aliases = filter(e.Aliases)
	e.Contextual = filter(e.Contextual)
	e.Metonyms = filter(e.Metonyms)
	return e
}

// IsNameWord reports whether a normalised word starts a name the
// analyser knows: a given name or the first word of a gazetteer name.
func (a *Analyzer) IsNameWord(w string) bool {
	k := arabic.StripArticle(arabic.FoldForeign(w))
	return a.given[k] || a.ambig[k] || a.first[k] || a.first[arabic.FoldForeign(w)]
}

// firstArt tells whether a name's first word carries the article.
func firstArt(name string) int8 {
	ts := arabic.Tokens(name)
	if len(ts) == 0 {
		return 0
	}
	return wordArt(arabic.FoldForeign(ts[0].Norm))
}

// questionWords are function words the stop list lacks that gazetteer
// forms can look like.
var questionWords = map[string]bool{"كيف": true, "متي": true, "اين": true, "لماذا": true, "ماذا": true, "هل": true, "كم": true, "ايضا": true, "حين": true}
