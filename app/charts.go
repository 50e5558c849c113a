package app

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"marsad/charts"
)

// chartSource gives the rows charts are built from.
type chartSource interface {
	// ChartRows returns every statement and mention of the corpus.
	ChartRows(ctx context.Context) ([]charts.StatementRow, []charts.MentionRow, error)
}

// chartKindLabels are the English names of the chart kinds, translation
// keys, in menu order.
var chartKindLabels = map[charts.Kind]string{
	charts.StanceByActor:    "Stance by actor",
	charts.StanceOverTime:   "Stance over time",
	charts.StanceHeatmap:    "Stance heat map",
	charts.MentionsOverTime: "Mentions over time",
	charts.SourceActor:      "Sources × actors",
}

// topChoices are the choices of how many actors a chart shows.
var topChoices = []int{5, 12, 25, -1}

// topLabels name the choices; whole phrases, so that the Arabic ones
// spell the numbers out rather than mix digits into a right-to-left label.
var topLabels = map[int]string{5: "Top 5 actors", 12: "Top 12 actors", 25: "Top 25 actors", -1: "All actors"}

// chartsView is the Charts view: a chart kind and filters, the chart
// drawn at the view's size, the value under the pointer, and export.
type chartsView struct {
	win   fyne.Window
	src   chartSource // nil while the corpus has no analysis
	prefs *settings
	lang  string
	open  func(title string, statementIDs []int64)

	kind   *widget.Select
	period *widget.Select
	source *widget.Select
	topic  *widget.Select
	top    *widget.Select
	from   *widget.Entry
	to     *widget.Entry
	status *flowText
	chart  *chartImage
	empty  fyne.CanvasObject
	export *widget.Button

	stmts []charts.StatementRow
	ments []charts.MentionRow
	spec  *charts.Spec
	gen   int
}

func newChartsView(w fyne.Window, src chartSource, prefs *settings, uiLang string, open func(string, []int64)) *chartsView {
	return &chartsView{win: w, src: src, prefs: prefs, lang: uiLang, open: open}
}

// buildUI builds the view.
func (v *chartsView) buildUI() fyne.CanvasObject {
	var kinds []string
	for _, k := range charts.Kinds {
		kinds = append(kinds, lang.L(chartKindLabels[k]))
	}
	v.kind = widget.NewSelect(kinds, func(string) { v.rebuild() })
	v.period = widget.NewSelect([]string{lang.L("By week"), lang.L("By month")}, func(string) { v.rebuild() })
	v.source = widget.NewSelect(nil, func(string) { v.rebuild() })
	v.source.PlaceHolder = lang.L("All sources")
	v.topic = widget.NewSelect(nil, func(string) { v.rebuild() })
	v.topic.PlaceHolder = lang.L("Any topic")
	var tops []string
	for _, n := range topChoices {
		if n < 0 {
			tops = append(tops, lang.L("All actors"))
		} else {
			tops = append(tops, lang.L(topLabels[n]))
		}
	}
	v.top = widget.NewSelect(tops, func(string) { v.rebuild() })
	v.from = &widget.Entry{PlaceHolder: lang.L("From (YYYY-MM-DD)"), OnSubmitted: func(string) { v.rebuild() }}
	v.to = &widget.Entry{PlaceHolder: lang.L("To (YYYY-MM-DD)"), OnSubmitted: func(string) { v.rebuild() }}
	v.export = widget.NewButtonWithIcon(lang.L("Export…"), theme.DocumentSaveIcon(), v.onExport)
	v.status = newFlowText("", nil)
	v.status.OneLine = true
	v.chart = newChartImage()
	v.chart.OnHover = v.onHover
	v.chart.OnTapped = v.onItemTapped
	v.chart.Hide() // until there is a chart to draw
	v.empty = emptyState(theme.GridIcon(), lang.L("No charts yet"),
		lang.L("Charts of stance by actor and over time appear here once the corpus has been analysed."))
	v.kind.SetSelectedIndex(0)
	v.period.SetSelectedIndex(0)
	v.top.SetSelectedIndex(1)
	bar := container.NewGridWithColumns(4, v.kind, v.period, v.top, v.export, v.source, v.topic, v.from, v.to)
	return container.NewBorder(bar, v.status, nil, nil, container.NewStack(v.chart, v.empty))
}

// refresh reloads the rows from the corpus and draws the chart again.
func (v *chartsView) refresh() {
	if v.kind == nil {
		return
	}
	if v.src == nil {
		v.showEmpty(lang.L("No charts yet"))
		return
	}
	v.gen++
	gen := v.gen
	goBackground(func() {
		stmts, ments, err := v.src.ChartRows(context.Background())
		uiDo(func() {
			if gen != v.gen {
				return
			}
			if err != nil {
				v.status.SetText(err.Error(), nil)
				return
			}
			v.stmts, v.ments = stmts, ments
			v.setChoices()
			v.rebuild()
		})
	})
}

// setChoices fills the source and topic filters from the rows.
func (v *chartsView) setChoices() {
	var srcs, topics []string
	for _, r := range v.stmts {
		if r.Source != "" && !slices.Contains(srcs, r.Source) {
			srcs = append(srcs, r.Source)
		}
		if r.Topic != "" && !slices.Contains(topics, r.Topic) {
			topics = append(topics, r.Topic)
		}
	}
	for _, r := range v.ments {
		if r.Source != "" && !slices.Contains(srcs, r.Source) {
			srcs = append(srcs, r.Source)
		}
	}
	slices.Sort(srcs)
	slices.Sort(topics)
	v.source.SetOptions(append([]string{lang.L("All sources")}, srcs...))
	v.topic.SetOptions(append([]string{lang.L("Any topic")}, topics...))
}

// filter reads the filter widgets.
func (v *chartsView) filter() charts.Filter {
	f := charts.Filter{From: validDate(v.from.Text), To: validDate(v.to.Text), Period: charts.PeriodWeek}
	if v.period.SelectedIndex() == 1 {
		f.Period = charts.PeriodMonth
	}
	if v.source.SelectedIndex() > 0 {
		f.Sources = []string{v.source.Selected}
	}
	if v.topic.SelectedIndex() > 0 {
		f.Topic = v.topic.Selected
	}
	if i := v.top.SelectedIndex(); i >= 0 {
		f.Top = topChoices[i]
	}
	return f
}

// selectedKind is the chosen chart kind.
func (v *chartsView) selectedKind() charts.Kind {
	if i := v.kind.SelectedIndex(); i >= 0 {
		return charts.Kinds[i]
	}
	return charts.Kinds[0]
}

// rebuild builds the chart for the current choices and draws it.
func (v *chartsView) rebuild() {
	if v.chart == nil || v.src == nil || (v.stmts == nil && v.ments == nil) {
		return
	}
	spec, err := charts.Build(v.selectedKind(), v.stmts, v.ments, v.filter(), v.lang)
	if err != nil {
		v.spec = nil
		v.chart.SetSpec(nil)
		if errors.Is(err, charts.ErrNoData) && len(v.stmts) == 0 && v.selectedKind() != charts.MentionsOverTime {
			v.showEmpty(lang.L("No stances yet: add a topic (Edit → Topics…) and the analysis finds stances toward it."))
		} else if errors.Is(err, charts.ErrNoData) {
			v.showEmpty(lang.L("Nothing to chart for these filters"))
		} else {
			v.status.SetText(err.Error(), nil)
		}
		return
	}
	v.spec = spec
	v.empty.Hide()
	v.chart.Show()
	v.status.SetText(lang.L("Point at a bar, a point or a cell to see its value; click it for the statements behind it."), nil)
	v.chart.SetSpec(spec)
}

// showEmpty shows the empty state with a reason in the status line.
func (v *chartsView) showEmpty(why string) {
	v.chart.Hide()
	v.empty.Show()
	v.status.SetText(why, nil)
}

// onHover shows the value under the pointer.
func (v *chartsView) onHover(it charts.Item, ok bool) {
	if !ok {
		return
	}
	v.status.SetText(describeItem(it), nil)
}

// describeItem is one line about a chart item.
func describeItem(it charts.Item) string {
	s := it.Series
	if it.Actor != "" && it.Actor != it.Series {
		s = it.Actor + " · " + s
	}
	if it.Period != "" {
		s += " · " + it.Period
	}
	if it.Source != "" {
		s += " · " + it.Source
	}
	return fmt.Sprintf("%s: %s (%s)", s, strconv.FormatFloat(it.Value, 'f', -1, 64),
		lang.L("{{.N}} behind it", map[string]any{"N": it.Count}))
}

// onItemTapped opens the statements behind a chart item.
func (v *chartsView) onItemTapped(it charts.Item) {
	if v.open != nil {
		v.open(describeItem(it), it.StatementIDs)
	}
}
