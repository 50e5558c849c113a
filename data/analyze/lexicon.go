package analyze

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strconv"
	"strings"

	"marsad/resources"
)

// Actor kinds.
const (
	KindPerson = "person"
	KindOrg    = "org"
	KindState  = "state"
	KindGroup  = "group"
	KindMedia  = "media" // a news outlet: quoted as a channel, never as a speaker
)

// Entry is one actor of a gazetteer: its canonical name, kind, state,
// office and the other names it goes by.
type Entry struct {
	Name        string
	Kind        string
	Affiliation string   // canonical name of the actor's state, or ""
	Role        string   // office held, e.g. "وزير الخارجية"
	Aliases     []string // other spellings and short forms
	Contextual  []string // short forms that match only after the actor was named
	Metonyms    []string // places standing for the actor (واشنطن)
	// Terms are the offices held with their years: "وزير الخارجية
	// الإيراني" in a 2015 article resolves to the minister of 2015.
	Terms []Term
	// Key, when set, is the actor key mentions of this entry carry; by
	// default it is arabic.AliasKey(Name). Corpus actors renamed by their
	// user keep their first key this way.
	Key string
}

// Term is an office held from one year to another (To 0: still held).
type Term struct {
	Role     string
	From, To int
}

// parseTerms reads "office@2013-2021|office@2021-".
func parseTerms(s string) ([]Term, error) {
	var out []Term
	for _, p := range splitBar(s) {
		role, years, ok := strings.Cut(p, "@")
		from, to, ok2 := strings.Cut(years, "-")
		if !ok || !ok2 || strings.TrimSpace(role) == "" {
			return nil, fmt.Errorf("term %q: want office@from-to", p)
		}
		t := Term{Role: strings.TrimSpace(role)}
		var err error
		if t.From, err = strconv.Atoi(strings.TrimSpace(from)); err != nil {
			return nil, fmt.Errorf("term %q: %w", p, err)
		}
		if to = strings.TrimSpace(to); to != "" {
			if t.To, err = strconv.Atoi(to); err != nil {
				return nil, fmt.Errorf("term %q: %w", p, err)
			}
		}
		out = append(out, t)
	}
	return out, nil
}

// Cue classes.
const (
	ClassReport      = "report"
	ClassAssertive   = "assertive"
	ClassSupport     = "support"
	ClassOppose      = "oppose"
	ClassDoubt       = "doubt"
	ClassProposal    = "proposal"
	ClassConditional = "conditional"
	ClassNegation    = "negation"
	ClassNotNeg      = "notneg"
	ClassSource      = "source"
	ClassLikely      = "likely"
	ClassNarration   = "narration" // يذكر أن: the writer's own voice
	// ClassTopic marks a topic keyword in a statement's evidence.
	ClassTopic = "topic"
)

// Cue kinds.
const (
	CueVerb       = "verb"       // third person: introduces a speaker
	CueParticiple = "participle" // keeps the previous speaker
	CueWord       = "word"       // a stance cue only
)

// CueEntry is one cue of the cue lexicon: its spellings, class and kind.
type CueEntry struct {
	Forms []string
	Class string
	Kind  string
}

// Lexicon is the language data the analyser is built from. Every list is
// plain data read from TSV files; see resources/lexicon.
type Lexicon struct {
	Gazetteer  []Entry
	Cues       []CueEntry
	Words      map[string]string   // phrase → class (title, spokesman, rank, orghead, officials, time, anaphor, shortform)
	Nisba      map[string][]string // state → masculine nisba forms
	GivenNames []string
	Model      *Model // the stance model; nil: stance by rules
	// AmbiguousNames are given names that are also common words (عادل،
	// أمل): a name only after an office or before a known surname.
	AmbiguousNames []string
	// CommonWords are word forms frequent in news (common_words.tsv): never
	// part of an unknown name unless the gazetteer or GivenNames has them.
	CommonWords []string
}

// DefaultLexicon reads the lexicon files embedded in Marsad:
// gazetteer.tsv, cues.tsv, analyze_words.tsv, analyze_nisba.tsv and
// analyze_names.tsv.
func DefaultLexicon() (Lexicon, error) {
	var lx Lexicon
	read := func(name string, parse func(io.Reader) error) error {
		b, err := resources.ReadLexicon(name)
		if err != nil {
			return fmt.Errorf("read lexicon %s: %w", name, err)
		}
		if err := parse(bytes.NewReader(b)); err != nil {
			return fmt.Errorf("read lexicon %s: %w", name, err)
		}
		return nil
	}
	// gazetteer.tsv first, so that its names stay the canonical ones (and
	// actor keys stay the same); then the regional files gazetteer_*.tsv
	names := []string{"gazetteer.tsv"}
	more, _ := fs.Glob(resources.Lexicon(), "gazetteer_*.tsv")
	sort.Strings(more)
	var err error
	for _, name := range append(names, more...) {
		if err == nil {
			err = read(name, func(r io.Reader) error {
				es, err := ParseGazetteer(r)
				lx.Gazetteer = append(lx.Gazetteer, es...)
				return err
			})
		}
	}
	if err == nil {
		err = read("cues.tsv", func(r io.Reader) (err error) { lx.Cues, err = ParseCues(r); return })
	}
	if err == nil {
		err = read("analyze_words.tsv", func(r io.Reader) (err error) { lx.Words, err = parsePairs(r); return })
	}
	if err == nil {
		err = read("analyze_nisba.tsv", func(r io.Reader) (err error) { lx.Nisba, err = parseNisba(r); return })
	}
	if err == nil {
		err = read("analyze_names.tsv", func(r io.Reader) (err error) { lx.GivenNames, err = parseList(r); return })
	}
	if err == nil {
		err = read("given_names.tsv", func(r io.Reader) (err error) {
			lx.GivenNames, lx.AmbiguousNames, err = parseNames(r, lx.GivenNames)
			return
		})
	}
	if err == nil {
		err = read("common_words.tsv", func(r io.Reader) (err error) { lx.CommonWords, err = parseList(r); return })
	}
	if err == nil {
		err = read("stance_model.tsv", func(r io.Reader) (err error) {
			lx.Model, err = ParseModel(r)
			if err == nil && len(lx.Model.Weights) == 0 {
				lx.Model = nil // no model trained: the rules decide
			}
			return
		})
	}
	return lx, err
}

// eachRecord calls fn with the tab-separated fields of every line of r
// that is neither empty nor a # comment, and the line's number.
func eachRecord(r io.Reader, fn func(line int, f []string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if err := fn(n, f); err != nil {
			return err
		}
	}
	return sc.Err()
}

func splitBar(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func field(f []string, i int) string {
	if i < len(f) {
		return f[i]
	}
	return ""
}

var kinds = map[string]bool{KindPerson: true, KindOrg: true, KindState: true, KindGroup: true, KindMedia: true}

// ParseGazetteer reads a gazetteer TSV: name, kind, affiliation, role,
// aliases and metonyms (the last two separated by |; an alias starting
// with ? is contextual), and terms (office@from-to, separated by |).
func ParseGazetteer(r io.Reader) ([]Entry, error) {
	var out []Entry
	err := eachRecord(r, func(line int, f []string) error {
		e := Entry{Name: field(f, 0), Kind: field(f, 1), Affiliation: field(f, 2), Role: field(f, 3)}
		if e.Name == "" || !kinds[e.Kind] {
			return fmt.Errorf("line %d: want a name and a kind (person, org, state, group, media)", line)
		}
		for _, a := range splitBar(field(f, 4)) {
			if c, ok := strings.CutPrefix(a, "?"); ok {
				e.Contextual = append(e.Contextual, c)
			} else {
				e.Aliases = append(e.Aliases, a)
			}
		}
		e.Metonyms = splitBar(field(f, 5))
		terms, err := parseTerms(field(f, 6))
		if err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
		e.Terms = terms
		out = append(out, e)
		return nil
	})
	return out, err
}

var cueClasses = map[string]bool{ClassReport: true, ClassAssertive: true, ClassSupport: true, ClassOppose: true,
	ClassDoubt: true, ClassProposal: true, ClassConditional: true, ClassNegation: true, ClassNotNeg: true,
	ClassSource: true, ClassLikely: true, ClassNarration: true}

// ParseCues reads a cue TSV: forms (separated by |), class and kind.
func ParseCues(r io.Reader) ([]CueEntry, error) {
	var out []CueEntry
	err := eachRecord(r, func(line int, f []string) error {
		c := CueEntry{Forms: splitBar(field(f, 0)), Class: field(f, 1), Kind: field(f, 2)}
		if c.Kind == "" {
			c.Kind = CueWord
		}
		if len(c.Forms) == 0 || !cueClasses[c.Class] || (c.Kind != CueVerb && c.Kind != CueParticiple && c.Kind != CueWord) {
			return fmt.Errorf("line %d: want forms, a known class and a kind (verb, participle, word)", line)
		}
		out = append(out, c)
		return nil
	})
	return out, err
}

func parsePairs(r io.Reader) (map[string]string, error) {
	out := map[string]string{}
	err := eachRecord(r, func(line int, f []string) error {
		if field(f, 0) == "" || field(f, 1) == "" {
			return fmt.Errorf("line %d: want a phrase and a class", line)
		}
		// a phrase may have several classes: keep them all, comma-separated
		if old, ok := out[f[0]]; ok {
			out[f[0]] = old + "," + f[1]
		} else {
			out[f[0]] = f[1]
		}
		return nil
	})
	return out, err
}

func parseNisba(r io.Reader) (map[string][]string, error) {
	out := map[string][]string{}
	err := eachRecord(r, func(line int, f []string) error {
		forms := splitBar(field(f, 1))
		if field(f, 0) == "" || len(forms) == 0 {
			return fmt.Errorf("line %d: want a state and its nisba forms", line)
		}
		out[f[0]] = append(out[f[0]], forms...)
		return nil
	})
	return out, err
}

func parseList(r io.Reader) ([]string, error) {
	var out []string
	err := eachRecord(r, func(_ int, f []string) error {
		out = append(out, f[0])
		return nil
	})
	return out, err
}

// parseNames reads given_names.tsv: a name and its flag, "name" or
// "ambiguous", per line; names are appended to given.
func parseNames(r io.Reader, given []string) ([]string, []string, error) {
	var amb []string
	err := eachRecord(r, func(line int, f []string) error {
		switch field(f, 1) {
		case "name", "":
			given = append(given, f[0])
		case "ambiguous":
			amb = append(amb, f[0])
		default:
			return fmt.Errorf("line %d: flag %q: want name or ambiguous", line, f[1])
		}
		return nil
	})
	return given, amb, err
}
