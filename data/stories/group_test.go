package stories

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
)

func defaultOptions(t testing.TB) Options {
	t.Helper()
	bg, err := DefaultBackground()
	if err != nil {
		t.Fatal(err)
	}
	return Options{Background: bg}
}

// memberSets renders stories as sorted member lists, e.g. "[1 2] [5 6]".
func memberSets(sts []Story) string {
	var parts []string
	for _, s := range sts {
		parts = append(parts, fmt.Sprint(s.Members))
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

func TestGroupFixtures(t *testing.T) {
	opts := defaultOptions(t)
	tests := []struct {
		name string
		in   []fixture
		want string
	}{
		{"same event in other words groups", []fixture{gazaTalksA, gazaTalksB}, "[1 2]"},
		{"same actors, other event stays apart", []fixture{gazaTalksA, powerDeal, refugees}, ""},
		{"same vocabulary, other quake stays apart", []fixture{quakeA, quakeOther}, ""},
		{"whole set", allFixtures, "[1 2] [5 6]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := memberSets(Group(nil, fixtureItems(tc.in...), opts))
			if got != tc.want {
				t.Errorf("stories = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestGroupDates(t *testing.T) {
	opts := defaultOptions(t)
	late := gazaTalksB
	late.date = "2024-04-02"
	if got := memberSets(Group(nil, fixtureItems(gazaTalksA, late), opts)); got != "" {
		t.Errorf("reports three weeks apart: stories = %q, want none", got)
	}
	undated := gazaTalksB
	undated.date = ""
	if got := memberSets(Group(nil, fixtureItems(gazaTalksA, undated), opts)); got != "[1 2]" {
		t.Errorf("one date unknown: stories = %q, want [1 2]", got)
	}
	copyLate := gazaTalksA
	copyLate.id, copyLate.source, copyLate.date = 9, "outlet-d", "2024-04-02"
	copyLate.body = strings.Replace(copyLate.body, "يوم الأحد", "الأحد", 1)
	if got := memberSets(Group(nil, fixtureItems(gazaTalksA, copyLate), opts)); got != "[1 9]" {
		t.Errorf("wire copy republished later: stories = %q, want [1 9]", got)
	}
}

func TestGroupIncremental(t *testing.T) {
	opts := defaultOptions(t)
	existing := fixtureItems(quakeA, quakeB, gazaTalksA, marketNews)
	existing[0].Story, existing[1].Story = 40, 40
	copyB := quakeB
	copyB.id, copyB.source = 10, "outlet-d"
	got := Group(existing, fixtureItems(copyB, gazaTalksB), opts)
	if len(got) != 2 {
		t.Fatalf("got %d changed stories, want 2: %+v", len(got), got)
	}
	byFirst := map[int64]Story{}
	for _, s := range got {
		byFirst[s.Members[0]] = s
	}
	if s := byFirst[5]; s.ID != 40 || !slices.Equal(s.Members, []int64{5, 6, 10}) || !slices.Equal(s.Added, []int64{10}) {
		t.Errorf("quake story = %+v, want ID 40, members [5 6 10], added [10]", s)
	}
	if s := byFirst[1]; s.ID != 0 || !slices.Equal(s.Members, []int64{1, 2}) || !slices.Equal(s.Added, []int64{1, 2}) {
		t.Errorf("new story = %+v, want ID 0, members [1 2], added [1 2]", s)
	}
}

func TestGroupPinned(t *testing.T) {
	opts := defaultOptions(t)
	t.Run("kept out of stories", func(t *testing.T) {
		existing := fixtureItems(gazaTalksA)
		existing[0].Pinned = true
		if got := memberSets(Group(existing, fixtureItems(gazaTalksB), opts)); got != "" {
			t.Errorf("stories = %q, want none", got)
		}
	})
	t.Run("pinned batch article is skipped", func(t *testing.T) {
		batch := fixtureItems(gazaTalksA, gazaTalksB)
		batch[1].Pinned = true
		if got := memberSets(Group(nil, batch, opts)); got != "" {
			t.Errorf("stories = %q, want none", got)
		}
	})
	t.Run("placed by the user, joined by others", func(t *testing.T) {
		existing := fixtureItems(gazaTalksA, powerDeal)
		existing[0].Story, existing[0].Pinned = 7, true
		existing[1].Story, existing[1].Pinned = 7, true
		got := Group(existing, fixtureItems(gazaTalksB), opts)
		if len(got) != 1 || got[0].ID != 7 || !slices.Equal(got[0].Members, []int64{1, 2, 3}) {
			t.Errorf("stories = %+v, want story 7 with [1 2 3]", got)
		}
	})
}

func TestGroupActors(t *testing.T) {
	opts := defaultOptions(t)
	a, b := powerDeal.item(), refugees.item()
	plain := newGrouper(nil, []Item{a, b}, opts.withDefaults())
	base := plain.score(&plain.entries[0], &plain.entries[1])
	a.Actors, b.Actors = []int64{3, 1, 2}, []int64{2, 1, 3}
	withActors := newGrouper(nil, []Item{a, b}, opts.withDefaults())
	got := withActors.score(&withActors.entries[0], &withActors.entries[1])
	if want := base + opts.withDefaults().ActorWeight; abs(got-want) > 1e-9 {
		t.Errorf("score with the same actors = %.4f, want %.4f", got, want)
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func TestGroupCentral(t *testing.T) {
	opts := defaultOptions(t)
	sents := strings.SplitAfter(gazaTalksA.body, ". ")
	head, tail := gazaTalksA, gazaTalksA
	head.id, head.body = 12, strings.Join(sents[:3], "")
	tail.id, tail.body = 13, strings.Join(sents[2:], "")
	got := Group(nil, fixtureItems(head, tail, gazaTalksA), opts)
	if len(got) != 1 || len(got[0].Members) != 3 {
		t.Fatalf("stories = %+v, want one of three", got)
	}
	if got[0].Central != 1 {
		t.Errorf("central = %d, want 1 (the full report, which each part resembles)", got[0].Central)
	}
}
