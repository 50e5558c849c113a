package app

import (
	"context"
	"sort"

	"marsad/data"
	"marsad/data/arabic"
)

// minPairScore is the least stem overlap (Dice) at which two sentences
// are paired by the plain aligner.
const minPairScore = 0.3

// aligner pairs each sentence of an article with its counterpart in a
// pivot article.
type aligner interface {
	// Align returns, for each sentence of b (as spans of b.Body), the index
	// of the paired sentence of a, or -1; and the sentences of both.
	Align(ctx context.Context, a, b *data.Article) (pairs []int, sa, sb []arabic.Span, err error)
}

// stemAligner pairs sentences one to one by the overlap of their stems,
// best pairs first. It stands in until the corpus offers story alignment.
type stemAligner struct{}

// Align pairs the sentences of b with those of a.
func (stemAligner) Align(_ context.Context, a, b *data.Article) ([]int, []arabic.Span, []arabic.Span, error) {
	sa, sb := arabic.Sentences(a.Body), arabic.Sentences(b.Body)
	stemsA, stemsB := sentenceStems(a.Body, sa), sentenceStems(b.Body, sb)
	type cand struct {
		i, j  int
		score float64
	}
	var cands []cand
	for j, tb := range stemsB {
		for i, ta := range stemsA {
			if s := dice(ta, tb); s >= minPairScore {
				cands = append(cands, cand{i, j, s})
			}
		}
	}
	sort.SliceStable(cands, func(x, y int) bool { return cands[x].score > cands[y].score })
	pairs := make([]int, len(sb))
	for j := range pairs {
		pairs[j] = -1
	}
	usedA := make([]bool, len(sa))
	for _, c := range cands {
		if pairs[c.j] < 0 && !usedA[c.i] {
			pairs[c.j], usedA[c.i] = c.i, true
		}
	}
	return pairs, sa, sb, nil
}

// sentenceStems returns the set of stems of each sentence.
func sentenceStems(body string, spans []arabic.Span) []map[string]bool {
	out := make([]map[string]bool, len(spans))
	for i, sp := range spans {
		set := map[string]bool{}
		for _, s := range arabic.Stems(sp.Text(body)) {
			set[s] = true
		}
		out[i] = set
	}
	return out
}

// dice is twice the stems two sets share over their sizes.
func dice(a, b map[string]bool) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	n := 0
	for s := range a {
		if b[s] {
			n++
		}
	}
	return 2 * float64(n) / float64(len(a)+len(b))
}

// cell is the sentences of one article in one row of a comparison.
type cell struct {
	spans []arabic.Span
	pair  int // the pivot sentence the row pairs, -1 for unpaired sentences
}

// alignRows lays out articles side by side: one row per pivot sentence
// (the first article's), with each other article's paired sentence
// beside it, and rows of unpaired sentences after the row of the
// sentence they follow. pairs[c][j] is the pivot sentence paired with
// sentence j of article c+1.
func alignRows(pivot []arabic.Span, others [][]arabic.Span, pairs [][]int) [][]cell {
	n := len(others) + 1
	// unpaired sentences of each column, keyed by the pivot row they follow
	after := make([]map[int][]arabic.Span, n)
	paired := make([]map[int][]arabic.Span, n)
	for c := range others {
		after[c+1], paired[c+1] = map[int][]arabic.Span{}, map[int][]arabic.Span{}
		last := -1
		for j, sp := range others[c] {
			if p := pairs[c][j]; p >= 0 {
				paired[c+1][p] = append(paired[c+1][p], sp)
				last = p
				continue
			}
			after[c+1][last] = append(after[c+1][last], sp)
		}
	}
	var rows [][]cell
	addAfter := func(i int) {
		row := make([]cell, n)
		any := false
		for c := 1; c < n; c++ {
			row[c] = cell{spans: after[c][i], pair: -1}
			any = any || len(after[c][i]) > 0
		}
		row[0].pair = -1
		if any {
			rows = append(rows, row)
		}
	}
	addAfter(-1)
	for i, sp := range pivot {
		row := make([]cell, n)
		row[0] = cell{spans: []arabic.Span{sp}, pair: i}
		matched := false
		for c := 1; c < n; c++ {
			row[c] = cell{spans: paired[c][i], pair: i}
			if len(paired[c][i]) == 0 {
				row[c].pair = -1
			} else {
				matched = true
			}
		}
		if !matched {
			row[0].pair = -1
		}
		rows = append(rows, row)
		addAfter(i)
	}
	return rows
}
