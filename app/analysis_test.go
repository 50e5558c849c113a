package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"marsad/data"
	"marsad/data/corpus"
	"marsad/data/store"
)

// seedTopic is the reference corpus's topic.
var seedTopic = []string{"التعاون العسكري الأمريكي الروسي", "تعاون", "تنسيق", "غارات مشتركة", "ضربات مشتركة", "عمليات مشتركة"}

// seedCorpus imports the seed articles, analysed toward the seed topic.
func seedCorpus(t *testing.T) *store.Store {
	t.Helper()
	seeds, _ := filepath.Glob(filepath.Join(sharedDir(t), "seeds", "*.txt"))
	st := openTemp(t)
	ctx := context.Background()
	if _, err := st.AddTopic(ctx, seedTopic[0], seedTopic[1:]); err != nil {
		t.Fatal(err)
	}
	if _, err := corpus.Import(ctx, st, seeds, corpus.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestReaderCorrectsStatementAndUndo(t *testing.T) {
	st := seedCorpus(t)
	ctx := context.Background()
	all, err := st.Statements(ctx, store.StatementFilter{OnTopic: true})
	if err != nil || len(all) == 0 {
		t.Fatalf("seed corpus has %d statements on the topic (%v)", len(all), err)
	}
	var target store.StatementView
	for _, s := range all {
		if !s.InTitle && s.Stance != "" {
			target = s
			break
		}
	}
	u := newTestUI(t, st)
	r := u.articles.reader
	onUI(func() { u.articles.openArticle(target.ArticleID, target.SentStart) })
	waitFor(t, "statements shown", func() bool { return r.article != nil && r.article.ID == target.ArticleID && len(r.stmts) > 0 })

	var actorMarks, stanceMarks int
	onUI(func() {
		for _, p := range r.body.paras {
			for _, s := range p.styles {
				if s.background == colorActor {
					actorMarks++
				}
				if s.underline == stanceColorName(target.Stance) {
					stanceMarks++
				}
			}
		}
	})
	if actorMarks == 0 || stanceMarks == 0 {
		t.Fatalf("reader marks %d actor words and %d words in %s colour; want both", actorMarks, stanceMarks, target.Stance)
	}

	// tap a word of the statement
	var at fyne.Position
	onUI(func() {
		_, lineH, _ := r.body.metrics()
		for _, p := range r.body.paras {
			for k, pc := range p.pieces {
				if pc.start >= target.Start && pc.end <= target.End && at == (fyne.Position{}) {
					at = fyne.NewPos(theme.Padding()+p.places[k].x+p.widths[k]/2, p.top+float32(p.places[k].line)*lineH+lineH/2)
				}
			}
		}
		test.TapAt(r.body, at)
	})
	waitFor(t, "statement dialog", func() bool { return len(u.win.Canvas().Overlays().List()) > 0 })
	newStance := data.StanceOppose
	if target.Stance == data.StanceOppose {
		newStance = data.StanceSupport
	}
	onUI(func() {
		var sel *widget.Select
		for _, o := range u.win.Canvas().Overlays().List() {
			walk(o, func(c fyne.CanvasObject) {
				if s, ok := c.(*widget.Select); ok && len(s.Options) == len(data.Stances) {
					sel = s
				}
			})
		}
		if sel == nil {
			t.Fatal("no stance choice in the statement dialog")
		}
		sel.SetSelected(stanceLabel(newStance))
		test.Tap(findButton(t, u.win, "Save correction"))
	})
	corrected := func() (string, string) {
		ss, _ := st.Statements(ctx, store.StatementFilter{ArticleID: target.ArticleID})
		for _, s := range ss {
			if s.SentStart == target.SentStart && s.Actor == target.Actor {
				return s.Stance, s.Origin
			}
		}
		return "", ""
	}
	waitFor(t, "stance corrected", func() bool { s, o := corrected(); return s == newStance && o == data.OriginUser })

	onUI(u.onUndo)
	waitFor(t, "correction undone", func() bool { s, _ := corrected(); return s == target.Stance })
	onUI(u.onRedo)
	waitFor(t, "correction redone", func() bool { s, _ := corrected(); return s == newStance })
}

func TestActorsMergeAndUndo(t *testing.T) {
	st := seedCorpus(t)
	u := newTestUI(t, st)
	v := u.actors
	onUI(func() { u.showTab(1) })
	waitFor(t, "actors listed", func() bool { return len(v.shown) > 2 })
	var into, from store.ActorSummary
	onUI(func() { into, from = v.shown[0], v.shown[1] })
	onUI(func() { v.list.Select(0) })
	waitFor(t, "detail shown", func() bool { return v.selected == into.ID })
	onUI(func() {
		var sel *widget.Select
		walk(v.detail, func(c fyne.CanvasObject) {
			if s, ok := c.(*widget.Select); ok && s.PlaceHolder == "Another actor" {
				sel = s
			}
		})
		names, ids := v.actorChoices(into.ID)
		for i, id := range ids {
			if id == from.ID {
				sel.SetSelected(names[i])
			}
		}
		var merge *widget.Button
		walk(v.detail, func(c fyne.CanvasObject) {
			if b, ok := c.(*widget.Button); ok && b.Text == "Merge into this actor" {
				merge = b
			}
		})
		test.Tap(merge)
		test.Tap(findButton(t, u.win, "Yes"))
	})
	gone := func() bool {
		for _, a := range v.all {
			if a.ID == from.ID {
				return false
			}
		}
		return true
	}
	waitFor(t, "merged actor gone", func() bool { return gone() })
	onUI(u.onUndo)
	onUI(v.refresh)
	waitFor(t, "merge undone", func() bool { return !gone() && len(v.all) > 0 })
}

func TestStanceBarGolden(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(&marsadTheme{variant: themeLight})
	bar := newStanceBar(map[string]int{data.StanceSupport: 3, data.StanceOppose: 2, data.StanceConditional: 1, data.StanceNeutral: 2})
	w := test.NewTempWindow(t, bar)
	w.Resize(fyne.NewSize(120, 24))
	test.AssertImageMatches(t, "stancebar.png", w.Canvas().Capture())
	onUI(func() { bar.SetCounts(nil) })
	test.AssertImageMatches(t, "stancebar_empty.png", w.Canvas().Capture())
}

func TestChartRowsAndStatementsBehindThem(t *testing.T) {
	st := seedCorpus(t)
	d := newCorpusData(st)
	ctx := context.Background()
	stmts, ments, err := d.ChartRows(ctx)
	if err != nil || len(stmts) == 0 || len(ments) == 0 {
		t.Fatalf("chart rows: %d statements, %d mentions (%v)", len(stmts), len(ments), err)
	}
	var ids []int64
	for _, r := range stmts[:min(5, len(stmts))] {
		ids = append(ids, r.StatementID)
	}
	got, err := d.Statements(ctx, ids)
	if err != nil || len(got) != len(ids) {
		t.Fatalf("Statements(%v) = %d (%v), want %d", ids, len(got), err, len(ids))
	}
	for _, s := range got {
		if s.Sentence == "" || s.Actor == "" || s.End <= s.Start {
			t.Errorf("statement %d lacks its sentence, actor or span: %+v", s.ID, s)
		}
	}

	// the statements dialog opens an article at its statement
	u := newTestUI(t, st)
	var opened int64
	onUI(func() { showStatementList(u.win, "t", d, ids, func(id int64, _ int) { opened = id }) })
	waitFor(t, "statement list", func() bool { return len(u.win.Canvas().Overlays().List()) > 0 })
	onUI(func() {
		var l *widget.List
		for _, o := range u.win.Canvas().Overlays().List() {
			walk(o, func(c fyne.CanvasObject) {
				if x, ok := c.(*widget.List); ok {
					l = x
				}
			})
		}
		l.Select(0)
	})
	if opened != got[0].ArticleID {
		t.Errorf("choosing the first statement opened article %d, want %d", opened, got[0].ArticleID)
	}
}

func TestAliasThenAnalyseAgain(t *testing.T) {
	st := seedCorpus(t)
	d := newCorpusData(st)
	ctx := context.Background()
	actors, err := d.Actors(ctx)
	if err != nil || len(actors) < 2 {
		t.Fatalf("%d actors (%v)", len(actors), err)
	}
	a := actors[0]
	if err := d.AddAlias(ctx, a.ID, "اسم مستعار للاختبار"); err != nil {
		t.Fatal(err)
	}
	u := newTestUI(t, st)
	onUI(u.onReanalyse)
	waitFor(t, "analysis done", func() bool { return len(u.win.Canvas().Overlays().List()) == 0 })
	after, err := d.Actors(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range after {
		if b.ID == a.ID {
			for _, al := range b.Aliases {
				if al == "اسم مستعار للاختبار" {
					return
				}
			}
			t.Fatalf("alias lost after analysing again: %v", b.Aliases)
		}
	}
	t.Fatal("actor gone after analysing again")
}

func TestConfirmProposedMerge(t *testing.T) {
	st := seedCorpus(t)
	ctx := context.Background()
	props, err := st.Proposals(ctx)
	if err != nil || len(props) == 0 {
		t.Skipf("the seeds give no proposed merge (%v)", err)
	}
	u := newTestUI(t, st)
	v := u.actors
	onUI(func() { u.showTab(1) })
	waitFor(t, "proposals loaded", func() bool { return len(v.props) == len(props) && !v.proposals.Disabled() })
	onUI(func() {
		test.Tap(v.proposals)
		test.Tap(findButton(t, u.win, "Confirm"))
	})
	waitFor(t, "alias confirmed", func() bool {
		left, _ := st.Proposals(ctx)
		return len(left) == len(props)-1
	})
}

// TestLearnFromCorrectionsMenu corrects one statement, runs Edit → Learn
// from my corrections and checks that the corpus keeps a learned model,
// the correction stays, and a dialog says what was learned.
func TestLearnFromCorrectionsMenu(t *testing.T) {
	st := seedCorpus(t)
	ctx := context.Background()
	all, err := st.Statements(ctx, store.StatementFilter{OnTopic: true})
	if err != nil || len(all) == 0 {
		t.Fatalf("%d statements on the topic (%v)", len(all), err)
	}
	target := all[0]
	want := data.StanceOppose
	if target.Stance == want {
		want = data.StanceSupport
	}
	if err := st.SetStatement(ctx, target.ID, store.StatementChange{Stance: &want}); err != nil {
		t.Fatal(err)
	}
	u := newTestUI(t, st)
	onUI(u.onLearn)
	var text string
	waitFor(t, "the learning report", func() bool {
		// waitFor runs this on the UI goroutine already
		for _, o := range u.win.Canvas().Overlays().List() {
			for _, obj := range test.LaidOutObjects(o) {
				if l, ok := obj.(*flowText); ok && strings.Contains(l.text, "1") && (strings.Contains(l.text, "Learned") || strings.Contains(l.text, "تعلّم")) {
					text = l.text
					return true
				}
			}
		}
		return false
	})
	if _, ok, _ := st.StanceModel(ctx); !ok {
		t.Error("no learned model kept in the corpus")
	}
	after, err := st.Statements(ctx, store.StatementFilter{ID: target.ID})
	if err != nil || len(after) != 1 || after[0].Stance != want || after[0].Origin != data.OriginUser {
		t.Errorf("the correction changed: %+v (%v)", after, err)
	}
	t.Log(text)
}
