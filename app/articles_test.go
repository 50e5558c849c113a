package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestArticlesListShowsCorpus(t *testing.T) {
	st := fillTemp(t, sampleArticles())
	u := newTestUI(t, st)
	v := u.articles
	waitFor(t, "3 articles listed", func() bool { return v.total == 3 })
	if got := flowString(v.count); got != "3 of 3 articles" {
		t.Errorf("count = %q, want %q", got, "3 of 3 articles")
	}
	if v.welcome.Visible() {
		t.Error("welcome shown over a corpus with articles")
	}
	waitFor(t, "first page loaded", func() bool { _, ok := v.summary(0); return ok })
	first, _ := v.summary(0)
	if first.Title != "واشنطن ترفض" {
		t.Errorf("first row = %s, want the newest article", describe(first))
	}
}

func TestWelcomeOnEmptyCorpus(t *testing.T) {
	u := newTestUI(t, openTemp(t))
	waitFor(t, "welcome shown", func() bool { return u.articles.welcome.Visible() })
	if u.win.Title() != "Marsad — test" {
		t.Errorf("title = %q, want %q", u.win.Title(), "Marsad — test")
	}
}

func TestSearchNarrowsList(t *testing.T) {
	st := fillTemp(t, sampleArticles())
	u := newTestUI(t, st)
	v := u.articles
	waitFor(t, "3 articles", func() bool { return v.total == 3 })
	onUI(func() { test.Type(v.search, "بموسكو") })
	onUI(func() { v.search.OnSubmitted(v.search.Text) })
	waitFor(t, "1 ranked hit", func() bool { return v.total == 1 && len(v.hits) == 1 })
	onUI(func() {
		row := v.createRow()
		v.updateRow(0, row)
		meta := row.(*fyne.Container).Objects[1].(*flowText)
		if !strings.Contains(flowString(meta), "موسكو") || len(meta.marks) == 0 {
			t.Errorf("hit row shows %q with %d marks, want the snippet with the match marked", flowString(meta), len(meta.marks))
		}
	})

	onUI(v.onClearFilters)
	waitFor(t, "all back", func() bool { return v.total == 3 })

	if v.hits != nil {
		t.Fatal("still in search mode after clearing")
	}
	onUI(func() { v.source.SetSelected("الجزيرة") })
	waitFor(t, "1 from the source", func() bool { return v.total == 1 })
	waitFor(t, "row loaded", func() bool { a, ok := v.summary(0); return ok && a.Source == "الجزيرة" })

	onUI(func() {
		v.source.SetSelectedIndex(0)
		v.from.SetText("2016-05-21")
		v.from.OnSubmitted("")
	})
	waitFor(t, "1 from the date", func() bool { return v.total == 1 })
}

func TestReaderShowsAndEditsArticle(t *testing.T) {
	st := fillTemp(t, sampleArticles())
	u := newTestUI(t, st)
	v := u.articles
	waitFor(t, "rows", func() bool { _, ok := v.summary(1); return ok })
	onUI(func() { v.list.Select(1) })
	r := v.reader
	waitFor(t, "article shown", func() bool { return flowString(&r.body.flowText) != "" })
	if got := flowString(r.title); got != "موسكو تعرض التنسيق" {
		t.Fatalf("title = %q", got)
	}
	if m := flowString(r.meta); !strings.Contains(m, "الحياة") || !strings.Contains(m, "2016-05-20") {
		t.Errorf("meta = %q, want source and date", m)
	}
	if !r.edit.Visible() || r.edit.Disabled() {
		t.Fatal("edit button not available")
	}

	onUI(func() { test.Tap(r.edit) })
	form := findForm(t, u.win)
	entries := form.Items
	onUI(func() {
		entries[0].Widget.(*widget.Entry).SetText("عنوان مصحح")
		entries[2].Widget.(*widget.Entry).SetText("2016-06-01")
	})
	onUI(func() { test.Tap(findButton(t, u.win, "Save")) })
	waitFor(t, "title saved", func() bool {
		a, err := st.Article(context.Background(), r.article.ID)
		return err == nil && a.Title == "عنوان مصحح" && a.Date == "2016-06-01" && a.DateOrigin == "user"
	})
	waitFor(t, "reader updated", func() bool { return flowString(r.title) == "عنوان مصحح" })
}

// findForm returns the form of the dialog on top of the window.
func findForm(t *testing.T, w fyne.Window) *widget.Form {
	t.Helper()
	var form *widget.Form
	for _, o := range w.Canvas().Overlays().List() {
		walk(o, func(c fyne.CanvasObject) {
			if f, ok := c.(*widget.Form); ok && form == nil {
				form = f
			}
		})
	}
	if form == nil {
		t.Fatal("no form shown")
	}
	return form
}

// findButton returns the button labelled text in the dialogs over w.
func findButton(t *testing.T, w fyne.Window, text string) *widget.Button {
	t.Helper()
	var btn *widget.Button
	for _, o := range w.Canvas().Overlays().List() {
		walk(o, func(c fyne.CanvasObject) {
			if b, ok := c.(*widget.Button); ok && b.Text == text && btn == nil {
				btn = b
			}
		})
	}
	if btn == nil {
		t.Fatalf("no %q button shown", text)
	}
	return btn
}

// walk visits o and every object inside it.
func walk(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	fn(o)
	switch c := o.(type) {
	case *fyne.Container:
		for _, ch := range c.Objects {
			walk(ch, fn)
		}
	case fyne.Widget:
		r := test.WidgetRenderer(c)
		for _, ch := range r.Objects() {
			walk(ch, fn)
		}
	}
}
