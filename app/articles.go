package app

import (
	"context"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"marsad/data/store"
)

// pageSize is how many article summaries the list loads at a time.
const pageSize = 200

// searchDelay is how long typing pauses before the list follows the
// search box.
const searchDelay = 300 * time.Millisecond

// The filters that come from the analysis, in display order.
var analysisFilters = []string{"actor", "topic", "stance", "story"}

// articlesView is the Articles view: search, filters, a virtual list of
// the articles that pass them, loaded a page at a time, and a reader.
type articlesView struct {
	win fyne.Window
	st  articleStore
	an  analysisStore // nil while the corpus has no analysis

	search  *widget.Entry
	source  *widget.Select
	from    *widget.Entry
	to      *widget.Entry
	extra   map[string]*widget.Select
	options map[string][]filterOption
	count   *flowText
	list    *widget.List
	welcome fyne.CanvasObject
	reader  *reader

	filter   store.ArticleFilter
	gen      int // bumped by every reload; stale pages are dropped
	optGen   int // of the filter choices
	total    int
	pages    map[int][]store.ArticleSummary
	loading  map[int]bool
	stmts    map[int64]int
	hits     []store.Hit // ranked hits, when the filter is a search alone
	selected int64
	typing   *time.Timer
}

func newArticlesView(w fyne.Window, st articleStore, an analysisStore) *articlesView {
	v := &articlesView{win: w, st: st, an: an, extra: map[string]*widget.Select{}}
	v.reader = newReader(w, st, an, v.onArticleEdited)
	return v
}

// buildUI builds the view.
func (v *articlesView) buildUI() fyne.CanvasObject {
	v.search = &widget.Entry{PlaceHolder: lang.L("Search (Arabic or English; \"exact phrase\", OR, -word)")}
	v.search.OnChanged = v.onSearchChanged
	v.search.OnSubmitted = func(string) { v.onFilterChanged() }
	v.source = widget.NewSelect(nil, func(string) { v.onFilterChanged() })
	v.source.PlaceHolder = lang.L("All sources")
	v.from = &widget.Entry{PlaceHolder: lang.L("From (YYYY-MM-DD)")}
	v.to = &widget.Entry{PlaceHolder: lang.L("To (YYYY-MM-DD)")}
	v.from.OnSubmitted = func(string) { v.onFilterChanged() }
	v.to.OnSubmitted = func(string) { v.onFilterChanged() }
	filters := []fyne.CanvasObject{v.source, v.from, v.to}
	for _, name := range analysisFilters {
		s := widget.NewSelect(nil, func(string) { v.onFilterChanged() })
		s.PlaceHolder = lang.L(filterPlaceholder(name))
		s.Disable()
		v.extra[name] = s
		filters = append(filters, s)
	}
	clear := widget.NewButtonWithIcon("", theme.ContentClearIcon(), v.onClearFilters)
	v.count = newFlowText("", nil)
	v.count.OneLine = true
	top := container.NewVBox(
		container.NewBorder(nil, nil, nil, clear, v.search),
		container.NewGridWithColumns(len(filters), filters...),
	)
	v.list = &widget.List{
		Length:     func() int { return v.total },
		CreateItem: v.createRow,
		UpdateItem: v.updateRow,
		OnSelected: v.onSelected,
	}
	v.list.ExtendBaseWidget(v.list)
	v.welcome = v.buildWelcome()
	left := container.NewBorder(nil, v.count, nil, nil, container.NewStack(v.list, v.welcome))
	split := container.NewHSplit(left, v.reader.buildUI())
	split.Offset = 0.38
	return container.NewBorder(top, nil, nil, nil, split)
}

// buildWelcome is what an empty corpus shows instead of the list.
func (v *articlesView) buildWelcome() fyne.CanvasObject {
	title := &widget.Label{Text: lang.L("Drop articles here"), Alignment: fyne.TextAlignCenter, TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameHeadingText}
	hint := &widget.Label{Text: lang.L("Drag text, HTML, JSON, CSV or Word files, folders or zip archives onto this window, or choose File → Import…"), Alignment: fyne.TextAlignCenter, Wrapping: fyne.TextWrapWord}
	ar := &widget.Label{Text: "اسحب المقالات وأفلتها هنا", Alignment: fyne.TextAlignCenter}
	w := container.NewVBox(layoutSpacer(), widget.NewIcon(theme.DownloadIcon()), title, ar, hint)
	w.Hide()
	return w
}

func filterPlaceholder(name string) string {
	switch name {
	case "actor":
		return "Any actor"
	case "topic":
		return "Any topic"
	case "stance":
		return "Any stance"
	default:
		return "Any story"
	}
}

// createRow makes a list row: the title, then source, date and counts.
func (v *articlesView) createRow() fyne.CanvasObject {
	title := newFlowText("", nil)
	title.Bold, title.OneLine = true, true
	meta := newFlowText("", nil)
	meta.Muted, meta.OneLine = true, true
	return container.NewVBox(title, meta)
}

// updateRow fills row i, loading its page when it is not loaded yet.
func (v *articlesView) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	box := o.(*fyne.Container)
	title, meta := box.Objects[0].(*flowText), box.Objects[1].(*flowText)
	a, ok := v.summary(i)
	if !ok {
		title.SetText("…", nil)
		meta.SetText("", nil)
		return
	}
	t := a.Title
	if t == "" {
		t = lang.L("(no title)")
	}
	title.SetText(t, nil)
	if v.hits != nil && i < len(v.hits) {
		meta.SetText(snippetMarks(v.hits[i].Snippet))
		return
	}
	parts := []string{orDash(a.Source), orDash(a.Date), lang.L("{{.N}} words", map[string]any{"N": a.Words})}
	if n, ok := v.stmts[a.ID]; ok {
		parts = append(parts, lang.L("{{.N}} statements", map[string]any{"N": n}))
	}
	meta.SetText(strings.Join(parts, " · "), nil)
}

// summary returns row i when its page is loaded, and asks for the page
// when it is not.
func (v *articlesView) summary(i int) (store.ArticleSummary, bool) {
	if v.hits != nil {
		if i < len(v.hits) {
			return v.hits[i].ArticleSummary, true
		}
		return store.ArticleSummary{}, false
	}
	p := i / pageSize
	page, ok := v.pages[p]
	if ok && i%pageSize < len(page) {
		return page[i%pageSize], true
	}
	if !ok && !v.loading[p] {
		v.loadPage(p)
	}
	return store.ArticleSummary{}, false
}

// loadPage loads page p in the background.
func (v *articlesView) loadPage(p int) {
	v.loading[p] = true
	gen, f := v.gen, v.filter
	goBackground(func() {
		ctx := context.Background()
		page, err := v.st.ListArticlePage(ctx, f, p*pageSize, pageSize)
		var counts map[int64]int
		if err == nil && v.an != nil && len(page) > 0 {
			ids := make([]int64, len(page))
			for i, a := range page {
				ids[i] = a.ID
			}
			counts, _ = v.an.StatementCounts(ctx, ids)
		}
		uiDo(func() {
			if gen != v.gen {
				return
			}
			delete(v.loading, p)
			if err != nil {
				showError(v.win, err)
				return
			}
			v.pages[p] = page
			for id, n := range counts {
				v.stmts[id] = n
			}
			v.list.Refresh()
		})
	})
}

// refresh reloads the count, the sources and the filter choices, and
// drops the loaded pages; the list keeps its selection.
func (v *articlesView) refresh() {
	if v.list == nil {
		return
	}
	v.gen++
	v.pages, v.loading, v.stmts = map[int][]store.ArticleSummary{}, map[int]bool{}, map[int64]int{}
	gen, f := v.gen, v.filter
	goBackground(func() {
		ctx := context.Background()
		var hits []store.Hit
		var n int
		var err error
		if rankedSearch(f) {
			hits, err = v.st.Search(ctx, f.Query, maxHits)
			n = len(hits)
			if hits == nil {
				hits = []store.Hit{}
			}
		} else {
			n, err = v.st.CountArticles(ctx, f)
		}
		all := n
		if err == nil && !filterEmpty(f) {
			all, err = v.st.CountArticles(ctx, store.ArticleFilter{})
		}
		srcs, serr := v.st.Sources(ctx)
		uiDo(func() {
			if gen != v.gen {
				return
			}
			if err != nil {
				v.total = 0
				v.count.SetText(err.Error(), nil)
				v.list.Refresh()
				return
			}
			v.total, v.hits = n, hits
			v.count.SetText(lang.L("{{.N}} of {{.All}} articles", map[string]any{"N": n, "All": all}), nil)
			if hits != nil {
				v.count.SetText(lang.L("Hits, best first: {{.N}} of {{.All}} articles", map[string]any{"N": n, "All": all}), nil)
			}
			if all == 0 {
				v.welcome.Show()
			} else {
				v.welcome.Hide()
			}
			if serr == nil {
				v.setSources(srcs)
			}
			v.list.Refresh()
		})
	})
}

// refreshOptions reloads the choices of the analysis filters: after an
// import, an analysis or a correction, not on every change of filter.
func (v *articlesView) refreshOptions() {
	if v.list == nil || v.an == nil {
		return
	}
	v.optGen++
	gen := v.optGen
	goBackground(func() {
		opts, err := v.an.Filters(context.Background())
		uiDo(func() {
			if gen != v.optGen {
				return
			}
			if err != nil {
				showError(v.win, err)
				return
			}
			v.setOptions(opts)
		})
	})
}

func filterEmpty(f store.ArticleFilter) bool {
	return strings.TrimSpace(f.Query) == "" && len(f.Sources) == 0 && f.From == "" && f.To == "" && len(f.Extra) == 0
}

// setSources fills the source filter, keeping the current choice.
func (v *articlesView) setSources(srcs []store.SourceCount) {
	opts := []string{lang.L("All sources")}
	for _, s := range srcs {
		if s.Source != "" {
			opts = append(opts, s.Source)
		}
	}
	v.source.SetOptions(opts)
}

// setOptions fills the analysis filters; they stay disabled without it.
func (v *articlesView) setOptions(opts map[string][]filterOption) {
	v.options = opts
	for _, name := range analysisFilters {
		s := v.extra[name]
		if len(opts[name]) == 0 {
			s.Disable()
			continue
		}
		labels := []string{lang.L(filterPlaceholder(name))}
		for _, o := range opts[name] {
			labels = append(labels, o.Label)
		}
		s.SetOptions(labels)
		s.Enable()
	}
}

// onSearchChanged follows the search box after a pause in typing.
func (v *articlesView) onSearchChanged(string) {
	v.typing = restartTimer(v.typing, searchDelay, func() { uiDo(v.onFilterChanged) })
}

// onFilterChanged rebuilds the filter from the widgets and reloads.
func (v *articlesView) onFilterChanged() {
	f := store.ArticleFilter{Query: strings.TrimSpace(v.search.Text)}
	if i := v.source.SelectedIndex(); i > 0 {
		f.Sources = []string{v.source.Selected}
	}
	f.From, f.To = validDate(v.from.Text), validDate(v.to.Text)
	for _, name := range analysisFilters {
		s := v.extra[name]
		if i := s.SelectedIndex(); i > 0 && i-1 < len(v.options[name]) {
			f.Extra = append(f.Extra, v.options[name][i-1].Cond)
		}
	}
	if _, err := store.ParseQuery(f.Query); err != nil && f.Query != "" {
		v.count.SetText(err.Error(), nil)
		return
	}
	v.filter = f
	v.reader.setQuery(f.Query)
	v.list.UnselectAll()
	v.list.ScrollToTop()
	v.refresh()
}

// onClearFilters empties the search box and every filter.
func (v *articlesView) onClearFilters() {
	v.search.SetText("")
	v.source.ClearSelected()
	v.from.SetText("")
	v.to.SetText("")
	for _, s := range v.extra {
		s.ClearSelected()
	}
	v.onFilterChanged()
}

// onSelected opens the chosen article in the reader.
func (v *articlesView) onSelected(i widget.ListItemID) {
	if a, ok := v.summary(i); ok {
		v.selected = a.ID
		v.reader.open(a.ID, -1)
	}
}

// openArticle shows article id in the reader, at byte offset at (-1 for
// the top).
func (v *articlesView) openArticle(id int64, at int) {
	v.selected = id
	v.reader.open(id, at)
}

// onArticleEdited reloads the list after the reader changed an article.
func (v *articlesView) onArticleEdited() { v.refresh() }

// focusSearch puts the keyboard in the search box.
func (v *articlesView) focusSearch() {
	if v.search != nil {
		v.win.Canvas().Focus(v.search)
	}
}

// validDate returns s when it is a YYYY-MM-DD date, else "".
func validDate(s string) string {
	s = strings.TrimSpace(s)
	if _, err := time.Parse("2006-01-02", s); err != nil {
		return ""
	}
	return s
}

// alignFor aligns Arabic text right and other text left.
func alignFor(s string) fyne.TextAlign {
	if isRTL(s) {
		return fyne.TextAlignTrailing
	}
	return fyne.TextAlignLeading
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func layoutSpacer() fyne.CanvasObject { return widget.NewLabel("") }
