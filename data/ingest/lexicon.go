package ingest

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
	"sync"

	"marsad/data/arabic"
	"marsad/resources"
)

// lexicon holds the phrases of resources/lexicon/ingest_text.tsv, each
// as its normalised words joined by one space.
type lexicon struct {
	teaser, control, share, contributors, attribution map[string]bool
	outletWord, credit, creditWord, caption           map[string]bool
	permalink, tags, place, titleEnd                  map[string]bool
	first                                             map[string]bool   // first words of teaser, control, share and contributor phrases
	fields                                            map[string]string // label of a metadata line → title, date, source, author, url
	maxWords                                          int
}

var loadLexicon = sync.OnceValues(func() (*lexicon, error) {
	b, err := resources.ReadLexicon("ingest_text.tsv")
	if err != nil {
		return nil, fmt.Errorf("read ingest lexicon: %w", err)
	}
	return parseLexicon(b)
})

func parseLexicon(b []byte) (*lexicon, error) {
	lex := &lexicon{teaser: map[string]bool{}, control: map[string]bool{}, share: map[string]bool{},
		contributors: map[string]bool{}, attribution: map[string]bool{}, outletWord: map[string]bool{},
		credit: map[string]bool{}, creditWord: map[string]bool{}, caption: map[string]bool{}, permalink: map[string]bool{}, tags: map[string]bool{}, place: map[string]bool{}, titleEnd: map[string]bool{}, first: map[string]bool{}, fields: map[string]string{}}
	sets := map[string]map[string]bool{"teaser": lex.teaser, "control": lex.control, "share": lex.share,
		"contributors": lex.contributors, "attribution": lex.attribution, "outletword": lex.outletWord,
		"credit": lex.credit, "creditword": lex.creditWord, "caption": lex.caption, "permalink": lex.permalink, "tags": lex.tags, "place": lex.place, "titleend": lex.titleEnd}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		kind, phrase, ok := strings.Cut(text, "\t")
		words := arabic.Words(phrase)
		if field, isField := strings.CutPrefix(kind, "field-"); isField && ok && len(words) > 0 {
			lex.fields[strings.Join(words, " ")] = field
			continue
		}
		set := sets[kind]
		if !ok || set == nil || len(words) == 0 {
			return nil, fmt.Errorf("parse ingest lexicon line %d: want a known kind and a phrase", line)
		}
		set[strings.Join(words, " ")] = true
		switch kind {
		case "teaser", "control", "share", "contributors", "permalink", "tags":
			lex.first[words[0]] = true
		}
		lex.maxWords = max(lex.maxWords, len(words))
	}
	return lex, sc.Err()
}

func textLexicon() *lexicon {
	lex, err := loadLexicon()
	if err != nil {
		panic(err) // embedded at build time and tested
	}
	return lex
}

var loadCalendar = sync.OnceValues(func() (*arabic.Calendar, error) {
	b, err := resources.ReadLexicon("months.tsv")
	if err != nil {
		return nil, fmt.Errorf("read months: %w", err)
	}
	return arabic.ParseMonths(bytes.NewReader(b))
})

func calendar() *arabic.Calendar {
	c, err := loadCalendar()
	if err != nil {
		panic(err) // embedded at build time and tested
	}
	return c
}

// prefixIn reports how many of the leading words form a phrase of set.
func prefixIn(set map[string]bool, words []string, maxWords int) int {
	for n := min(maxWords, len(words)); n >= 1; n-- {
		if set[strings.Join(words[:n], " ")] {
			return n
		}
	}
	return 0
}

// onlyWordsOf reports whether the words are made up entirely of phrases
// from the given sets.
func onlyWordsOf(words []string, maxWords int, sets ...map[string]bool) bool {
	if len(words) == 0 {
		return false
	}
	for len(words) > 0 {
		n := 0
		for _, set := range sets {
			n = max(n, prefixIn(set, words, maxWords))
		}
		if n == 0 {
			return false
		}
		words = words[n:]
	}
	return true
}
