package store

import (
	"context"
	"errors"
	"testing"

	"marsad/data"
)

// analysed stores one article and one analysis of it with a topic.
func analysed(t *testing.T) (*Store, int64) {
	t.Helper()
	ctx := context.Background()
	s := openTemp(t)
	added, err := s.AddArticles(ctx, []*data.Article{article("خبر", "قال فلان إن التعاون مطلوب. وأضاف أن الحوار مستمر.", "مصدر", "2016-05-20")})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddTopic(ctx, "تعاون", []string{"تعاون"}); err != nil {
		t.Fatal(err)
	}
	id := added[0].ID
	write(t, s, id, "support")
	return s, id
}

func write(t *testing.T, s *Store, id int64, stance string) {
	t.Helper()
	res := ArticleAnalysis{ArticleID: id,
		Actors:   []ActorRow{{Key: "فلان", Name: "فلان", Kind: "person", Aliases: []AliasRow{{Key: "الفلاني", Alias: "الفلاني"}}}},
		Mentions: []MentionRow{{ActorKey: "فلان", AliasKey: "فلان", Start: 4, End: 12, Rule: "gazetteer"}},
		Statements: []StatementRow{
			{SentStart: 0, SentEnd: 50, Start: 0, End: 50, SpeakerKey: "فلان", AliasKey: "فلان", Topic: "تعاون", Stance: stance, Confidence: 0.8,
				Cues: []CueRow{{Text: "مطلوب", Class: "support"}}},
			{SentStart: 51, SentEnd: 90, Start: 51, End: 90, SpeakerKey: "فلان", AliasKey: "فلان"},
		}}
	if err := s.WriteAnalysis(context.Background(), []ArticleAnalysis{res}); err != nil {
		t.Fatal(err)
	}
}

func TestWriteAnalysisKeepsCorrections(t *testing.T) {
	ctx := context.Background()
	s, id := analysed(t)
	ss, err := s.Statements(ctx, StatementFilter{OnTopic: true})
	if err != nil || len(ss) != 1 || ss[0].Actor != "فلان" || ss[0].Stance != "support" {
		t.Fatalf("statements = %+v, %v", ss, err)
	}
	oppose := "oppose"
	if err := s.SetStatement(ctx, ss[0].ID, StatementChange{Stance: &oppose}); err != nil {
		t.Fatal(err)
	}
	write(t, s, id, "neutral") // the analysis runs again
	ss, _ = s.Statements(ctx, StatementFilter{OnTopic: true})
	if len(ss) != 1 || ss[0].Stance != "oppose" || ss[0].Origin != data.OriginUser {
		t.Fatalf("after a new analysis: %+v, want the user's oppose only", ss)
	}
	all, _ := s.Statements(ctx, StatementFilter{})
	if err := s.DeleteStatement(ctx, all[1].ID); err != nil {
		t.Fatal(err)
	}
	write(t, s, id, "neutral")
	if all, _ = s.Statements(ctx, StatementFilter{}); len(all) != 1 {
		t.Fatalf("deleted statement came back: %+v", all)
	}
}

func TestAliasEditsAndUndo(t *testing.T) {
	ctx := context.Background()
	s, _ := analysed(t)
	count := func() int {
		as, err := s.Actors(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range as {
			if a.Name == "فلان" {
				return a.Mentions
			}
		}
		return -1
	}
	if got := count(); got != 1 {
		t.Fatalf("mentions = %d, want 1", got)
	}
	if err := s.RemoveAlias(ctx, "فلان", "فلان"); err != nil {
		t.Fatal(err)
	}
	if got := count(); got != -1 && got != 0 {
		t.Errorf("after unalias: mentions = %d, want 0", got)
	}
	if _, err := s.Undo(ctx); err != nil {
		t.Fatal(err)
	}
	if got := count(); got != 1 {
		t.Errorf("after undo: mentions = %d, want 1", got)
	}
	if _, err := s.Redo(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Redo(ctx); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("second redo: err = %v, want ErrNotFound", err)
	}
	if _, err := s.AddTopic(ctx, "تعاون", []string{"x"}); !errors.Is(err, data.ErrConflict) {
		t.Errorf("duplicate topic: err = %v, want ErrConflict", err)
	}
	if err := s.SetStatement(ctx, 999, StatementChange{}); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("missing statement: err = %v, want ErrNotFound", err)
	}
}

func TestRejectProposal(t *testing.T) {
	ctx := context.Background()
	s, id := analysed(t)
	res := ArticleAnalysis{ArticleID: id, Actors: []ActorRow{{Key: "فلان", Name: "فلان", Kind: "person"}},
		Proposals: []ProposalRow{{Alias: "فلام", AliasKey: "فلام", ActorKey: "فلان", Start: 0, End: 4}}}
	if err := s.WriteAnalysis(ctx, []ArticleAnalysis{res}); err != nil {
		t.Fatal(err)
	}
	ps, err := s.Proposals(ctx)
	if err != nil || len(ps) != 1 || ps[0].Actor != "فلان" {
		t.Fatalf("proposals = %+v, %v", ps, err)
	}
	if err := s.RejectProposal(ctx, ps[0].AliasKey, ps[0].ActorID); err != nil {
		t.Fatal(err)
	}
	if err := s.WriteAnalysis(ctx, []ArticleAnalysis{res}); err != nil {
		t.Fatal(err)
	}
	if ps, _ := s.Proposals(ctx); len(ps) != 0 {
		t.Errorf("rejected proposal is back: %+v", ps)
	}
	if _, err := s.Undo(ctx); err != nil {
		t.Fatal(err)
	}
	if ps, _ := s.Proposals(ctx); len(ps) != 1 {
		t.Errorf("after undo: %+v, want the proposal again", ps)
	}
}

func TestArticleStances(t *testing.T) {
	ctx := context.Background()
	s, id := analysed(t)
	st, err := s.ArticleStances(ctx, id)
	if err != nil || len(st) != 1 || st[0].Actor != "فلان" || st[0].Stance != "support" || st[0].Weight != 1 || st[0].Statements != 1 {
		t.Fatalf("ArticleStances = %+v, %v", st, err)
	}
}
