package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"marsad/data/store"
)

// chartSource is what the Charts view needs to draw charts of a corpus.
type chartSource interface{}

// chartSourceOf returns the chart data of st, or nil while the corpus has
// none.
func chartSourceOf(st *store.Store) chartSource { return nil }

// chartsView is the Charts view.
type chartsView struct {
	win   fyne.Window
	src   chartSource
	prefs *settings
	open  func(title string, statementIDs []int64)
	root  *fyne.Container
}

func newChartsView(w fyne.Window, src chartSource, prefs *settings, open func(string, []int64)) *chartsView {
	return &chartsView{win: w, src: src, prefs: prefs, open: open}
}

// buildUI builds the view.
func (v *chartsView) buildUI() fyne.CanvasObject {
	v.root = container.NewStack(emptyState(theme.GridIcon(), lang.L("No charts yet"),
		lang.L("Charts of stance by actor and over time appear here once the corpus has been analysed.")))
	return v.root
}

// refresh redraws the chart.
func (v *chartsView) refresh() {}

// onExport saves the chart as PNG, SVG or HTML.
func (v *chartsView) onExport() {
	dialog.ShowInformation(lang.L("Export chart…"), lang.L("There is no chart to export yet."), v.win)
}
