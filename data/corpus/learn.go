package corpus

import (
	"context"
	"fmt"
	"strings"
	"time"

	"marsad/data"
	"marsad/data/analyze"
	"marsad/data/store"
)

// LearnReport says what learning from the corrections did.
type LearnReport struct {
	Corrections int // corrected statements with a topic and a stance, learned from
	Changed     int // automatic statements whose stance the new analysis changed
}

// Learn teaches the corpus's stance model from the user's corrections:
// every statement the user gave a topic and a stance. It tunes the
// shipped model on them (analyze.Learn), keeps the result in the corpus,
// and analyses the corpus again with it. The corrections themselves are
// never changed: they stay the user's. With no corrections it says so
// and changes nothing.
func Learn(ctx context.Context, st *store.Store) (LearnReport, error) {
	var rep LearnReport
	ss, err := st.Statements(ctx, store.StatementFilter{OnTopic: true})
	if err != nil {
		return rep, err
	}
	lx, err := shippedLexicon()
	if err != nil {
		return rep, err
	}
	// the shipped model: learning starts from it every time
	a, err := AnalyzerWith(ctx, st, lx)
	if err != nil {
		return rep, err
	}
	type analysed struct {
		art *data.Article
		r   analyze.Result
	}
	var exs []analyze.Example
	arts := map[int64]*analysed{}
	for _, s := range ss {
		if s.Origin != data.OriginUser || s.Stance == "" || s.Topic == "" {
			continue
		}
		an := arts[s.ArticleID]
		if an == nil {
			art, err := st.Article(ctx, s.ArticleID)
			if err != nil {
				return rep, err
			}
			an = &analysed{art: art, r: a.Candidates(art)} // once per article
			arts[s.ArticleID] = an
		}
		feats := a.FeaturesAt(an.r, an.art, s.InTitle, s.SentStart, a.KeyOf(s.Actor), s.Topic)
		if len(feats) == 0 {
			continue
		}
		exs = append(exs, analyze.Example{Features: feats, Label: s.Stance, Topic: s.Topic})
	}
	if len(exs) == 0 {
		return rep, fmt.Errorf("learn: no corrected statements with a topic and a stance yet: %w", data.ErrInvalid)
	}
	rep.Corrections = len(exs)
	m := analyze.Learn(a.Model(), exs)
	var b strings.Builder
	if err := m.Write(&b); err != nil {
		return rep, err
	}
	before := map[int64]string{}
	for _, s := range ss {
		if s.Origin == data.OriginAuto {
			before[s.ID] = s.Stance
		}
	}
	if err := st.SetStanceModel(ctx, store.LearnedModel{Weights: b.String(), Examples: len(exs), LearnedAt: time.Now()}); err != nil {
		return rep, err
	}
	if err := Reanalyze(ctx, st); err != nil {
		return rep, err
	}
	after, err := st.Statements(ctx, store.StatementFilter{})
	if err != nil {
		return rep, err
	}
	for _, s := range after {
		if old, ok := before[s.ID]; ok && s.Origin == data.OriginAuto && old != s.Stance {
			rep.Changed++
		}
	}
	return rep, nil
}

// Unlearn forgets what the corpus learned: the shipped stance model
// applies again, and the corpus is analysed again.
func Unlearn(ctx context.Context, st *store.Store) error {
	if err := st.ForgetStanceModel(ctx); err != nil {
		return err
	}
	return Reanalyze(ctx, st)
}
