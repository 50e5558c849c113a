package analyze

import (
	"marsad/data"
	"marsad/data/arabic"
)

// Candidates analyses an article with the stance model off, so that every
// statement judged on a topic is there with its features (FeaturesAt).
func (a *Analyzer) Candidates(art *data.Article) Result { return a.WithModel(nil).Article(art) }

// FeaturesAt returns the stance model's features of the statement on
// topic in the sentence that starts at byte sentStart of the article's
// title (inTitle) or body: those of the candidate statement (r, from
// Candidates) there by the speaker with key speakerKey, else by another
// speaker, else those of the whole sentence. Learning from a user's
// corrections reads the corrected statements this way.
func (a *Analyzer) FeaturesAt(r Result, art *data.Article, inTitle bool, sentStart int, speakerKey, topic string) []string {
	var fallback []string
	for _, st := range r.Statements {
		if st.InTitle != inTitle || st.SentStart != sentStart || st.TopicName != topic || st.Features == nil {
			continue
		}
		if st.SpeakerKey == speakerKey {
			return st.Features
		}
		if fallback == nil {
			fallback = st.Features
		}
	}
	if fallback != nil {
		return fallback
	}
	return a.sentenceFeatures(art, inTitle, sentStart, topic)
}

// sentenceFeatures reads the features of a whole sentence toward topic,
// with no speaker.
func (a *Analyzer) sentenceFeatures(art *data.Article, inTitle bool, sentStart int, name string) []string {
	var tp *topic
	for i := range a.topics {
		if a.topics[i].name == name {
			tp = &a.topics[i]
		}
	}
	if tp == nil {
		return nil
	}
	text := art.Body
	if inTitle {
		text = art.Title
	}
	s := newState(a)
	s.inTitle = inTitle
	toks := a.prepare(text)
	s.detect(toks)
	for _, sp := range arabic.Sentences(text) {
		if sp.Start != sentStart {
			continue
		}
		p := 0
		for p < len(toks) && toks[p].Start < sp.Start {
			p++
		}
		q := p
		for q < len(toks) && toks[q].End <= sp.End {
			q++
		}
		if p == q {
			return nil
		}
		stems := make([]string, len(toks))
		t := trigger{pos: p, pattern: "user"}
		ev := s.collect(tp, toks, stems, t, p, q)
		return s.features(toks, stems, t, p, q, ev, ev.topic)
	}
	return nil
}

// Learn tunes a model on corrected statements: it starts from base (the
// shipped model) and takes a few passes over the corrections, each
// counted three times, so that a corpus's own way of speaking weighs
// without the shipped knowledge being forgotten. The calibration
// temperature is base's.
//
// Each correction's features are learned twice: as they are, and joined
// to its topic (TopicFeatures), so that a word that means opposition in
// one debate (العدوان) need not mean it in all.
func Learn(base *Model, corrections []Example) *Model {
	exs := make([]Example, len(corrections))
	for i, e := range corrections {
		exs[i] = e
		exs[i].Features = append(append([]string(nil), e.Features...), TopicFeatures(e.Topic, e.Features)...)
		if exs[i].Weight == 0 {
			exs[i].Weight = 3
		}
	}
	m := Train(exs, TrainOptions{Start: base, Epochs: 8, Rate: 0.05})
	if base != nil {
		m.Temperature = base.Temperature
	}
	m.Topical = true
	return m
}

// TopicFeatures returns the features joined to a topic's name, which a
// model learned from a corpus's corrections (Model.Topical) also reads.
func TopicFeatures(topic string, feats []string) []string {
	out := make([]string, len(feats))
	for i, f := range feats {
		out[i] = "@" + topic + "@" + f
	}
	return out
}
