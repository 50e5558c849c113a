package stories

import (
	"cmp"
	"math"
	"slices"
)

// sentSet is one sentence as a set of terms with IDF weights, sorted by
// hash, and the hashes of the figures in it.
type sentSet struct {
	hashes []uint32
	w      []float32
	sum    float64
	nums   []uint32
}

func newSentSet(hashes, nums []uint32, idf func(uint32) float64) sentSet {
	s := sentSet{hashes: hashes, nums: nums, w: make([]float32, len(hashes))}
	for i, h := range hashes {
		w := idf(h)
		s.w[i] = float32(w)
		s.sum += w
	}
	return s
}

// dice is the IDF-weighted Dice coefficient of two sentences: twice the
// weight they share over the weight of both. Sentences that both give
// figures but not one figure in common report different facts: 0.
func dice(a, b sentSet) float64 {
	if a.sum+b.sum == 0 || numbersConflict(a.nums, b.nums) {
		return 0
	}
	var shared float64
	i, j := 0, 0
	for i < len(a.hashes) && j < len(b.hashes) {
		switch {
		case a.hashes[i] < b.hashes[j]:
			i++
		case a.hashes[i] > b.hashes[j]:
			j++
		default:
			shared += float64(a.w[i])
			i++
			j++
		}
	}
	return 2 * shared / (a.sum + b.sum)
}

func numbersConflict(a, b []uint32) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, x := range a {
		if slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// simMatrix returns dice(a[i], b[j]) for every pair.
func simMatrix(a, b []sentSet) [][]float64 {
	m := make([][]float64, len(a))
	for i := range a {
		m[i] = make([]float64, len(b))
		for j := range b {
			m[i][j] = dice(a[i], b[j])
		}
	}
	return m
}

// spreadDiscount reweights the sentences of two texts for telling facts
// from framing: a term found in many sentences of both (the actors' names,
// the topic) says less about which facts two sentences share than a term
// found once on each side, so its weight is divided by the square root of
// the product of its sentence counts.
func spreadDiscount(a, b []sentSet) ([]sentSet, []sentSet) {
	ma, mb := sentenceCounts(a), sentenceCounts(b)
	return spreadDiscountBy(a, b, func(h uint32) int { return ma[h] }, func(h uint32) int { return mb[h] })
}

// spreadDiscountBy is spreadDiscount with the sentence count of a term on
// each side given by a function.
func spreadDiscountBy(a, b []sentSet, ca, cb func(uint32) int) ([]sentSet, []sentSet) {
	re := func(ss []sentSet) []sentSet {
		out := make([]sentSet, len(ss))
		for i, s := range ss {
			r := sentSet{hashes: s.hashes, nums: s.nums, w: make([]float32, len(s.w))}
			for k, h := range s.hashes {
				spread := math.Sqrt(float64(max(ca(h), 1) * max(cb(h), 1)))
				r.w[k] = s.w[k] / float32(spread)
				r.sum += float64(r.w[k])
			}
			out[i] = r
		}
		return out
	}
	return re(a), re(b)
}

func sentenceCounts(ss []sentSet) map[uint32]int {
	c := map[uint32]int{}
	for _, s := range ss {
		for _, h := range s.hashes {
			c[h]++
		}
	}
	return c
}

// match pairs sentence I of one side with sentence J of the other.
type match struct {
	I, J int
	Sim  float64
}

// greedyMatch pairs sentences one to one, most similar first, down to
// floor.
func greedyMatch(sim [][]float64, floor float64) []match {
	var all []match
	for i, row := range sim {
		for j, s := range row {
			if s >= floor {
				all = append(all, match{i, j, s})
			}
		}
	}
	slices.SortFunc(all, func(x, y match) int {
		return cmp.Or(cmp.Compare(y.Sim, x.Sim), cmp.Compare(x.I, y.I), cmp.Compare(x.J, y.J))
	})
	usedI, usedJ := map[int]bool{}, map[int]bool{}
	var out []match
	for _, m := range all {
		if usedI[m.I] || usedJ[m.J] {
			continue
		}
		usedI[m.I], usedJ[m.J] = true, true
		out = append(out, m)
	}
	return out
}

// bestMatch pairs sentences one to one so that the total similarity of
// the pairs at or above floor is greatest (the Hungarian method), and
// returns those pairs ordered by I.
func bestMatch(sim [][]float64, floor float64) []match {
	n := len(sim)
	if n == 0 || len(sim[0]) == 0 {
		return nil
	}
	m := len(sim[0])
	size := max(n, m)
	cost := make([][]float64, size)
	for i := range cost {
		cost[i] = make([]float64, size)
		for j := range cost[i] {
			if i < n && j < m && sim[i][j] >= floor {
				cost[i][j] = -sim[i][j]
			}
		}
	}
	assign := hungarian(cost)
	var out []match
	for i, j := range assign {
		if i < n && j < m && sim[i][j] >= floor {
			out = append(out, match{i, j, sim[i][j]})
		}
	}
	return out
}

// hungarian solves the square assignment problem for the least total
// cost and returns, for each row, its column.
func hungarian(cost [][]float64) []int {
	n := len(cost)
	u := make([]float64, n+1)
	v := make([]float64, n+1)
	p := make([]int, n+1) // p[j]: row matched to column j, 1-based
	way := make([]int, n+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		minv := make([]float64, n+1)
		used := make([]bool, n+1)
		for j := range minv {
			minv[j] = math.Inf(1)
		}
		for p[j0] != 0 {
			used[j0] = true
			i0, delta, j1 := p[j0], math.Inf(1), 0
			for j := 1; j <= n; j++ {
				if used[j] {
					continue
				}
				if cur := cost[i0-1][j-1] - u[i0] - v[j]; cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= n; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	rows := make([]int, n)
	for j := 1; j <= n; j++ {
		if p[j] > 0 {
			rows[p[j]-1] = j - 1
		}
	}
	return rows
}
