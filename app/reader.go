package app

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"marsad/data"
	"marsad/data/store"
)

// reader shows one article: its title and metadata, which the user may
// edit, and its text with actors highlighted and statements tinted and
// underlined in their stance colour. Tapping a statement shows it and
// lets the user correct it.
type reader struct {
	win      fyne.Window
	st       articleStore
	an       analysisStore
	onEdited func()
	// onCompare, when toggle is set, adds the article to the comparison
	// or takes it out; it tells whether the article is in it now.
	onCompare func(id int64, toggle bool) bool

	title  *flowText
	meta   *flowText
	edit   *widget.Button
	cmp    *widget.Button
	note   *flowText
	body   *tapText
	scroll *container.Scroll
	legend fyne.CanvasObject

	query   string
	article *data.Article
	stmts   []statementInfo
	gen     int
}

func newReader(w fyne.Window, st articleStore, an analysisStore, onEdited func()) *reader {
	return &reader{win: w, st: st, an: an, onEdited: onEdited}
}

// buildUI builds the reader, empty until an article is opened.
func (r *reader) buildUI() fyne.CanvasObject {
	r.title = newFlowText(lang.L("Choose an article"), nil)
	r.title.Bold, r.title.SizeName = true, theme.SizeNameSubHeadingText
	r.meta = newFlowText("", nil)
	r.meta.Muted = true
	r.edit = widget.NewButtonWithIcon(lang.L("Edit…"), theme.DocumentCreateIcon(), r.onEdit)
	r.edit.Disable()
	r.cmp = widget.NewButtonWithIcon(lang.L("Compare"), theme.ContentAddIcon(), r.onCompareTapped)
	r.cmp.Disable()
	r.note = newFlowText("", nil)
	r.note.Muted = true
	r.note.Hide()
	r.body = newTapText("", nil)
	r.body.OnTapped = r.onTapped
	r.scroll = container.NewVScroll(r.body)
	r.legend = stanceLegend()
	head := container.NewVBox(container.NewBorder(nil, nil, container.NewVBox(r.edit, r.cmp), nil, r.title), r.meta, r.legend, r.note, widget.NewSeparator())
	return container.NewBorder(head, nil, nil, nil, r.scroll)
}

// stanceLegend names the stance colours.
func stanceLegend() fyne.CanvasObject {
	var items []fyne.CanvasObject
	for _, s := range data.Stances {
		items = append(items, &widget.Label{Text: "▬ " + lang.L(stanceLabel(s)), Importance: widget.LowImportance})
	}
	items = append(items, &widget.Label{Text: "▮ " + lang.L("actor"), Importance: widget.LowImportance})
	return container.NewHBox(items...)
}

// stanceLabel is the English name of a stance, a translation key.
func stanceLabel(s string) string {
	switch s {
	case data.StanceSupport:
		return "support"
	case data.StanceOppose:
		return "oppose"
	case data.StanceConditional:
		return "conditional"
	case data.StanceNeutral:
		return "neutral"
	default:
		return "no stance"
	}
}

// setQuery makes the reader highlight the words of a search.
func (r *reader) setQuery(q string) { r.query = q }

// open loads article id and shows it, scrolled to byte offset at (-1 for
// the top).
func (r *reader) open(id int64, at int) {
	r.gen++
	gen, q := r.gen, r.query
	goBackground(func() {
		ctx := context.Background()
		a, err := r.st.Article(ctx, id)
		if err != nil {
			showError(r.win, err)
			return
		}
		var ms []mentionInfo
		var ss []statementInfo
		var aerr error
		if r.an != nil {
			ms, ss, aerr = r.an.Analysis(ctx, id)
		}
		marks := articleMarks(a, q, ms, ss)
		uiDo(func() {
			if gen != r.gen {
				return
			}
			r.show(a, ms, ss, marks, aerr)
			r.scrollTo(at)
		})
	})
}

// articleMarks styles the search hits, the actors and the statements.
func articleMarks(a *data.Article, query string, ms []mentionInfo, ss []statementInfo) []mark {
	body := a.Body
	var marks []mark
	for _, m := range a.Marks {
		if m.Kind == data.MarkCaption {
			marks = append(marks, mark{start: m.Start, end: m.End, style: markStyle{muted: true}})
		}
	}
	for i, s := range ss {
		if s.Start < 0 || s.End > len(body) {
			continue
		}
		marks = append(marks, mark{start: s.Start, end: s.End, style: markStyle{underline: stanceColorName(s.Stance), tag: i + 1}})
	}
	for _, m := range ms {
		marks = append(marks, mark{start: m.Start, end: m.End, style: markStyle{bold: true, background: colorActor}})
	}
	if q, err := store.ParseQuery(query); err == nil && strings.TrimSpace(query) != "" {
		for _, sp := range store.MatchSpans(body, q.Stems) {
			marks = append(marks, mark{start: sp.Start, end: sp.End, style: markStyle{background: theme.ColorNameHyperlink, bold: true}})
		}
	}
	return marks
}

// show puts a loaded article on screen.
func (r *reader) show(a *data.Article, ms []mentionInfo, ss []statementInfo, marks []mark, aerr error) {
	r.article, r.stmts = a, ss
	t := a.Title
	if t == "" {
		t = lang.L("(no title)")
	}
	r.title.SetText(t, nil)
	r.meta.SetText(articleMeta(a, len(ms), len(ss)), nil)
	r.edit.Enable()
	r.cmp.Enable()
	r.showCompareState(r.onCompare != nil && r.onCompare(a.ID, false))
	switch {
	case aerr != nil:
		r.note.SetText(aerr.Error(), nil)
		r.note.Show()
	case r.an == nil:
		r.note.SetText(lang.L("Actors and statements are shown here once the corpus has been analysed."), nil)
		r.note.Show()
	default:
		r.note.Hide()
	}
	r.body.SetText(a.Body, marks)
}

// articleMeta is the line under the title: source, date and how it was
// found, author, file, counts.
func articleMeta(a *data.Article, mentions, statements int) string {
	date := orDash(a.Date)
	if a.Date != "" && a.DateOrigin != "" {
		date += " (" + lang.L(a.DateOrigin) + ")"
	}
	parts := []string{orDash(a.Source), date}
	if a.Author != "" {
		parts = append(parts, a.Author)
	}
	parts = append(parts, a.File, lang.L("{{.N}} words", map[string]any{"N": a.Words}))
	if statements > 0 || mentions > 0 {
		parts = append(parts, lang.L("{{.N}} statements", map[string]any{"N": statements}))
	}
	return strings.Join(parts, " · ")
}

// scrollTo scrolls the text so that byte offset at is near the top.
func (r *reader) scrollTo(at int) {
	if at < 0 {
		r.scroll.ScrollToTop()
		return
	}
	if y, ok := r.body.offsetY(at); ok {
		r.scroll.Offset = fyne.NewPos(0, max(0, y-20))
		r.scroll.Refresh()
	}
}

// onCompareTapped puts the article in the comparison or takes it out.
func (r *reader) onCompareTapped() {
	if r.article == nil || r.onCompare == nil {
		return
	}
	r.showCompareState(r.onCompare(r.article.ID, true))
}

// showCompareState labels the Compare button for whether the article is
// in the comparison.
func (r *reader) showCompareState(chosen bool) {
	if chosen {
		r.cmp.SetText(lang.L("In comparison"))
		r.cmp.SetIcon(theme.ConfirmIcon())
		return
	}
	r.cmp.SetText(lang.L("Compare"))
	r.cmp.SetIcon(theme.ContentAddIcon())
}

// onTapped shows the statement under a tap.
func (r *reader) onTapped(tag, _ int) {
	if tag <= 0 || tag > len(r.stmts) {
		return
	}
	r.showStatement(r.stmts[tag-1])
}

// onEdit lets the user change the article's title, source and date.
func (r *reader) onEdit() {
	a := r.article
	if a == nil {
		return
	}
	title, source, date := widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	title.SetText(a.Title)
	source.SetText(a.Source)
	date.SetText(a.Date)
	date.PlaceHolder = "YYYY-MM-DD"
	date.Validator = func(s string) error {
		if s != "" && validDate(s) == "" {
			return fmt.Errorf("%s", lang.L("a date is YYYY-MM-DD"))
		}
		return nil
	}
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Title"), title),
		widget.NewFormItem(lang.L("Source"), source),
		widget.NewFormItem(lang.L("Date"), date),
	}
	d := dialog.NewForm(lang.L("Edit article"), lang.L("Save"), lang.L("Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		t, s, dt := title.Text, source.Text, strings.TrimSpace(date.Text)
		e := store.ArticleEdit{Title: &t, Source: &s}
		if dt != a.Date {
			e.Date = &dt
		}
		goBackground(func() {
			if err := r.st.UpdateArticle(context.Background(), a.ID, e); err != nil {
				showError(r.win, err)
				return
			}
			uiDo(func() {
				r.open(a.ID, -1)
				if r.onEdited != nil {
					r.onEdited()
				}
			})
		})
	}, r.win)
	d.Resize(fyne.NewSize(560, 300))
	d.Show()
}
