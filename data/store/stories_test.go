package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"marsad/data"
)

// storyCorpus stores six articles and returns their IDs.
func storyCorpus(t *testing.T) (*Store, []int64) {
	t.Helper()
	s := openTemp(t)
	added, err := s.AddArticles(context.Background(), []*data.Article{
		article("زلزال يضرب جنوب تركيا", "ضرب زلزال ولاية هاتاي.", "outlet-a", "2024-02-21"),
		article("هزة أرضية في هاتاي", "أصيب العشرات في هزة أرضية.", "outlet-b", "2024-02-22"),
		article("", "شعر السكان بالهزة في سوريا.", "outlet-c", ""),
		article("البورصة تغلق مرتفعة", "صعد المؤشر الرئيسي.", "outlet-b", "2024-03-10"),
		article("أمطار غزيرة في عمان", "هطلت أمطار غزيرة على العاصمة.", "outlet-a", "2024-03-11"),
		article("سيول في عمان", "جرفت السيول سيارات في العاصمة.", "outlet-c", "2024-03-11"),
	})
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]int64, len(added))
	for i, a := range added {
		ids[i] = a.ID
	}
	return s, ids
}

func members(st *Story) []int64 {
	var out []int64
	for _, m := range st.Articles {
		out = append(out, m.ID)
	}
	slices.Sort(out)
	return out
}

func TestApplyStories(t *testing.T) {
	ctx := context.Background()
	s, ids := storyCorpus(t)
	if err := s.ApplyStories(ctx, []StoryChange{{Added: []int64{ids[0], ids[1]}, Central: ids[1]}}); err != nil {
		t.Fatal(err)
	}
	sts, err := s.Stories(ctx)
	if err != nil || len(sts) != 1 {
		t.Fatalf("Stories = %+v, %v; want one", sts, err)
	}
	st := sts[0]
	if st.Label != "هزة أرضية في هاتاي" || st.FirstDate != "2024-02-21" || st.LastDate != "2024-02-22" {
		t.Errorf("story = %q %s–%s, want the central headline and 2024-02-21–2024-02-22", st.Label, st.FirstDate, st.LastDate)
	}
	if !slices.Equal(st.Sources, []string{"outlet-a", "outlet-b"}) {
		t.Errorf("sources = %v", st.Sources)
	}
	if err := s.ApplyStories(ctx, []StoryChange{{ID: st.ID, Added: []int64{ids[2]}}}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Story(ctx, st.ID)
	if err != nil {
		t.Fatal(err)
	}
	if want := ids[:3]; !slices.Equal(members(got), want) || got.Label != st.Label || got.LastDate != "2024-02-22" {
		t.Errorf("after adding an undated article: %+v, want members %v, same label and span", got, want)
	}
}

func TestMoveArticleSticks(t *testing.T) {
	ctx := context.Background()
	s, ids := storyCorpus(t)
	if err := s.ApplyStories(ctx, []StoryChange{{Added: ids[:3], Central: ids[0]}}); err != nil {
		t.Fatal(err)
	}
	sts, _ := s.Stories(ctx)
	story := sts[0].ID

	t.Run("out of the story", func(t *testing.T) {
		if err := s.MoveArticle(ctx, ids[2], 0); err != nil {
			t.Fatal(err)
		}
		got, _ := s.Story(ctx, story)
		if !slices.Equal(members(got), ids[:2]) {
			t.Errorf("members = %v, want %v", members(got), ids[:2])
		}
	})
	t.Run("into the story", func(t *testing.T) {
		if err := s.MoveArticle(ctx, ids[3], story); err != nil {
			t.Fatal(err)
		}
		got, _ := s.Story(ctx, story)
		if want := []int64{ids[0], ids[1], ids[3]}; !slices.Equal(members(got), want) || got.LastDate != "2024-03-10" {
			t.Errorf("members = %v to %s, want %v to 2024-03-10", members(got), got.LastDate, want)
		}
	})
	t.Run("survives clearing automatic stories", func(t *testing.T) {
		if err := s.ApplyStories(ctx, []StoryChange{{Added: ids[4:6]}}); err != nil {
			t.Fatal(err)
		}
		if err := s.ClearAutoStories(ctx); err != nil {
			t.Fatal(err)
		}
		got, err := s.Story(ctx, story)
		if err != nil {
			t.Fatal(err)
		}
		if want := []int64{ids[0], ids[1], ids[3]}; !slices.Equal(members(got), want) {
			t.Errorf("members = %v, want the story the user edited whole: %v", members(got), want)
		}
		arts, err := s.StoryArticles(ctx, 1, false)
		if err != nil {
			t.Fatal(err)
		}
		origins := map[int64]string{}
		for _, a := range arts {
			origins[a.ID] = fmt.Sprintf("%d/%s", a.Story, a.Origin)
		}
		if got, want := origins[ids[2]], "0/user"; got != want {
			t.Errorf("article kept out: %s, want %s", got, want)
		}
		if got := origins[ids[4]]; got != "0/" {
			t.Errorf("member of an automatic story after clearing: %s, want none", got)
		}
	})
	t.Run("automatic grouping does not override", func(t *testing.T) {
		if err := s.ApplyStories(ctx, []StoryChange{{Added: []int64{ids[4], ids[2]}}}); err != nil {
			t.Fatal(err)
		}
		arts, _ := s.StoryArticles(ctx, 1, false)
		for _, a := range arts {
			if a.ID == ids[2] && (a.Story != 0 || a.Origin != data.OriginUser) {
				t.Errorf("article the user took out was grouped: %+v", a)
			}
		}
		sts, _ := s.Stories(ctx)
		if len(sts) != 1 {
			t.Errorf("got %d stories, want 1: a story of one article is dissolved", len(sts))
		}
	})
}

func TestMoveArticleDissolvesSingletons(t *testing.T) {
	ctx := context.Background()
	s, ids := storyCorpus(t)
	if err := s.ApplyStories(ctx, []StoryChange{{Added: ids[:2]}}); err != nil {
		t.Fatal(err)
	}
	sts, _ := s.Stories(ctx)
	if err := s.MoveArticle(ctx, ids[0], 0); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Story(ctx, sts[0].ID); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("story of one article: err = %v, want ErrNotFound", err)
	}
	if err := s.MoveArticle(ctx, ids[0], sts[0].ID); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("move into a dissolved story: err = %v, want ErrNotFound", err)
	}
	if err := s.MoveArticle(ctx, 9999, 0); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("move a missing article: err = %v, want ErrNotFound", err)
	}
}

func TestSignatures(t *testing.T) {
	ctx := context.Background()
	s, ids := storyCorpus(t)
	if err := s.SaveSignatures(ctx, 3, map[int64][]byte{ids[0]: {3, 1, 2}, ids[1]: {3}}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveSignatures(ctx, 2, map[int64][]byte{ids[1]: {2, 9}}); err != nil {
		t.Fatal(err)
	}
	arts, err := s.StoryArticles(ctx, 3, true)
	if err != nil || len(arts) != 6 {
		t.Fatalf("StoryArticles = %d, %v", len(arts), err)
	}
	if !arts[0].Signed || !slices.Equal(arts[0].Signature, []byte{3, 1, 2}) {
		t.Errorf("signature = %v, want [3 1 2]", arts[0].Signature)
	}
	if arts[1].Signed || arts[1].Signature != nil || arts[2].Signed || arts[2].Signature != nil {
		t.Errorf("signatures of another version or none: %+v, %+v; want none", arts[1], arts[2])
	}
	bare, _ := s.StoryArticles(ctx, 3, false)
	if !bare[0].Signed || bare[0].Signature != nil {
		t.Errorf("without signatures: %+v, want signed and no bytes", bare[0])
	}
	sigs, err := s.Signatures(ctx, 3, ids)
	if err != nil || len(sigs) != 1 || !slices.Equal(sigs[ids[0]], []byte{3, 1, 2}) {
		t.Errorf("Signatures = %v, %v; want only article %d's", sigs, err, ids[0])
	}
}
