package stories

import (
	"slices"

	"marsad/data/arabic"
)

// Mention is one place an actor is named in an article: byte offsets into
// the body, or into the headline when InTitle.
type Mention struct {
	Actor      string
	Start, End int
	InTitle    bool
}

// Statement is a stretch of an article attributed to an actor, with its
// stance toward a topic ("" when it is about none).
type Statement struct {
	Actor      string `json:"actor"`
	Stance     string `json:"stance,omitempty"`
	Topic      string `json:"topic,omitempty"`
	InTitle    bool   `json:"in_title,omitempty"`
	Start      int    `json:"start"` // byte offsets into the body, or the headline when InTitle
	End        int    `json:"end"`
	Text       string `json:"text"`
	Cue        string `json:"cue,omitempty"`
	Sentence   int    `json:"sentence_index"` // set by Compare: the body sentence it lies in, -1 for the headline
	ArticleRef int64  `json:"article"`        // set by Compare
}

// Side is one article to compare, with what the analysis found in it.
type Side struct {
	ID         int64
	Title      string
	Body       string
	Source     string
	Date       string
	File       string        // where it was imported from, for display
	Skip       []arabic.Span // stretches of the body left out, such as photo captions
	Mentions   []Mention
	Statements []Statement
}

// SentenceRef is one body sentence of one article.
type SentenceRef struct {
	Article int64  `json:"article"`
	Index   int    `json:"sentence_index"`
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// Pair is two sentences of two articles that say the same thing.
type Pair struct {
	A          SentenceRef `json:"a"`
	B          SentenceRef `json:"b"`
	Similarity float64     `json:"similarity"`
}

// ActorStance is what one article has of one actor.
type ActorStance struct {
	Actor      string   `json:"actor"`
	Stance     string   `json:"stance,omitempty"` // the prevailing stance of its statements
	Stances    []string `json:"stances,omitempty"`
	Mentions   int      `json:"mentions"`
	Statements int      `json:"statements"`
}

// OnlyHere is what one article has that no other compared article has.
type OnlyHere struct {
	Sentences  []SentenceRef `json:"sentences"`
	Actors     []string      `json:"actors"`
	Statements []Statement   `json:"statements"`
}

// SideReport describes one compared article.
type SideReport struct {
	ID        int64         `json:"id"`
	File      string        `json:"file"`
	Source    string        `json:"source"`
	Date      string        `json:"date"`
	Title     string        `json:"title"`
	Sentences int           `json:"sentences"`
	Actors    []ActorStance `json:"actors"`
	Only      OnlyHere      `json:"only"`
}

// ActorRow is one actor across the compared articles: its stance in each
// article that quotes it ("" when the article names it without a stance
// on the topic); articles that leave it out have no entry.
type ActorRow struct {
	Actor            string            `json:"actor"`
	StancesByArticle map[string]string `json:"stances_by_article"`
}

// Kinds of difference.
const (
	DiffStance   = "stance"          // one actor, different stances
	DiffQuoted   = "quoted_one_side" // an actor quoted by some articles, not by others
	DiffHeadline = "headline"        // headlines that frame the event differently
)

// Difference is a difference between the compared articles that matters
// to a researcher.
type Difference struct {
	Kind     string  `json:"kind"`
	Actor    string  `json:"actor,omitempty"`
	Articles []int64 `json:"articles"` // the articles concerned
	Missing  []int64 `json:"missing,omitempty"`
	Detail   string  `json:"detail"`
}

// Comparison is two or more articles side by side.
type Comparison struct {
	Articles    []SideReport  `json:"articles"`
	Pairs       []Pair        `json:"pairs"`
	Unpaired    []SentenceRef `json:"unpaired"`
	Actors      []ActorRow    `json:"actors"`
	Differences []Difference  `json:"differences"`
}

// CompareOptions tune a comparison.
type CompareOptions struct {
	// Floor is the least similarity at which two sentences say the same
	// thing. Default 0.22.
	Floor float64
	// Background gives IDF weights a prior; nil for none.
	Background *Background
}

// Compare lines up two or more articles: each body sentence is paired
// with its closest counterpart in each other article when they say the
// same thing (one to one, by the assignment of greatest total
// similarity), and the rest is left unpaired; each side's actors and
// stances are summed up, with what only it has; and the differences are
// flagged.
func Compare(sides []Side, opts CompareOptions) Comparison {
	if opts.Floor == 0 {
		opts.Floor = 0.22
	}
	texts := prepareSides(sides, opts.Background)
	var c Comparison
	paired := make([][]bool, len(sides))
	for i := range texts {
		paired[i] = make([]bool, len(texts[i].sents))
	}
	for i := range texts {
		for j := i + 1; j < len(texts); j++ {
			for _, m := range bestMatch(simMatrix(texts[i].sets, texts[j].sets), opts.Floor) {
				c.Pairs = append(c.Pairs, Pair{A: texts[i].sents[m.I], B: texts[j].sents[m.J], Similarity: round3(m.Sim)})
				paired[i][m.I], paired[j][m.J] = true, true
			}
		}
	}
	for i, t := range texts {
		for k, ref := range t.sents {
			if !paired[i][k] {
				c.Unpaired = append(c.Unpaired, ref)
			}
		}
	}
	c.Articles, c.Actors = sideReports(sides, texts, paired)
	c.Differences = differences(sides, texts, c.Articles)
	return c
}

func round3(x float64) float64 {
	return float64(int64(x*1000+0.5)) / 1000
}

// sideText is one side prepared for alignment.
type sideText struct {
	sents []SentenceRef
	sets  []sentSet
	title sentSet
}

func prepareSides(sides []Side, bg *Background) []sideText {
	df := newDocFreq()
	df.bg = bg
	for _, s := range sides {
		df.add(Sign(s.Title, s.Body))
	}
	out := make([]sideText, len(sides))
	for i, s := range sides {
		var t sideText
		for _, sp := range arabic.Sentences(s.Body) {
			if skipped(sp, s.Skip) {
				continue
			}
			t.sents = append(t.sents, SentenceRef{Article: s.ID, Index: len(t.sents), Text: sp.Text(s.Body), Start: sp.Start, End: sp.End})
			t.sets = append(t.sets, sentenceSet(sp.Text(s.Body), df))
		}
		t.title = sentenceSet(s.Title, df)
		out[i] = t
	}
	return out
}

func skipped(sp arabic.Span, skip []arabic.Span) bool {
	for _, k := range skip {
		if sp.Start >= k.Start && sp.End <= k.End {
			return true
		}
	}
	return false
}

// sentenceSet builds the weighted term set of one sentence.
func sentenceSet(s string, df *docFreq) sentSet {
	var hs, nums []uint32
	for _, t := range arabic.Tokens(s) {
		if arabic.IsStopWord(t.Norm) {
			continue
		}
		k := keyOfNorm(t.Norm)
		if k == "" {
			continue
		}
		h := HashKey(k)
		hs = append(hs, h)
		if isNumber(k) {
			nums = append(nums, h)
		}
	}
	slices.Sort(hs)
	hs = slices.Compact(hs)
	slices.Sort(nums)
	return newSentSet(hs, slices.Compact(nums), df.idf)
}
