package stories

import (
	"cmp"
	"math"
	"slices"
)

const (
	queryTerms  = 30 // rarest terms of an article looked up in the index
	candidates  = 30 // articles compared in full with each new article
	sampleSize  = 25 // members of a story an article is compared with
	centralSize = 40 // members considered when choosing a story's label
)

// sentenceFloor is the least similarity of two sentences that say the
// same thing.
const sentenceFloor = 0.2

// minAligned is the least number of paired sentences that counts as
// evidence of one event.
const minAligned = 2

// score is how strongly two entries look like reports of one event: the
// cosine of their vectors, plus (when that is middling) the evidence of
// sentences that say the same thing, up to a cap; less for dates apart
// and for headlines that give different figures, more for shared actors.
func (g *grouper) score(a, b *entry) float64 {
	c := cosine(a.vec, b.vec)
	s := c
	if a.dated && b.dated && c < g.opts.NearCopy {
		gap := math.Abs(float64(a.day - b.day))
		if gap > float64(g.opts.MaxDays) {
			return 0
		}
		s -= g.opts.DayPenalty * gap
	}
	if c >= g.opts.MinCosine && c < g.opts.NearCopy {
		s += min(g.opts.AlignWeight*g.alignScore(a, b), g.opts.AlignCap)
	}
	if c < g.opts.NearCopy && numbersConflict(a.figures, b.figures) {
		s -= g.opts.FigurePenalty
	}
	if len(a.actors) > 0 && len(b.actors) > 0 {
		s += g.opts.ActorWeight * jaccard(a.actors, b.actors)
	}
	return s
}

// alignScore is the total similarity of the sentences of a and b paired
// one to one, over the number of sentences of the shorter (at least
// minAligned+4, so that short items need more than one shared line). One
// shared sentence alone is no evidence: quotes and boilerplate travel.
func (g *grouper) alignScore(a, b *entry) float64 {
	sa, sb := g.sentences(a), g.sentences(b)
	if len(sa) < minAligned || len(sb) < minAligned {
		return 0
	}
	ms := greedyMatch(simMatrix(spreadDiscountBy(sa, sb, a.sentenceCount, b.sentenceCount)), sentenceFloor)
	if len(ms) < minAligned {
		return 0
	}
	var sum float64
	for _, m := range ms {
		sum += m.Sim
	}
	return sum / float64(max(min(len(sa), len(sb)), minAligned+4))
}

// sentences returns the weighted sentence sets of an entry, built once.
func (g *grouper) sentences(e *entry) []sentSet {
	if e.sents == nil {
		terms := e.item.Sig.Terms
		e.sents = make([]sentSet, 0, len(e.item.Sig.Sentences))
		for _, sent := range e.item.Sig.Sentences {
			hs := make([]uint32, len(sent))
			var nums []uint32
			for i, t := range sent {
				hs[i] = terms[t].Hash
				if terms[t].Number {
					nums = append(nums, hs[i])
				}
			}
			e.sents = append(e.sents, newSentSet(hs, nums, g.df.idf))
		}
		e.sentCounts = make([]uint8, len(terms))
		for _, sent := range e.item.Sig.Sentences {
			for _, t := range sent {
				e.sentCounts[t] = min(e.sentCounts[t]+1, 255)
			}
		}
	}
	return e.sents
}

// sentenceCount returns how many of the entry's sentences hold the term
// with hash h. The entry's sentences must have been built.
func (e *entry) sentenceCount(h uint32) int {
	terms := e.item.Sig.Terms
	i, ok := slices.BinarySearchFunc(terms, h, func(t Term, h uint32) int { return cmpU32(t.Hash, h) })
	if !ok {
		return 0
	}
	return int(e.sentCounts[i])
}

type scored struct {
	entry int32
	score float64
}

// candidates returns the indexed entries that share the rarest terms of
// entry idx, best first, scored in full.
func (g *grouper) candidates(idx int32) []scored {
	e := &g.entries[idx]
	query := make([]weight, 0, len(e.vec))
	for _, w := range e.vec {
		if df := g.df.df[w.hash]; df >= 2 && df <= g.maxDF {
			query = append(query, w)
		}
	}
	slices.SortFunc(query, func(a, b weight) int { return cmp.Compare(b.w, a.w) })
	query = query[:min(len(query), queryTerms)]
	if len(g.acc) < len(g.entries) {
		g.acc = make([]float32, len(g.entries))
	}
	touched := g.touched[:0]
	for _, q := range query {
		for _, p := range g.postings[q.hash] {
			if p.entry == idx || q.w*p.w == 0 {
				continue
			}
			if g.acc[p.entry] == 0 {
				touched = append(touched, p.entry)
			}
			g.acc[p.entry] += q.w * p.w
		}
	}
	out := topPartial(g.acc, touched, candidates)
	for _, c := range touched {
		g.acc[c] = 0
	}
	g.touched = touched
	for i := range out {
		out[i].score = g.score(e, &g.entries[out[i].entry])
	}
	slices.SortFunc(out, func(a, b scored) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.entry, b.entry))
	})
	return out
}

// topPartial returns the n touched entries with the highest accumulated
// partial scores, without sorting them all.
func topPartial(acc []float32, touched []int32, n int) []scored {
	out := make([]scored, 0, n)
	low := 0 // index in out of the lowest score once out is full
	better := func(a, b scored) bool { return a.score > b.score || (a.score == b.score && a.entry < b.entry) }
	for _, c := range touched {
		sc := scored{c, float64(acc[c])}
		if len(out) < n {
			out = append(out, sc)
			if len(out) == n {
				low = lowest(out, better)
			}
			continue
		}
		if better(sc, out[low]) {
			out[low] = sc
			low = lowest(out, better)
		}
	}
	return out
}

func lowest(s []scored, better func(a, b scored) bool) int {
	low := 0
	for i := range s {
		if better(s[low], s[i]) {
			low = i
		}
	}
	return low
}

// place puts entry idx into the story it fits best, if any.
func (g *grouper) place(idx int32) {
	e := &g.entries[idx]
	cands := g.candidates(idx)
	known := map[int32]float64{}
	var bestStory int64
	bestMean := g.opts.Threshold * g.opts.JoinRatio
	var pair int32 = -1
	for _, c := range cands {
		if c.score < g.opts.Threshold {
			break
		}
		known[c.entry] = c.score
	}
	for _, c := range cands {
		if c.score < g.opts.Threshold {
			break
		}
		st := g.entries[c.entry].story
		if st == 0 {
			if pair < 0 {
				pair = c.entry
			}
			continue
		}
		if st == bestStory {
			continue
		}
		if m := g.meanScore(e, st, known); m >= bestMean {
			bestStory, bestMean = st, m
		}
	}
	switch {
	case bestStory != 0:
		g.join(idx, bestStory)
	case pair >= 0:
		key := g.nextNew
		g.nextNew--
		g.join(pair, key)
		g.join(idx, key)
	}
}

// meanScore is the mean score of e against a sample of a story's members.
func (g *grouper) meanScore(e *entry, story int64, known map[int32]float64) float64 {
	ms := g.members[story]
	if len(ms) > sampleSize {
		ms = ms[:sampleSize]
	}
	var sum float64
	for _, m := range ms {
		s, ok := known[m]
		if !ok {
			s = g.score(e, &g.entries[m])
		}
		sum += s
	}
	return sum / float64(len(ms))
}

func (g *grouper) join(idx int32, story int64) {
	e := &g.entries[idx]
	e.story = story
	e.added = true
	g.members[story] = append(g.members[story], idx)
}

// changed lists the stories that gained members.
func (g *grouper) changed() []Story {
	var out []Story
	for key, ms := range g.members {
		st := Story{Central: g.central(ms)}
		if key > 0 {
			st.ID = key
		}
		for _, m := range ms {
			e := &g.entries[m]
			st.Members = append(st.Members, e.item.ID)
			if e.added {
				st.Added = append(st.Added, e.item.ID)
			}
		}
		if len(st.Added) == 0 {
			continue
		}
		slices.Sort(st.Members)
		slices.Sort(st.Added)
		out = append(out, st)
	}
	slices.SortFunc(out, func(a, b Story) int { return cmp.Compare(a.Members[0], b.Members[0]) })
	return out
}

// central returns the ID of the member with the highest mean cosine to
// the others, among the first centralSize members.
func (g *grouper) central(ms []int32) int64 {
	ms = ms[:min(len(ms), centralSize)]
	best, bestSum := ms[0], -1.0
	for _, a := range ms {
		var sum float64
		for _, b := range ms {
			if a != b {
				sum += cosine(g.entries[a].vec, g.entries[b].vec)
			}
		}
		if sum > bestSum || (sum == bestSum && g.entries[a].item.ID < g.entries[best].item.ID) {
			best, bestSum = a, sum
		}
	}
	return g.entries[best].item.ID
}
