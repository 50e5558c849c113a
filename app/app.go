// Package app is Marsad's desktop interface, built with Fyne. It is the
// only package besides cmd that imports Fyne.
//
// The window holds four views (Articles, Actors, Stories & Compare,
// Charts) over one open corpus. Each view is an unexported struct built
// from widgets with build… and on… methods, reading the corpus through a
// small interface declared beside it, so tests hand it a real temporary
// store. Slow work runs in goroutines and reaches widgets through fyne.Do.
package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"marsad/charts"
	"marsad/data/store"
	"marsad/resources"
)

// AppID is the application's identifier, which also names its preferences.
const AppID = "org.marsad.Marsad"

// Options say which corpus to open.
type Options struct {
	// DBPath is the corpus to open; "" opens the last one used, else the
	// default corpus in the user's data folder.
	DBPath string
	// Version is shown in the About box.
	Version string
}

// Run shows the main window at once, opens the corpus in the background
// and shows its views as soon as it is open; it returns when the window
// is closed.
func Run(opts Options) error {
	charts.Warm() // load the chart engine while the window opens
	a := fyneapp.NewWithID(AppID)
	a.SetIcon(fyne.NewStaticResource("marsad.png", resources.Icon()))
	u := newUI(a, opts.Version)
	path := opts.DBPath
	if path == "" {
		path = u.prefs.LastCorpus()
		if _, err := os.Stat(path); path == "" || err != nil {
			path = store.DefaultPath()
		}
	}
	u.win.SetTitle(fmt.Sprintf("Marsad — %s", corpusName(path)))
	u.win.SetContent(container.NewCenter(widget.NewLabel(lang.L("Opening {{.Name}}…", map[string]any{"Name": corpusName(path)}))))
	goBackground(func() {
		st, err := store.Open(context.Background(), path)
		if err != nil {
			fyne.Do(func() {
				u.win.SetContent(emptyState(theme.ErrorIcon(), lang.L("The corpus could not be opened"), err.Error()))
				u.win.SetMainMenu(u.buildMenu())
			})
			return
		}
		uiDo(func() { u.setCorpus(st) })
	})
	u.win.ShowAndRun()
	u.close()
	return nil
}

// ui is the main window and what it shows.
type ui struct {
	app     fyne.App
	win     fyne.Window
	prefs   *settings
	version string
	lang    string // the language shown, "en" or "ar"

	st   *store.Store // the open corpus
	data *corpusData  // its analysis, stories and edit log

	tabs     *container.AppTabs
	articles *articlesView
	actors   *actorsView
	stories  *storiesView
	charts   *chartsView
	imp      *importer
	dropped  []string // dropped before the corpus was open
}

// newUI builds the main window, with the language and theme from the
// preferences, and no corpus yet.
func newUI(a fyne.App, version string) *ui {
	u := &ui{app: a, prefs: newSettings(a.Preferences()), version: version}
	u.lang = applyLanguage(u.prefs.Language())
	a.Settings().SetTheme(&marsadTheme{variant: u.prefs.Theme()})
	u.win = a.NewWindow("Marsad")
	u.win.Resize(fyne.NewSize(1180, 760))
	u.win.SetMaster()
	u.imp = newImporter(u)
	u.win.SetOnDropped(u.onDropped)
	u.addShortcuts()
	return u
}

// setCorpus makes st the open corpus, closing the previous one, and
// rebuilds the views over it.
func (u *ui) setCorpus(st *store.Store) {
	if u.st != nil {
		u.st.Close()
	}
	u.st = st
	u.data = newCorpusData(st)
	u.prefs.AddRecent(st.Path())
	u.win.SetTitle(fmt.Sprintf("Marsad — %s", corpusName(st.Path())))
	u.buildContent()
	u.win.SetMainMenu(u.buildMenu())
	if len(u.dropped) > 0 {
		u.imp.start(u.dropped)
		u.dropped = nil
	}
}

// buildContent (re)builds the views and the tabs over the open corpus.
func (u *ui) buildContent() {
	selected := 0
	if u.tabs != nil {
		selected = u.tabs.SelectedIndex()
	}
	u.articles = newArticlesView(u.win, u.st, u.data)
	u.actors = newActorsView(u.win, u.data, u.showStatement)
	u.stories = newStoriesView(u.win, u.data, u.st, u.data, u.data)
	u.charts = newChartsView(u.win, u.data, u.prefs, u.lang, u.showStatements)
	u.stories.rtl = u.lang == "ar"
	u.articles.reader.onCompare = func(id int64, toggle bool) bool {
		if toggle {
			u.stories.toggle(id)
		}
		return u.stories.isChosen(id)
	}
	u.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(lang.L("Articles"), theme.DocumentIcon(), u.articles.buildUI()),
		container.NewTabItemWithIcon(lang.L("Actors"), theme.AccountIcon(), u.actors.buildUI()),
		container.NewTabItemWithIcon(lang.L("Stories & Compare"), theme.ViewRestoreIcon(), u.stories.buildUI()),
		container.NewTabItemWithIcon(lang.L("Charts"), theme.GridIcon(), u.charts.buildUI()),
	)
	u.tabs.SelectIndex(selected)
	u.tabs.OnSelected = func(*container.TabItem) { u.refreshSelected() }
	u.win.SetContent(container.NewBorder(nil, u.imp.buildBar(), nil, nil, u.tabs))
	u.refreshAll()
}

// refreshSelected reloads the view on show, so it reflects imports and
// corrections made elsewhere.
func (u *ui) refreshSelected() {
	switch u.tabs.SelectedIndex() {
	case 0:
		u.articles.refresh()
	case 1:
		u.actors.refresh()
	case 2:
		u.stories.refresh()
	case 3:
		u.charts.refresh()
	}
}

// refreshAll reloads every view after the corpus changed.
func (u *ui) refreshAll() {
	if u.tabs.SelectedIndex() != 0 {
		u.articles.refresh()
	}
	u.articles.refreshOptions()
	u.refreshSelected()
}

// showTab selects view i (0 Articles … 3 Charts).
func (u *ui) showTab(i int) {
	if u.tabs != nil && i >= 0 && i < len(u.tabs.Items) {
		u.tabs.SelectIndex(i)
	}
}

// showStatement opens the article of a statement at its sentence.
func (u *ui) showStatement(articleID int64, start int) {
	u.showTab(0)
	u.articles.openArticle(articleID, start)
}

// showStatements opens the statements behind a chart item.
func (u *ui) showStatements(title string, ids []int64) {
	showStatementList(u.win, title, u.data, ids, u.showStatement)
}

// close closes the corpus when the app ends.
func (u *ui) close() {
	u.imp.cancel()
	if u.st != nil {
		u.st.Close()
	}
}

// hasCorpus reports whether a corpus is open, and says so when none is.
func (u *ui) hasCorpus() bool {
	if u.st == nil {
		dialog.ShowInformation(lang.L("No corpus"), lang.L("Open or create a corpus first (File menu)."), u.win)
		return false
	}
	return true
}

// showError shows err in a dialog; it may be called from any goroutine.
func (u *ui) showError(err error) {
	showError(u.win, err)
}

// showError shows err in a dialog over w; it may be called from any
// goroutine.
func showError(w fyne.Window, err error) {
	if err == nil || errors.Is(err, context.Canceled) {
		return
	}
	fyne.Do(func() { dialog.ShowError(err, w) })
}

// corpusName is the name shown for a corpus file: its base name without
// extension.
func corpusName(path string) string {
	return strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
}
