package store

import (
	"context"
	"testing"

	"marsad/data"
)

func TestChartRowsResolveActorsAndMerges(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	added, err := s.AddArticles(ctx, []*data.Article{
		article("أ", "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للتنسيق.", "الجزيرة", "2016-05-20"),
		article("ب", "رفض جون كيري التنسيق، وأعلن البنتاغون موقفه.", "الشرق الأوسط", "2016-06-02"),
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddTopic(ctx, "التعاون العسكري", []string{"تنسيق"}); err != nil {
		t.Fatal(err)
	}
	a1, a2 := added[0].ID, added[1].ID
	actors := []ActorRow{{Key: "lavrov", Name: "سيرغي لافروف"}, {Key: "kerry", Name: "جون كيري"}, {Key: "pentagon", Name: "البنتاغون"}}
	err = s.WriteAnalysis(ctx, []ArticleAnalysis{
		{ArticleID: a1, Actors: actors[:1],
			Mentions:   []MentionRow{{ActorKey: "lavrov", AliasKey: "lavrov", Start: 10, End: 20}},
			Statements: []StatementRow{{SpeakerKey: "lavrov", AliasKey: "lavrov", Topic: "التعاون العسكري", Stance: "support", SentEnd: 40, End: 40}}},
		{ArticleID: a2, Actors: actors[1:],
			Mentions: []MentionRow{{ActorKey: "kerry", AliasKey: "kerry", Start: 5, End: 12}, {ActorKey: "pentagon", AliasKey: "pentagon", Start: 30, End: 40}},
			Statements: []StatementRow{
				{SpeakerKey: "kerry", AliasKey: "kerry", Topic: "التعاون العسكري", Stance: "oppose", SentEnd: 30, End: 30},
				{SpeakerKey: "pentagon", AliasKey: "pentagon", Stance: "", SentStart: 31, SentEnd: 50, Start: 31, End: 50},
			}},
	})
	if err != nil {
		t.Fatal(err)
	}
	stmts, err := s.ChartStatements(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(stmts) != 2 {
		t.Fatalf("statements = %+v, want the two with a stance", stmts)
	}
	if st := stmts[0]; st.Actor != "سيرغي لافروف" || st.Source != "الجزيرة" || st.Date != "2016-05-20" ||
		st.Topic != "التعاون العسكري" || st.Stance != "support" || st.ArticleID != a1 {
		t.Errorf("first statement = %+v", st)
	}
	ments, err := s.ChartMentions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(ments) != 3 || ments[2].Actor != "البنتاغون" || ments[2].Source != "الشرق الأوسط" {
		t.Errorf("mentions = %+v", ments)
	}

	// Merging Kerry into Lavrov (as a user would) moves his statement.
	if _, err := s.w.ExecContext(ctx, `UPDATE actors SET merged_into = (SELECT id FROM actors WHERE key = 'lavrov')
		WHERE key = 'kerry'`); err != nil {
		t.Fatal(err)
	}
	stmts, err = s.ChartStatements(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stmts[1].Actor != "سيرغي لافروف" || stmts[1].ActorID != stmts[0].ActorID {
		t.Errorf("merged statement = %+v, want it under Lavrov", stmts[1])
	}
}
