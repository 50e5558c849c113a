package stories

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"marsad/data"
)

func fixtureSide(f fixture) Side {
	return Side{ID: f.id, Title: f.title, Body: f.body, Source: f.source, Date: f.date}
}

func compareOptions(t *testing.T) CompareOptions {
	bg, err := DefaultBackground()
	if err != nil {
		t.Fatal(err)
	}
	return CompareOptions{Background: bg}
}

func pairIndexes(c Comparison) []string {
	var out []string
	for _, p := range c.Pairs {
		out = append(out, fmt.Sprintf("%d:%d-%d:%d", p.A.Article, p.A.Index, p.B.Article, p.B.Index))
	}
	return out
}

func TestCompareAlignsRewordedReports(t *testing.T) {
	c := Compare([]Side{fixtureSide(gazaTalksA), fixtureSide(gazaTalksB)}, compareOptions(t))
	// A0 the meeting ↔ B0 the meeting; A2 Security Council ↔ B1; A3
	// Shoukry on the ceasefire ↔ B2. A1 and A4 are told inside B0 and B2,
	// which are taken; B3 (Amman coordinates with Cairo) is B's alone.
	want := []string{"1:0-2:0", "1:2-2:1", "1:3-2:2"}
	if got := pairIndexes(c); !slices.Equal(got, want) {
		t.Errorf("pairs = %v, want %v", got, want)
	}
	var unpaired []string
	for _, u := range c.Unpaired {
		unpaired = append(unpaired, fmt.Sprintf("%d:%d", u.Article, u.Index))
	}
	if want := []string{"1:1", "1:4", "2:3"}; !slices.Equal(unpaired, want) {
		t.Errorf("unpaired = %v, want %v", unpaired, want)
	}
	if got := c.Articles[1].Only.Sentences; len(got) != 1 || !strings.Contains(got[0].Text, "تنسق خطواتها") {
		t.Errorf("only in 2 = %+v, want the sentence on coordination", got)
	}
	for _, p := range c.Pairs {
		if p.A.Text != gazaTalksA.body[p.A.Start:p.A.End] {
			t.Errorf("pair text %q does not match its offsets", p.A.Text)
		}
	}
}

func TestCompareDifferentEventsPairLittle(t *testing.T) {
	// The two leads name the same two ministers in the same words and may
	// pair; nothing else of the two events may.
	c := Compare([]Side{fixtureSide(gazaTalksA), fixtureSide(powerDeal)}, compareOptions(t))
	if got := pairIndexes(c); len(got) > 1 || (len(got) == 1 && got[0] != "1:0-3:0") {
		t.Errorf("two events by the same actors: pairs = %v, want at most the leads", got)
	}
}

func TestCompareDifferences(t *testing.T) {
	a, b := fixtureSide(gazaTalksA), fixtureSide(gazaTalksB)
	safadiA := strings.Index(a.Body, "وقال الصفدي")
	shoukryA := strings.Index(a.Body, "من جهته أكد شكري")
	shoukryB := strings.Index(b.Body, "وأوضح شكري")
	a.Mentions = []Mention{{Actor: "أيمن الصفدي", Start: safadiA + 9, End: safadiA + 19}, {Actor: "سامح شكري", Start: shoukryA + 20, End: shoukryA + 28}}
	a.Statements = []Statement{
		{Actor: "أيمن الصفدي", Stance: data.StanceOppose, Start: safadiA, End: safadiA + 40},
		{Actor: "سامح شكري", Stance: data.StanceSupport, Start: shoukryA, End: shoukryA + 40},
	}
	b.Mentions = []Mention{{Actor: "أيمن الصفدي", Start: 10, End: 20}, {Actor: "سامح شكري", Start: shoukryB + 11, End: shoukryB + 19}}
	b.Statements = []Statement{{Actor: "سامح شكري", Stance: data.StanceConditional, Start: shoukryB, End: shoukryB + 40}}
	c := Compare([]Side{a, b}, compareOptions(t))

	kinds := map[string][]Difference{}
	for _, d := range c.Differences {
		kinds[d.Kind] = append(kinds[d.Kind], d)
	}
	if ds := kinds[DiffStance]; len(ds) != 1 || ds[0].Actor != "سامح شكري" || !slices.Equal(ds[0].Articles, []int64{1, 2}) {
		t.Errorf("stance differences = %+v, want Shoukry in 1 and 2", ds)
	}
	if ds := kinds[DiffQuoted]; len(ds) != 1 || ds[0].Actor != "أيمن الصفدي" || !slices.Equal(ds[0].Missing, []int64{2}) ||
		!strings.Contains(ds[0].Detail, "names but does not quote") {
		t.Errorf("quoted differences = %+v, want Safadi quoted in 1, named only in 2", ds)
	}
	if ds := kinds[DiffHeadline]; len(ds) != 1 {
		t.Errorf("headline differences = %+v, want one", ds)
	}
	row := c.Actors[slices.IndexFunc(c.Actors, func(r ActorRow) bool { return r.Actor == "سامح شكري" })]
	if want := map[string]string{"1": data.StanceSupport, "2": data.StanceConditional}; fmt.Sprint(row.StancesByArticle) != fmt.Sprint(want) {
		t.Errorf("Shoukry's stances = %v, want %v", row.StancesByArticle, want)
	}
	if got := c.Articles[0].Only.Statements; len(got) != 1 || got[0].Actor != "أيمن الصفدي" || got[0].Sentence != 1 {
		t.Errorf("statements only in 1 = %+v, want Safadi's in sentence 1", got)
	}
	if _, err := json.Marshal(c); err != nil {
		t.Fatal(err)
	}
}

func TestCompareSameHeadlineNotFlagged(t *testing.T) {
	a, b := fixtureSide(quakeA), fixtureSide(quakeA)
	b.ID = 99
	b.Title = strings.Replace(b.Title, "يضرب", "يهز", 1)
	c := Compare([]Side{a, b}, compareOptions(t))
	for _, d := range c.Differences {
		if d.Kind == DiffHeadline {
			t.Errorf("near-identical headlines flagged: %+v", d)
		}
	}
	if len(c.Unpaired) != 0 {
		t.Errorf("identical bodies left %d sentences unpaired", len(c.Unpaired))
	}
}

func TestPrevailing(t *testing.T) {
	tests := []struct {
		in   []string
		want string
	}{
		{nil, ""},
		{[]string{"neutral"}, "neutral"},
		{[]string{"neutral", "neutral", "oppose"}, "oppose"},
		{[]string{"support", "oppose", "oppose"}, "oppose"},
		{[]string{"oppose", "support"}, "support"},
	}
	for _, tc := range tests {
		if got := prevailing(tc.in); got != tc.want {
			t.Errorf("prevailing(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// On the seeds, the two reports of the Pentagon's answer to the Russian
// proposal line up on the facts both give.
func TestCompareSeeds(t *testing.T) {
	arts := readSeeds(t)
	side := func(i int) Side { return Side{ID: arts[i].ID, Title: arts[i].Title, Body: arts[i].Body} }
	c := Compare([]Side{side(0), side(2)}, compareOptions(t))
	facts := [][2]string{
		{"رفض البنتاغون", "عدم تلقي طلب روسي"},
		{"جيف ديفيس", "جيف ديفيس"},
		{"25 مايو", "25 الشهر"},
	}
	for _, f := range facts {
		found := slices.ContainsFunc(c.Pairs, func(p Pair) bool {
			return strings.Contains(p.A.Text, f[0]) && strings.Contains(p.B.Text, f[1])
		})
		if !found {
			t.Errorf("no pair of %q with %q among %v", f[0], f[1], pairIndexes(c))
		}
	}
	if !slices.ContainsFunc(c.Differences, func(d Difference) bool { return d.Kind == DiffHeadline }) {
		t.Error("headlines «واشنطن ترفض…» and «البنتاجون: لم نتلق…» not flagged")
	}
}
