package stories

import (
	"cmp"
	"slices"
)

// Item is one article as grouping sees it.
type Item struct {
	ID     int64
	Sig    Signature
	Date   string  // YYYY-MM-DD, "" when unknown
	Actors []int64 // IDs of the actors it mentions; nil when not analysed
	Story  int64   // the story it belongs to, 0 for none
	// Pinned marks an article the user placed: grouping never moves it.
	// A pinned article with Story 0 is kept out of every story.
	Pinned bool
}

// Options tune grouping. The zero value of a field means its default.
type Options struct {
	// Threshold is the least score at which two articles report the same
	// event. Default 0.42.
	Threshold float64
	// JoinRatio times Threshold is the least mean score to a story's
	// members at which an article joins the story. Default 1.
	JoinRatio float64
	// MaxDays is how far apart two known dates may lie; articles further
	// apart link only as near copies. Default 3.
	MaxDays int
	// DayPenalty is taken off the score per day between two known dates.
	// Default 0.05.
	DayPenalty float64
	// NearCopy is the cosine from which two texts are copies of one
	// another whatever their dates. Default 0.85.
	NearCopy float64
	// MinCosine is the least cosine at which two articles' sentences are
	// compared. Default 0.3.
	MinCosine float64
	// AlignWeight times the sentence evidence (the summed similarity of
	// sentences paired one to one, over the sentences of the shorter
	// article, terms spread over both texts discounted) is added to the
	// score. Default 3.
	AlignWeight float64
	// AlignCap bounds what sentence evidence adds, so that it tips a
	// middling cosine over the threshold but cannot carry a low one: short
	// items that share one stock sentence stay apart. Default 0.12.
	AlignCap float64
	// Background gives IDF weights a prior for corpora too small to show
	// which words are common; nil for none.
	Background *Background
	// FigurePenalty is taken off the score of two articles whose
	// headlines both give figures and share none: another day's market
	// report, another instalment, another match. Default 0.1.
	FigurePenalty float64
	// ActorWeight times the Jaccard overlap of the actors two articles
	// mention is added to their score. Default 0.1.
	ActorWeight float64
}

func (o Options) withDefaults() Options {
	def := func(v *float64, d float64) {
		if *v == 0 {
			*v = d
		}
	}
	def(&o.Threshold, 0.42)
	def(&o.JoinRatio, 1)
	def(&o.DayPenalty, 0.05)
	def(&o.NearCopy, 0.85)
	def(&o.ActorWeight, 0.1)
	def(&o.MinCosine, 0.3)
	def(&o.AlignWeight, 3)
	def(&o.AlignCap, 0.12)
	def(&o.FigurePenalty, 0.1)
	if o.MaxDays == 0 {
		o.MaxDays = 3
	}
	return o
}

// Story is a group of articles that report the same event, as grouping
// leaves it.
type Story struct {
	ID      int64   // the story's ID as given in Item.Story, 0 for a new story
	Members []int64 // article IDs, ascending
	Added   []int64 // the members this run added, ascending
	Central int64   // the member most like the others: its headline labels the story
}

// Group places each unpinned article of batch into a story: one of the
// stories the existing articles belong to, or a new one formed with an
// article it matches, or none. Existing articles are never moved. The
// batch is processed in date order, each article against the existing
// ones and the batch articles before it, so that Group(nil, all) groups a
// whole corpus and later calls group new arrivals only. It returns the
// stories that gained members, with all their members.
func Group(existing, batch []Item, opts Options) []Story {
	g := newGrouper(existing, batch, opts.withDefaults())
	order := make([]int32, 0, len(batch))
	for i := range batch {
		if !batch[i].Pinned {
			order = append(order, int32(len(existing)+i))
		}
	}
	slices.SortStableFunc(order, func(a, b int32) int {
		ea, eb := &g.entries[a], &g.entries[b]
		if c := cmp.Compare(ea.dayKey(), eb.dayKey()); c != 0 {
			return c
		}
		return cmp.Compare(ea.item.ID, eb.item.ID)
	})
	for _, idx := range order {
		g.place(idx)
		g.index(idx)
	}
	return g.changed()
}

// entry is an article inside a grouper.
type entry struct {
	item   *Item
	vec    vector
	day    int32
	dated  bool
	actors []int64
	story  int64
	added  bool
	sents  []sentSet // built when first needed
	// sentCounts counts the sentences each term (by index) occurs in;
	// built with sents
	sentCounts []uint8
	// figures are the hashes of the numbers in the headline
	figures []uint32
}

// headlineFigures returns the hashes of the numbers in a headline.
func headlineFigures(s Signature) []uint32 {
	var out []uint32
	for _, t := range s.Terms {
		if t.Title && t.Number {
			out = append(out, t.Hash)
		}
	}
	return out
}

func (e *entry) dayKey() int64 {
	if !e.dated {
		return 1 << 40
	}
	return int64(e.day)
}

// posting is one article under one term of the inverted index.
type posting struct {
	entry int32
	w     float32
}

type grouper struct {
	opts     Options
	df       *docFreq
	maxDF    int32
	entries  []entry
	postings map[uint32][]posting
	members  map[int64][]int32 // story key → entries
	nextNew  int64             // keys of new stories count down from -1
	acc      []float32         // partial scores by entry, zero between queries
	touched  []int32           // entries with a partial score
}

func newGrouper(existing, batch []Item, opts Options) *grouper {
	g := &grouper{opts: opts, df: newDocFreq(), members: map[int64][]int32{}, nextNew: -1}
	g.df.bg = opts.Background
	for i := range existing {
		g.df.add(existing[i].Sig)
	}
	for i := range batch {
		g.df.add(batch[i].Sig)
	}
	g.maxDF = int32(max(20, g.df.n/50))
	g.postings = make(map[uint32][]posting, len(g.df.df)/2)
	g.entries = make([]entry, 0, len(existing)+len(batch))
	for _, items := range [][]Item{existing, batch} {
		for i := range items {
			it := &items[i]
			e := entry{item: it, vec: g.df.vectorize(it.Sig), story: it.Story}
			e.day, e.dated = dayNumber(it.Date)
			e.figures = headlineFigures(it.Sig)
			e.actors = slices.Clone(it.Actors)
			slices.Sort(e.actors)
			e.actors = slices.Compact(e.actors)
			g.entries = append(g.entries, e)
		}
	}
	for i := range existing {
		g.index(int32(i))
		if s := existing[i].Story; s != 0 {
			g.members[s] = append(g.members[s], int32(i))
		}
	}
	return g
}

// index adds an entry's rare terms to the inverted index. Articles the
// user keeps out of stories are not indexed.
func (g *grouper) index(idx int32) {
	e := &g.entries[idx]
	if e.item.Pinned && e.story == 0 {
		return
	}
	for _, w := range e.vec {
		if df := g.df.df[w.hash]; df >= 2 && df <= g.maxDF {
			g.postings[w.hash] = append(g.postings[w.hash], posting{idx, w.w})
		}
	}
}
