package charts

import (
	"errors"
	"slices"
	"testing"
)

func TestBuildStanceByActorCountsEveryStatement(t *testing.T) {
	rows := []StatementRow{
		{ActorID: 1, Actor: "سيرغي لافروف", StatementID: 1, Date: "2016-05-02", Stance: StanceSupport},
		{ActorID: 1, Actor: "سيرغي لافروف", StatementID: 2, Date: "2016-05-03", Stance: StanceSupport},
		{ActorID: 1, Actor: "سيرغي لافروف", StatementID: 3, Date: "2016-05-20", Stance: StanceOppose},
		{ActorID: 2, Actor: "البنتاغون", StatementID: 4, Date: "2016-05-04", Stance: StanceConditional},
	}
	spec, err := Build(StanceByActor, rows, nil, Filter{}, "en")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]int{ // stance → counts for actor 1, actor 2
		StanceSupport: {2, 0}, StanceOppose: {1, 0}, StanceConditional: {0, 1}, StanceNeutral: {0, 0},
	}
	for si, st := range stances {
		items := spec.Items(si)
		if len(items) != 2 || items[0].Actor != "سيرغي لافروف" {
			t.Fatalf("series %s items = %+v, want the most quoted actor first", st, items)
		}
		for i, it := range items {
			if it.Stance != st || it.Count != want[st][i] {
				t.Errorf("%s/%s count = %d, want %d", it.Actor, st, it.Count, want[st][i])
			}
		}
	}
	if got := spec.Items(0)[0].StatementIDs; !slices.Equal(got, []int64{1, 2}) {
		t.Errorf("support statements of actor 1 = %v, want [1 2]", got)
	}
}

func TestBuildHeatmapNetStanceByMonth(t *testing.T) {
	rows := []StatementRow{
		{ActorID: 1, Actor: "جون كيري", StatementID: 1, Date: "2016-05-02", Stance: StanceSupport},
		{ActorID: 1, Actor: "جون كيري", StatementID: 2, Date: "2016-05-30", Stance: StanceOppose},
		{ActorID: 1, Actor: "جون كيري", StatementID: 3, Date: "2016-05-31", Stance: StanceSupport},
		{ActorID: 1, Actor: "جون كيري", StatementID: 4, Date: "2016-07-01", Stance: StanceOppose},
		{ActorID: 1, Actor: "جون كيري", StatementID: 5, Date: "", Stance: StanceOppose},
	}
	spec, err := Build(StanceHeatmap, rows, nil, Filter{Period: PeriodMonth}, "ar")
	if err != nil {
		t.Fatal(err)
	}
	got := spec.Items(0)
	if len(got) != 2 {
		t.Fatalf("cells = %+v, want May and July (June empty, undated dropped)", got)
	}
	if got[0].Period != "2016-05" || got[0].Value != 0.333 || got[0].Count != 3 {
		t.Errorf("May cell = %+v, want net 0.333 over 3", got[0])
	}
	if got[1].Period != "2016-07" || got[1].Value != -1 {
		t.Errorf("July cell = %+v, want net -1", got[1])
	}
}

func TestBuildFilters(t *testing.T) {
	rows := testStatements(6, 10, 2)
	cases := []struct {
		name   string
		f      Filter
		actors int
	}{
		{"top two", Filter{Top: 2}, 2},
		{"all actors", Filter{Top: -1}, 6},
		{"chosen actors", Filter{Actors: []int64{3, 5}}, 2},
		{"one source", Filter{Sources: []string{testSources[0]}, Top: -1}, 6},
		{"date range", Filter{From: "2016-05-02", To: "2016-05-08"}, 6},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			spec, err := Build(StanceByActor, rows, nil, tc.f, "en")
			if err != nil {
				t.Fatal(err)
			}
			if got := len(spec.Items(0)); got != tc.actors {
				t.Errorf("actors = %d, want %d", got, tc.actors)
			}
			for si := range stances {
				for _, it := range spec.Items(si) {
					for _, id := range it.StatementIDs {
						r := rows[id-1]
						if !tc.f.keep(r.ActorID, r.Source, r.Date) {
							t.Errorf("statement %d (%s, %s) passed the filter", id, r.Source, r.Date)
						}
					}
				}
			}
		})
	}
}

func TestBuildRejects(t *testing.T) {
	rows := testStatements(2, 2, 1)
	cases := []struct {
		name string
		kind Kind
		f    Filter
		want error
	}{
		{"no rows after filter", StanceByActor, Filter{Topic: "غير موجود"}, ErrNoData},
		{"no mentions", MentionsOverTime, Filter{}, ErrNoData},
		{"undated rows over time", StanceOverTime, Filter{From: "2030-01-01"}, ErrNoData},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Build(tc.kind, rows, nil, tc.f, "ar"); !errors.Is(err, tc.want) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
		})
	}
	for _, bad := range []struct {
		kind Kind
		f    Filter
	}{{"pie", Filter{}}, {StanceByActor, Filter{From: "May 2016"}}, {StanceHeatmap, Filter{Period: "day"}}} {
		if _, err := Build(bad.kind, rows, nil, bad.f, "en"); err == nil {
			t.Errorf("Build(%q, %+v) succeeded, want an error", bad.kind, bad.f)
		}
	}
}

func TestPeriodRangeFillsGaps(t *testing.T) {
	got := periodRange([]string{"2016-12-30", "2017-01-10"}, PeriodWeek)
	want := []string{"2016-W52", "2017-W01", "2017-W02"}
	if !slices.Equal(got, want) {
		t.Errorf("weeks = %v, want %v", got, want)
	}
	got = periodRange([]string{"2016-05-31", "2016-08-01"}, PeriodMonth)
	want = []string{"2016-05", "2016-06", "2016-07", "2016-08"}
	if !slices.Equal(got, want) {
		t.Errorf("months = %v, want %v", got, want)
	}
}

func TestEveryKindHasTitlesInBothLanguages(t *testing.T) {
	for _, kind := range Kinds {
		ar, en := Title(kind, "ar"), Title(kind, "en")
		if ar == "" || en == "" || ar == en {
			t.Errorf("%s: titles %q / %q", kind, ar, en)
		}
	}
	for _, st := range stances {
		if StanceName(st, "ar") == "" || StanceName(st, "en") == "" || StanceColors[st] == "" {
			t.Errorf("stance %s lacks a name or colour", st)
		}
	}
}
