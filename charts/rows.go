package charts

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

// StatementRow is one statement as the charts need it: who said it, in
// which article and outlet, when, on which topic, with which stance.
type StatementRow struct {
	ActorID     int64
	Actor       string // as the corpus writes it
	ArticleID   int64
	StatementID int64
	Source      string
	Date        string // YYYY-MM-DD, "" when unknown
	Topic       string
	Stance      string // support, oppose, conditional or neutral
}

// MentionRow is one mention of an actor in an article.
type MentionRow struct {
	ActorID   int64
	Actor     string
	ArticleID int64
	Source    string
	Date      string // YYYY-MM-DD, "" when unknown
}

// Filter narrows the rows a chart is built from. Zero values mean no
// restriction, except Top and Period, which have defaults.
type Filter struct {
	From, To string   // inclusive YYYY-MM-DD bounds; rows without a date are dropped when set
	Sources  []string // outlets to keep
	Topic    string   // statements on this topic only
	Top      int      // keep the N actors with most rows; 0 means DefaultTop, <0 all
	Actors   []int64  // actors to keep
	Period   string   // "week" (default) or "month"
}

// DefaultTop is the number of actors a chart shows when Filter.Top is 0.
const DefaultTop = 12

// Periods accepted in Filter.Period.
const (
	PeriodWeek  = "week"
	PeriodMonth = "month"
)

// Stance names, in display order.
const (
	StanceSupport     = "support"
	StanceOppose      = "oppose"
	StanceConditional = "conditional"
	StanceNeutral     = "neutral"
)

var stances = []string{StanceSupport, StanceOppose, StanceConditional, StanceNeutral}

// StanceColors are the fixed, colour-blind safe (Okabe–Ito) colours of the
// stances, used by every chart.
var StanceColors = map[string]string{
	StanceSupport:     "#0072B2",
	StanceOppose:      "#D55E00",
	StanceConditional: "#E69F00",
	StanceNeutral:     "#999999",
}

// validate checks the filter's fields.
func (f Filter) validate() error {
	for _, d := range []string{f.From, f.To} {
		if d == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d); err != nil {
			return fmt.Errorf("check filter: date %q is not YYYY-MM-DD", d)
		}
	}
	if f.Period != "" && f.Period != PeriodWeek && f.Period != PeriodMonth {
		return fmt.Errorf("check filter: period %q is not week or month", f.Period)
	}
	return nil
}

// keep reports whether a row with these fields passes the filter
// (topic and top-N aside).
func (f Filter) keep(actor int64, source, date string) bool {
	if (f.From != "" || f.To != "") && date == "" {
		return false
	}
	if f.From != "" && date < f.From || f.To != "" && date > f.To {
		return false
	}
	if len(f.Sources) > 0 && !slices.Contains(f.Sources, source) {
		return false
	}
	if len(f.Actors) > 0 && !slices.Contains(f.Actors, actor) {
		return false
	}
	return true
}

// filterStatements returns the statements passing f.
func filterStatements(rows []StatementRow, f Filter) []StatementRow {
	var out []StatementRow
	for _, r := range rows {
		if f.Topic != "" && r.Topic != f.Topic {
			continue
		}
		if f.keep(r.ActorID, r.Source, r.Date) {
			out = append(out, r)
		}
	}
	return out
}

// filterMentions returns the mentions passing f.
func filterMentions(rows []MentionRow, f Filter) []MentionRow {
	var out []MentionRow
	for _, r := range rows {
		if f.keep(r.ActorID, r.Source, r.Date) {
			out = append(out, r)
		}
	}
	return out
}

// actorRef is an actor as shown on a chart.
type actorRef struct {
	ID   int64
	Name string
}

// topActors ranks actors by weight (descending, then name) and keeps the
// first top of them (all when top < 0, DefaultTop when 0).
func topActors(weight map[actorRef]int, top int) []actorRef {
	actors := make([]actorRef, 0, len(weight))
	for a := range weight {
		actors = append(actors, a)
	}
	slices.SortFunc(actors, func(a, b actorRef) int {
		if c := cmp.Compare(weight[b], weight[a]); c != 0 {
			return c
		}
		return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	})
	if top == 0 {
		top = DefaultTop
	}
	if top > 0 && len(actors) > top {
		actors = actors[:top]
	}
	return actors
}

// periodOf returns the week (ISO, "2016-W21") or month ("2016-05") of a
// YYYY-MM-DD date, or "" when the date is unreadable.
func periodOf(date, period string) string {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return ""
	}
	if period == PeriodMonth {
		return t.Format("2006-01")
	}
	y, w := t.ISOWeek()
	return fmt.Sprintf("%d-W%02d", y, w)
}

// periodRange lists every period from the earliest to the latest of the
// given dates, so that quiet periods show as gaps.
func periodRange(dates []string, period string) []string {
	var lo, hi time.Time
	for _, d := range dates {
		t, err := time.Parse(time.DateOnly, d)
		if err != nil {
			continue
		}
		if lo.IsZero() || t.Before(lo) {
			lo = t
		}
		if hi.IsZero() || t.After(hi) {
			hi = t
		}
	}
	if lo.IsZero() {
		return nil
	}
	var out []string
	step := func(t time.Time) time.Time { return t.AddDate(0, 0, 7) }
	if period == PeriodMonth {
		lo = time.Date(lo.Year(), lo.Month(), 1, 0, 0, 0, 0, time.UTC)
		step = func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }
	} else {
		lo = lo.AddDate(0, 0, -((int(lo.Weekday()) + 6) % 7)) // back to Monday
	}
	for t := lo; !t.After(hi); t = step(t) {
		out = append(out, periodOf(t.Format(time.DateOnly), period))
	}
	return out
}
