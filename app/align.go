package app

import (
	"marsad/data/arabic"
)

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
