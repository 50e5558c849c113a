package stories

import (
	"math"
	"time"
)

// How many body occurrences a headline or lead occurrence is worth.
const (
	titleBoost = 2
	leadBoost  = 1
)

// weight is one term of a TF-IDF vector.
type weight struct {
	hash uint32
	w    float32
}

// vector is a unit-length TF-IDF vector sorted by hash.
type vector []weight

// docFreq counts in how many signatures each term occurs, on top of an
// optional background.
type docFreq struct {
	n  int
	df map[uint32]int32
	bg *Background
}

func newDocFreq() *docFreq { return &docFreq{df: make(map[uint32]int32, 1<<16)} }

func (d *docFreq) add(s Signature) {
	d.n++
	for _, t := range s.Terms {
		d.df[t.Hash]++
	}
}

// idf is the inverse document frequency of a term: ln(1 + N/df), where
// the background adds backgroundDocs documents in which each term occurs
// as often as its share says.
func (d *docFreq) idf(h uint32) float64 {
	n, df := float64(d.n), float64(d.df[h])
	if d.bg != nil {
		n += backgroundDocs
		df += backgroundDocs * d.bg.share[h]
	}
	return math.Log(1 + n/max(df, 1))
}

// vectorize turns a signature into a unit TF-IDF vector with log-scaled
// term frequencies; the headline counts titleBoost times.
func (d *docFreq) vectorize(s Signature) vector {
	v := make(vector, len(s.Terms))
	var norm float64
	for i, t := range s.Terms {
		tf := float64(t.Count)
		if t.Title {
			tf += titleBoost
		}
		if t.Lead {
			tf += leadBoost
		}
		w := 0.0
		if tf > 0 {
			w = (1 + math.Log(tf)) * d.idf(t.Hash)
		}
		v[i] = weight{t.Hash, float32(w)}
		norm += w * w
	}
	if norm > 0 {
		inv := float32(1 / math.Sqrt(norm))
		for i := range v {
			v[i].w *= inv
		}
	}
	return v
}

// cosine returns the dot product of two unit vectors.
func cosine(a, b vector) float64 {
	var sum float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].hash < b[j].hash:
			i++
		case a[i].hash > b[j].hash:
			j++
		default:
			sum += float64(a[i].w) * float64(b[j].w)
			i++
			j++
		}
	}
	return sum
}

// dayNumber parses a YYYY-MM-DD date into days since 1970, or returns
// ok false when the date is unknown or malformed.
func dayNumber(date string) (int32, bool) {
	if len(date) < 10 {
		return 0, false
	}
	t, err := time.Parse(time.DateOnly, date[:10])
	if err != nil {
		return 0, false
	}
	return int32(t.Unix() / 86400), true
}

// jaccard returns |a∩b| / |a∪b| of two sorted, duplicate-free slices.
func jaccard(a, b []int64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := 0
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			inter++
			i++
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}
