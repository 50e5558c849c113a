package store

import (
	"context"
	"fmt"
	"testing"

	"marsad/data"
)

func TestListArticlePageMatchesListArticles(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	var arts []*data.Article
	for i := 0; i < 53; i++ {
		date := ""
		if i%3 != 0 {
			date = fmt.Sprintf("2016-%02d-%02d", 1+i%12, 1+i%5) // repeated dates: ties broken by id
		}
		src := "الحياة"
		if i%2 == 0 {
			src = "الجزيرة"
		}
		arts = append(arts, article(fmt.Sprintf("خبر %d", i), fmt.Sprintf("نص الخبر رقم %d عن موسكو", i), src, date))
	}
	if _, err := s.AddArticles(ctx, arts); err != nil {
		t.Fatal(err)
	}
	for _, f := range []ArticleFilter{{}, {Sources: []string{"الجزيرة"}}, {Query: "موسكو"}, {From: "2016-03-01"}} {
		want, err := s.ListArticles(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		for _, size := range []int{1, 7, 20, 100} {
			var got []ArticleSummary
			for off := 0; off < len(want)+size; off += size {
				page, err := s.ListArticlePage(ctx, f, off, size)
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, page...)
			}
			if len(got) != len(want) {
				t.Fatalf("filter %+v, pages of %d: %d articles, want %d", f, size, len(got), len(want))
			}
			for i := range want {
				if got[i].ID != want[i].ID {
					t.Fatalf("filter %+v, pages of %d: row %d is article %d, want %d", f, size, i, got[i].ID, want[i].ID)
				}
			}
		}
	}
}
