package news

import (
	"marsad/data/analyze"
)

// Examples returns the stance model's training examples from a gold
// file, article by article: every statement the analyser a judges on a topic (with its stance
// model off, so that each candidate is seen), labelled from the gold.
//   - In an off-topic article, or on a topic the article is not about,
//     the label is "none".
//   - On a sentence a gold speaker's evidence holds, the label is that
//     speaker's stance (the speaker the statement is credited to first),
//     "none" for a speaker the gold says speaks off the topic.
//   - Other sentences of a speaker the gold lists are "none" at a fifth
//     of the weight: the coder listed the sentences that take the
//     position, though not always every one.
//
// Sentences of speakers the gold does not list are left out.
func Examples(a *analyze.Analyzer, f *File) ([][]analyze.Example, error) {
	rules := a.WithModel(nil)
	var out [][]analyze.Example
	for _, url := range f.URLs() {
		g := f.Articles[url]
		p, err := Analyze(rules, g)
		if err != nil {
			return nil, err
		}
		out = append(out, articleExamples(g, p))
	}
	return out, nil
}

func articleExamples(g *Article, p Prediction) []analyze.Example {
	speakers := g.allSpeakers()
	byKey := map[string]*Speaker{}
	for _, sp := range speakers {
		byKey[sp.key] = sp.s
	}
	toGold := goldKeys(surfaces(p), byKey, func(s *Speaker) []Ref { return s.Forms })
	topics := map[string]bool{g.Topic: true}
	for t := range g.Also {
		topics[t] = true
	}
	var out []analyze.Example
	for _, st := range p.Result.Statements {
		if st.TopicName == "" || st.Features == nil {
			continue
		}
		ex := analyze.Example{Features: st.Features, Topic: st.TopicName}
		switch {
		case g.Genre == "offtopic" || !topics[st.TopicName]:
			ex.Label = analyze.LabelNone
		default:
			label, ok := evidenceLabel(speakers, st, toGold[st.SpeakerKey])
			switch {
			case ok:
				ex.Label = label
			case toGold[st.SpeakerKey] != "":
				ex.Label, ex.Weight = analyze.LabelNone, 0.2
			default:
				continue
			}
		}
		out = append(out, ex)
	}
	return out
}

// evidenceLabel is the stance of the gold speaker whose evidence holds
// the statement's sentence on its topic: the speaker it is credited to
// when that one's evidence holds it, else the first in key order.
func evidenceLabel(speakers []topicSpeaker, st analyze.Statement, credited string) (string, bool) {
	label, found := "", false
	for _, sp := range speakers {
		if sp.topic != st.TopicName {
			continue
		}
		for _, ev := range sp.s.Evidence {
			if !overlaps(st.Sentence, ev.Text) {
				continue
			}
			l := analyze.LabelNone
			if sp.s.Stance != nil {
				l = *sp.s.Stance
			}
			if sp.key == credited {
				return l, true
			}
			if !found {
				label, found = l, true
			}
		}
	}
	return label, found
}
