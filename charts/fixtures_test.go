package charts

import (
	"fmt"
	"time"
)

// Actors of the test corpus, written as an Arabic outlet would.
var testActors = []string{
	"سيرغي لافروف", "جون كيري", "البنتاغون", "وزارة الدفاع الروسية",
	"بشار الأسد", "الأمم المتحدة", "ستافان دي ميستورا", "الكرملين",
}

var testSources = []string{"الجزيرة", "الشرق الأوسط", "RT عربي", "سبق"}

// testStatements builds a deterministic corpus of statements: n per actor,
// spread over weeks from 2016-05-02, stances cycling by actor.
func testStatements(actors, weeks, perWeek int) []StatementRow {
	start := time.Date(2016, 5, 2, 0, 0, 0, 0, time.UTC)
	var rows []StatementRow
	id := int64(1)
	for a := 0; a < actors; a++ {
		name := testActorName(a)
		for w := 0; w < weeks; w++ {
			for k := 0; k < perWeek; k++ {
				rows = append(rows, StatementRow{
					ActorID: int64(a + 1), Actor: name, ArticleID: int64(100 + w*10 + k),
					StatementID: id, Source: testSources[(a+w+k)%len(testSources)],
					Date:   start.AddDate(0, 0, 7*w+k%7).Format(time.DateOnly),
					Topic:  "التعاون العسكري",
					Stance: stances[(a*3+w+k*2)%len(stances)],
				})
				id++
			}
		}
	}
	return rows
}

// testActorName names actor a, numbering names beyond the fixed list.
func testActorName(a int) string {
	if a < len(testActors) {
		return testActors[a]
	}
	return fmt.Sprintf("%s %d", testActors[a%len(testActors)], a/len(testActors)+1)
}

// testMentions builds mentions matching testStatements' articles.
func testMentions(stmts []StatementRow) []MentionRow {
	var out []MentionRow
	for _, s := range stmts {
		out = append(out, MentionRow{ActorID: s.ActorID, Actor: s.Actor, ArticleID: s.ArticleID,
			Source: s.Source, Date: s.Date})
	}
	return out
}
