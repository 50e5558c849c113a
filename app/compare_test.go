package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"marsad/data/arabic"
)

func TestAlignRows(t *testing.T) {
	sp := func(i int) arabic.Span { return arabic.Span{Start: i * 10, End: i*10 + 5} }
	pivot := []arabic.Span{sp(0), sp(1), sp(2)}
	other := []arabic.Span{sp(0), sp(1), sp(2), sp(3)}
	// other's 0 is new, 1 pairs pivot 0, 2 pairs pivot 2, 3 is new
	rows := alignRows(pivot, [][]arabic.Span{other}, [][]int{{-1, 0, 2, -1}})
	type want struct {
		pivot, other string // spans as starts, "" for none
		pair         int
	}
	got := func(c cell) string {
		var s []string
		for _, sp := range c.spans {
			s = append(s, string(rune('a'+sp.Start/10)))
		}
		return strings.Join(s, ",")
	}
	wants := []want{
		{"", "a", -1}, // unpaired before any pair
		{"a", "b", 0},
		{"b", "", -1}, // pivot sentence without counterpart
		{"c", "c", 2},
		{"", "d", -1},
	}
	if len(rows) != len(wants) {
		t.Fatalf("got %d rows, want %d: %+v", len(rows), len(wants), rows)
	}
	for i, w := range wants {
		if got(rows[i][0]) != w.pivot || got(rows[i][1]) != w.other || rows[i][1].pair != w.pair && w.other != "" {
			t.Errorf("row %d = %q|%q (pair %d), want %q|%q (pair %d)", i, got(rows[i][0]), got(rows[i][1]), rows[i][1].pair, w.pivot, w.other, w.pair)
		}
	}
}

func TestCompareChosenArticles(t *testing.T) {
	arts := sampleArticles()
	arts[0].Body = "قال وزير الخارجية الروسي إن موسكو مستعدة للتنسيق مع واشنطن. وأضاف أن الاجتماع المقبل في جنيف."
	arts[1].Body = "أكد وزير الخارجية الروسي أن موسكو مستعدة للتنسيق مع واشنطن. ورفضت وزارة الدفاع الأمريكية ذلك."
	st := fillTemp(t, arts)
	u := newTestUI(t, st)
	v := u.articles
	for _, row := range []int{0, 1} {
		waitFor(t, "rows", func() bool { _, ok := v.summary(row); return ok })
		onUI(func() { v.list.Select(row) })
		waitFor(t, "reader", func() bool {
			return !v.reader.cmp.Disabled() && v.reader.article != nil && v.reader.article.ID == v.selected
		})
		onUI(func() { test.Tap(v.reader.cmp) })
		if v.reader.cmp.Text != "In comparison" {
			t.Fatalf("compare button = %q after tapping", v.reader.cmp.Text)
		}
	}
	onUI(func() { u.showTab(2) })
	s := u.stories
	waitFor(t, "comparison shown", func() bool {
		return len(s.compare.Objects) == 1 && flowString(s.picked) == "2 articles chosen for comparison" && findText(s.compare, "unpaired")
	})
	keepShot(t, u.win, "compare-view")
	if !findText(s.compare, "sentences without a counterpart: 1") {
		t.Error("no flagged difference for the unpaired sentence")
	}
	if !findText(s.compare, "(the others are aligned to this article)") {
		t.Error("pivot column not named")
	}
}

// findText reports whether a label or text inside o contains s.
func findText(o fyne.CanvasObject, s string) bool {
	found := false
	walk(o, func(c fyne.CanvasObject) {
		switch w := c.(type) {
		case *canvas.Text:
			found = found || strings.Contains(w.Text, s)
		case *widget.Label:
			found = found || strings.Contains(w.Text, s)
		case *flowText:
			found = found || strings.Contains(w.text, s)
		}
	})
	return found
}
