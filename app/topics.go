package app

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"marsad/data/corpus"
	"marsad/data/store"
)

// topicStore lists topics and adds one, analysing the corpus again so
// that stances toward it are found.
type topicStore interface {
	Topics(ctx context.Context) ([]store.Topic, error)
	AddTopic(ctx context.Context, name string, keywords []string) error
	Reanalyze(ctx context.Context) error
}

// Reanalyze analyses every article again, with the user's aliases and
// actors; corrections stay.
func (c *corpusData) Reanalyze(ctx context.Context) error {
	return corpus.Reanalyze(ctx, c.st)
}

// Topics lists the corpus's topics.
func (c *corpusData) Topics(ctx context.Context) ([]store.Topic, error) { return c.st.Topics(ctx) }

// AddTopic adds a topic and analyses every article again; the user's
// corrections stay.
func (c *corpusData) AddTopic(ctx context.Context, name string, keywords []string) error {
	if _, err := c.st.AddTopic(ctx, name, keywords); err != nil {
		return err
	}
	return corpus.Reanalyze(ctx, c.st)
}

// splitKeywords splits a keyword list on commas, Arabic commas and bars.
func splitKeywords(s string) []string {
	var out []string
	for _, k := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '،' || r == '|' || r == '\n' }) {
		if k = strings.TrimSpace(k); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// onTopics shows the topics and lets the user add one.
func (u *ui) onTopics() {
	if !u.hasCorpus() {
		return
	}
	var ts topicStore = u.data
	list := widget.NewLabel(lang.L("Loading…"))
	list.Wrapping = fyne.TextWrapWord
	goBackground(func() {
		topics, err := ts.Topics(context.Background())
		uiDo(func() {
			if err != nil {
				list.SetText(err.Error())
				return
			}
			var lines []string
			for _, t := range topics {
				lines = append(lines, t.Name+": "+strings.Join(t.Keywords, "، "))
			}
			if len(lines) == 0 {
				lines = append(lines, lang.L("No topics yet: stances are judged toward a topic, so add one."))
			}
			list.SetText(strings.Join(lines, "\n"))
		})
	})
	name := &widget.Entry{PlaceHolder: lang.L("Topic name")}
	kws := &widget.Entry{PlaceHolder: lang.L("Keywords, separated by commas")}
	form := widget.NewForm(widget.NewFormItem(lang.L("Name"), name), widget.NewFormItem(lang.L("Keywords"), kws))
	d := dialog.NewCustomConfirm(lang.L("Topics"), lang.L("Add and analyse again"), lang.L("Close"),
		container.NewVBox(list, widget.NewSeparator(), form), func(ok bool) {
			n, k := strings.TrimSpace(name.Text), splitKeywords(kws.Text)
			if !ok || n == "" || len(k) == 0 {
				return
			}
			u.addTopic(ts, n, k)
		}, u.win)
	d.Resize(fyne.NewSize(620, 420))
	d.Show()
}

// addTopic adds a topic and analyses the corpus again.
func (u *ui) addTopic(ts topicStore, name string, keywords []string) {
	u.analyse(func(ctx context.Context) error { return ts.AddTopic(ctx, name, keywords) })
}

// onReanalyse analyses the corpus again, after the user edited aliases or
// actors.
func (u *ui) onReanalyse() {
	if !u.hasCorpus() || u.busyImporting() {
		return
	}
	var ts topicStore = u.data
	u.analyse(ts.Reanalyze)
}

// analyse runs work in the background with a progress dialog, then
// reloads the views.
func (u *ui) analyse(work func(ctx context.Context) error) { u.analyseThen(work, nil) }

// analyseThen is analyse, calling done on the UI goroutine once the views
// are reloaded, when the work succeeded.
func (u *ui) analyseThen(work func(ctx context.Context) error, done func()) {
	bar := widget.NewProgressBarInfinite()
	wait := dialog.NewCustomWithoutButtons(lang.L("Analysing the corpus again…"), bar, u.win)
	wait.Show()
	goBackground(func() {
		err := work(context.Background())
		uiDo(func() {
			wait.Hide()
			bar.Stop()
			if err != nil {
				dialog.ShowError(err, u.win)
				return
			}
			u.refreshAll()
			u.charts.refresh()
			u.actors.refresh()
			if done != nil {
				done()
			}
		})
	})
}

// Learn tunes the corpus's stance model on the user's corrections and
// analyses the corpus again with it.
func (c *corpusData) Learn(ctx context.Context) (corpus.LearnReport, error) {
	return corpus.Learn(ctx, c.st)
}

// onLearn is Edit → Learn from my corrections: the stance model learns
// from every statement the user corrected, the corpus is analysed again,
// and a dialog says how many corrections it learned from and how many
// stances changed.
func (u *ui) onLearn() {
	if !u.hasCorpus() || u.busyImporting() {
		return
	}
	var rep corpus.LearnReport
	u.analyseThen(func(ctx context.Context) error {
		var err error
		rep, err = u.data.Learn(ctx)
		return err
	}, func() {
		// the report in bidi-aware text: Arabic with numbers stays in order
		msg := newFlowText(lang.L("Learned from {{.Corrections}} corrected statements; {{.Changed}} stances changed.",
			map[string]any{"Corrections": rep.Corrections, "Changed": rep.Changed}), nil)
		d := dialog.NewCustom(lang.L("Learn from my corrections"), lang.L("OK"), msg, u.win)
		d.Resize(fyne.NewSize(480, 180))
		d.Show()
	})
}
