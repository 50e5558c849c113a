package analyze

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"marsad/data"
)

// LabelNone is the model's label for a statement that, though it names
// the topic, takes no position on it and is not about it.
const LabelNone = "none"

// ModelLabels are the labels the stance model chooses among, in the
// order of its weight columns.
var ModelLabels = []string{data.StanceSupport, data.StanceOppose, data.StanceConditional, data.StanceNeutral, LabelNone}

// Model is a multinomial logistic regression over the features of a
// statement (its cues, negated or not, whether it names the topic itself,
// its reporting verb and the stems of its words): one weight per feature
// and label, and a bias per label. It is learned from annotated real
// statements (Train) and shipped as resources/lexicon/stance_model.tsv.
type Model struct {
	Bias    []float64
	Weights map[string][]float64
	// Temperature divides the scores before the softmax (1 when unset):
	// fitted on held-out folds so that confidence means what it says.
	Temperature float64
	// Topical: the model also reads features joined to the topic
	// (TopicFeatures); so are the models learned from corrections.
	Topical bool
}

// Example is one annotated statement: its features and label.
type Example struct {
	Features []string
	Label    string
	Weight   float64 // 0 counts as 1
	Topic    string  // the topic it is about (learning from corrections joins features to it)
}

func labelIndex(l string) int {
	for i, x := range ModelLabels {
		if x == l {
			return i
		}
	}
	return -1
}

// Probabilities returns the probability of each label of ModelLabels.
func (m *Model) Probabilities(feats []string) []float64 {
	z := m.Scores(feats)
	if m.Temperature > 0 {
		for i := range z {
			z[i] /= m.Temperature
		}
	}
	return softmax(z)
}

// Scores returns the model's raw score for each label.
func (m *Model) Scores(feats []string) []float64 {
	z := make([]float64, len(ModelLabels))
	copy(z, m.Bias)
	for _, f := range feats {
		if w, ok := m.Weights[f]; ok {
			for i := range z {
				z[i] += w[i]
			}
		}
	}
	return z
}

// FitTemperature returns the temperature, among a grid from 0.5 to 8,
// that gives the held-out scores the least log loss for their labels.
func FitTemperature(scores [][]float64, labels []string) float64 {
	best, bestLoss := 1.0, math.Inf(1)
	for t := 0.5; t <= 8; t += 0.25 {
		loss := 0.0
		for i, z := range scores {
			y := labelIndex(labels[i])
			if y < 0 {
				continue
			}
			zz := make([]float64, len(z))
			for k := range z {
				zz[k] = z[k] / t
			}
			loss -= math.Log(math.Max(softmax(zz)[y], 1e-12))
		}
		if loss < bestLoss {
			best, bestLoss = t, loss
		}
	}
	return best
}

func softmax(z []float64) []float64 {
	mx := math.Inf(-1)
	for _, v := range z {
		mx = math.Max(mx, v)
	}
	sum := 0.0
	for i, v := range z {
		z[i] = math.Exp(v - mx)
		sum += z[i]
	}
	for i := range z {
		z[i] /= sum
	}
	return z
}

// Contribution is what feature f adds to label l's score.
func (m *Model) Contribution(f, l string) float64 {
	i := labelIndex(l)
	if w, ok := m.Weights[f]; ok && i >= 0 {
		return w[i]
	}
	return 0
}

// TrainOptions tune Train. Zero values mean the defaults.
type TrainOptions struct {
	Epochs int     // passes over the examples (default 20)
	Rate   float64 // learning rate (default 0.1)
	L2     float64 // weight decay per example (default 1e-3)
	Start  *Model  // weights to start from (learning from corrections); nil for zero
}

// Train learns a model from examples by stochastic gradient descent, in
// a fixed order, so that the same examples give the same weights.
func Train(exs []Example, opt TrainOptions) *Model {
	if opt.Epochs <= 0 {
		opt.Epochs = 20
	}
	if opt.Rate <= 0 {
		opt.Rate = 0.1
	}
	if opt.L2 <= 0 {
		opt.L2 = 1e-3
	}
	n := len(ModelLabels)
	m := &Model{Bias: make([]float64, n), Weights: map[string][]float64{}}
	if opt.Start != nil {
		copy(m.Bias, opt.Start.Bias)
		for f, w := range opt.Start.Weights {
			m.Weights[f] = append([]float64(nil), w...)
		}
	}
	// class weights: rare labels count more, so that conditional and
	// neutral are not drowned by support and oppose
	counts := make([]float64, n)
	for _, e := range exs {
		if i := labelIndex(e.Label); i >= 0 {
			counts[i] += exWeight(e)
		}
	}
	total := 0.0
	for _, c := range counts {
		total += c
	}
	classW := make([]float64, n)
	for i, c := range counts {
		if c > 0 {
			classW[i] = math.Sqrt(total / (float64(n) * c))
		}
	}
	// a fixed, shuffled order (a linear congruential sequence)
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	seed := uint64(1)
	for i := len(order) - 1; i > 0; i-- {
		seed = seed*6364136223846793005 + 1442695040888963407
		j := int(seed>>33) % (i + 1)
		order[i], order[j] = order[j], order[i]
	}
	for ep := 0; ep < opt.Epochs; ep++ {
		rate := opt.Rate / (1 + float64(ep)*0.1)
		for _, idx := range order {
			e := exs[idx]
			y := labelIndex(e.Label)
			if y < 0 {
				continue
			}
			p := m.Probabilities(e.Features)
			g := make([]float64, n)
			for i := range g {
				t := 0.0
				if i == y {
					t = 1
				}
				g[i] = (p[i] - t) * classW[y] * exWeight(e)
			}
			for i := range m.Bias {
				m.Bias[i] -= rate * g[i]
			}
			for _, f := range e.Features {
				w := m.Weights[f]
				if w == nil {
					w = make([]float64, n)
					m.Weights[f] = w
				}
				for i := range w {
					w[i] -= rate * (g[i] + opt.L2*w[i])
				}
			}
		}
	}
	return m
}

func exWeight(e Example) float64 {
	if e.Weight > 0 {
		return e.Weight
	}
	return 1
}

// Write writes the model as TSV: a header, the bias line "#bias", then
// one line per feature with its weight for each label, weights that all
// round to zero left out.
func (m *Model) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# Marsad stance model (make train): feature\t%s\n", strings.Join(ModelLabels, "\t"))
	line := func(name string, ws []float64) {
		bw.WriteString(name)
		for _, v := range ws {
			bw.WriteByte('\t')
			bw.WriteString(strconv.FormatFloat(v, 'f', 4, 64))
		}
		bw.WriteByte('\n')
	}
	line("#bias", m.Bias)
	if m.Temperature > 0 {
		t := make([]float64, len(ModelLabels))
		for i := range t {
			t[i] = m.Temperature
		}
		line("#temperature", t)
	}
	if m.Topical {
		line("#topical", make([]float64, len(ModelLabels)))
	}
	names := make([]string, 0, len(m.Weights))
	for f, ws := range m.Weights {
		keep := false
		for _, v := range ws {
			if math.Abs(v) >= 0.0005 {
				keep = true
			}
		}
		if keep {
			names = append(names, f)
		}
	}
	sort.Strings(names)
	for _, f := range names {
		line(f, m.Weights[f])
	}
	return bw.Flush()
}

// ParseModel reads a model written by Write.
func ParseModel(r io.Reader) (*Model, error) {
	m := &Model{Bias: make([]float64, len(ModelLabels)), Weights: map[string][]float64{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "# ") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != len(ModelLabels)+1 {
			return nil, fmt.Errorf("stance model line %d: want a feature and %d weights", n, len(ModelLabels))
		}
		ws := make([]float64, len(ModelLabels))
		for i := range ws {
			v, err := strconv.ParseFloat(f[i+1], 64)
			if err != nil {
				return nil, fmt.Errorf("stance model line %d: %w", n, err)
			}
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("stance model line %d: weight %s is not a number", n, f[i+1])
			}
			ws[i] = v
		}
		if f[0] == "#bias" {
			m.Bias = ws
		} else if f[0] == "#temperature" {
			m.Temperature = ws[0]
		} else if f[0] == "#topical" {
			m.Topical = true
		} else {
			m.Weights[f[0]] = ws
		}
	}
	return m, sc.Err()
}
