package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"marsad/charts"
)

// rowsSource is a chartSource over fixed rows.
type rowsSource struct {
	stmts []charts.StatementRow
	ments []charts.MentionRow
}

func (s rowsSource) ChartRows(context.Context) ([]charts.StatementRow, []charts.MentionRow, error) {
	return s.stmts, s.ments, nil
}

// sampleRows are statements of two actors on one topic.
func sampleRows() rowsSource {
	var src rowsSource
	add := func(id, actorID int64, actor, stance, date string) {
		src.stmts = append(src.stmts, charts.StatementRow{ActorID: actorID, Actor: actor, ArticleID: id, StatementID: id * 10,
			Source: "الحياة", Date: date, Topic: "التعاون العسكري", Stance: stance})
		src.ments = append(src.ments, charts.MentionRow{ActorID: actorID, Actor: actor, ArticleID: id, Source: "الحياة", Date: date})
	}
	add(1, 1, "سيرغي لافروف", "support", "2016-05-20")
	add(2, 1, "سيرغي لافروف", "support", "2016-06-02")
	add(3, 2, "البنتاغون", "oppose", "2016-05-21")
	add(4, 2, "البنتاغون", "neutral", "2016-06-10")
	return src
}

func TestChartsViewDrawsHoversAndOpens(t *testing.T) {
	t.Cleanup(bgWork.Wait)
	a := test.NewTempApp(t)
	w := a.NewWindow("charts")
	var opened []int64
	v := newChartsView(w, sampleRows(), newSettings(a.Preferences()), "ar", func(_ string, ids []int64) { opened = ids })
	onUI(func() {
		w.SetContent(v.buildUI())
		w.Resize(fyne.NewSize(1000, 640))
		v.refresh()
	})
	waitFor(t, "chart drawn", func() bool { return v.chart.rendered() })
	if v.empty.Visible() {
		t.Fatal("empty state shown over a chart")
	}
	keepShot(t, w, "charts-view")

	// find a bar by hit-testing the drawn chart
	var at fyne.Position
	found := false
	size := v.chart.Size()
	for y := float32(10); y < size.Height && !found; y += 6 {
		for x := float32(10); x < size.Width && !found; x += 6 {
			if _, ok := v.chart.itemAt(fyne.NewPos(x, y)); ok {
				at, found = fyne.NewPos(x, y), true
			}
		}
	}
	if !found {
		t.Fatal("no data item on the drawn chart")
	}
	onUI(func() { v.chart.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at}}) })
	if !strings.Contains(flowString(v.status), "(") {
		t.Errorf("hover status = %q, want the item's value", flowString(v.status))
	}
	onUI(func() { test.TapAt(v.chart, at) })
	if len(opened) == 0 {
		t.Fatal("tapping a bar opened no statements")
	}
	for _, id := range opened {
		if id%10 != 0 || id < 10 || id > 40 {
			t.Errorf("opened statement %d, not one of the rows", id)
		}
	}

	// a filter that keeps nothing shows the empty state
	onUI(func() {
		v.from.SetText("2020-01-01")
		v.from.OnSubmitted("")
	})
	if !v.empty.Visible() {
		t.Error("empty state not shown when no row passes the filter")
	}
}

func TestChartsViewWithoutAnalysis(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("charts")
	v := newChartsView(w, nil, newSettings(a.Preferences()), "en", nil)
	onUI(func() {
		w.SetContent(v.buildUI())
		v.refresh()
	})
	if !v.empty.Visible() {
		t.Fatal("no empty state without analysis")
	}
}

func TestRenderChartFormats(t *testing.T) {
	src := sampleRows()
	spec, err := charts.Build(charts.StanceByActor, src.stmts, src.ments, charts.Filter{}, "ar")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range exportFormats {
		b, err := renderChart(context.Background(), spec, f, charts.Options{Width: 600, Height: 400, Scale: 2})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		want := map[string]string{"PNG": "\x89PNG", "SVG": "<svg", "HTML": "<html"}[f]
		if !strings.Contains(string(b[:min(len(b), 4000)]), want) {
			t.Errorf("%s export does not start like %q", f, want)
		}
		os.WriteFile(filepath.Join(dir, "chart."+strings.ToLower(f)), b, 0o644)
	}
}
