package analyze

import "marsad/data"

// Summary is an actor's stance in one article toward one topic: the
// stance its statements there carry the most confidence for.
type Summary struct {
	Stance     string
	Confidence float64
	Statements int
}

// Summarize sums, per speaker key, the confidence of the statements about
// topic by stance, and returns the heaviest stance of each speaker. Ties
// go to the stance listed first in data.Stances.
func Summarize(stmts []Statement, topic string) map[string]Summary {
	weights := map[string]map[string]float64{}
	counts := map[string]int{}
	for _, s := range stmts {
		if s.TopicName != topic || s.Stance == "" {
			continue
		}
		w := weights[s.SpeakerKey]
		if w == nil {
			w = map[string]float64{}
			weights[s.SpeakerKey] = w
		}
		w[s.Stance] += s.Confidence
		counts[s.SpeakerKey]++
	}
	out := map[string]Summary{}
	for key, w := range weights {
		var best Summary
		total := 0.0
		for _, st := range data.Stances {
			total += w[st]
			if w[st] > best.Confidence {
				best = Summary{Stance: st, Confidence: w[st]}
			}
		}
		best.Confidence = float64(int(best.Confidence/total*100+0.5)) / 100
		best.Statements = counts[key]
		out[key] = best
	}
	return out
}
