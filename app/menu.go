package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"marsad/data/store"
)

// shortcut is one keyboard shortcut with what it does and how the help
// names it.
type shortcut struct {
	key  fyne.KeyName
	mod  fyne.KeyModifier
	help string
	do   func(u *ui)
}

// shortcuts lists the window's keyboard shortcuts, in help order.
func shortcuts() []shortcut {
	return []shortcut{
		{fyne.Key1, fyne.KeyModifierShortcutDefault, "Show Articles", func(u *ui) { u.showTab(0) }},
		{fyne.Key2, fyne.KeyModifierShortcutDefault, "Show Actors", func(u *ui) { u.showTab(1) }},
		{fyne.Key3, fyne.KeyModifierShortcutDefault, "Show Stories & Compare", func(u *ui) { u.showTab(2) }},
		{fyne.Key4, fyne.KeyModifierShortcutDefault, "Show Charts", func(u *ui) { u.showTab(3) }},
		{fyne.KeyF, fyne.KeyModifierShortcutDefault, "Search articles", func(u *ui) {
			if u.hasCorpus() {
				u.showTab(0)
				u.articles.focusSearch()
			}
		}},
		{fyne.KeyK, fyne.KeyModifierShortcutDefault, "Compare the open article", func(u *ui) {
			if u.hasCorpus() {
				u.articles.reader.onCompareTapped()
			}
		}},
		{fyne.KeyI, fyne.KeyModifierShortcutDefault, "Import…", func(u *ui) { u.onImport() }},
		{fyne.KeyO, fyne.KeyModifierShortcutDefault, "Open corpus…", func(u *ui) { u.onOpenCorpus() }},
		{fyne.KeyE, fyne.KeyModifierShortcutDefault, "Export chart…", func(u *ui) {
			if u.hasCorpus() {
				u.showTab(3)
				u.charts.onExport()
			}
		}},
		{fyne.KeyZ, fyne.KeyModifierShortcutDefault, "Undo", func(u *ui) { u.onUndo() }},
		{fyne.KeyZ, fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift, "Redo", func(u *ui) { u.onRedo() }},
		{fyne.KeyQ, fyne.KeyModifierShortcutDefault, "Quit", func(u *ui) { u.app.Quit() }},
		{fyne.KeyF1, 0, "Keyboard shortcuts", func(u *ui) { u.onShortcutsHelp() }},
		{fyne.KeyEscape, 0, "Close the dialog", func(u *ui) { u.closeTopDialog() }},
	}
}

// addShortcuts registers the keyboard shortcuts on the window's canvas.
func (u *ui) addShortcuts() {
	for _, s := range shortcuts() {
		s := s
		if s.mod == 0 {
			continue // plain keys go through the typed-key handler
		}
		u.win.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: s.key, Modifier: s.mod}, func(fyne.Shortcut) { s.do(u) })
	}
	u.win.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) {
		for _, s := range shortcuts() {
			if s.mod == 0 && s.key == ev.Name {
				s.do(u)
			}
		}
	})
}

// closeTopDialog hides the dialog or pop-up on top of the window.
func (u *ui) closeTopDialog() {
	if top := u.win.Canvas().Overlays().Top(); top != nil {
		top.Hide()
	}
}

// menuShortcut is the shortcut shown beside a menu item.
func menuShortcut(key fyne.KeyName, mod fyne.KeyModifier) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: mod}
}

// buildMenu builds the main menu for the open corpus.
func (u *ui) buildMenu() *fyne.MainMenu {
	recent := fyne.NewMenuItem(lang.L("Open recent"), nil)
	for _, p := range u.prefs.Recent() {
		p := p
		recent.ChildMenu = appendItem(recent.ChildMenu, fyne.NewMenuItem(p, func() { u.openPath(p) }))
	}
	if recent.ChildMenu == nil {
		recent.Disabled = true
	}
	quit := fyne.NewMenuItem(lang.L("Quit"), func() { u.app.Quit() })
	quit.IsQuit = true
	file := fyne.NewMenu(lang.L("File"),
		fyne.NewMenuItem(lang.L("New corpus…"), u.onNewCorpus),
		withShortcut(fyne.NewMenuItem(lang.L("Open corpus…"), u.onOpenCorpus), fyne.KeyO, fyne.KeyModifierShortcutDefault),
		recent,
		fyne.NewMenuItemSeparator(),
		withShortcut(fyne.NewMenuItem(lang.L("Import…"), u.onImport), fyne.KeyI, fyne.KeyModifierShortcutDefault),
		fyne.NewMenuItem(lang.L("Export data…"), u.onExportData),
		fyne.NewMenuItem(lang.L("Save a copy…"), u.onSaveCopy),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	edit := fyne.NewMenu(lang.L("Edit"),
		withShortcut(fyne.NewMenuItem(lang.L("Undo"), u.onUndo), fyne.KeyZ, fyne.KeyModifierShortcutDefault),
		withShortcut(fyne.NewMenuItem(lang.L("Redo"), u.onRedo), fyne.KeyZ, fyne.KeyModifierShortcutDefault|fyne.KeyModifierShift),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("Topics…"), u.onTopics),
		fyne.NewMenuItem(lang.L("Analyse again"), u.onReanalyse),
		fyne.NewMenuItem(lang.L("Learn from my corrections"), u.onLearn),
	)
	themeItem := fyne.NewMenuItem(lang.L("Theme"), nil)
	for _, t := range []string{themeSystem, themeLight, themeDark} {
		t := t
		it := fyne.NewMenuItem(lang.L(themeLabel(t)), func() { u.onTheme(t) })
		it.Checked = u.prefs.Theme() == t
		themeItem.ChildMenu = appendItem(themeItem.ChildMenu, it)
	}
	langItem := fyne.NewMenuItem(lang.L("Language"), nil)
	for _, l := range languages {
		l := l
		it := fyne.NewMenuItem(lang.L(l.label), func() { u.onLanguage(l.code) })
		it.Checked = u.prefs.Language() == l.code
		langItem.ChildMenu = appendItem(langItem.ChildMenu, it)
	}
	view := fyne.NewMenu(lang.L("View"),
		withShortcut(fyne.NewMenuItem(lang.L("Articles"), func() { u.showTab(0) }), fyne.Key1, fyne.KeyModifierShortcutDefault),
		withShortcut(fyne.NewMenuItem(lang.L("Actors"), func() { u.showTab(1) }), fyne.Key2, fyne.KeyModifierShortcutDefault),
		withShortcut(fyne.NewMenuItem(lang.L("Stories & Compare"), func() { u.showTab(2) }), fyne.Key3, fyne.KeyModifierShortcutDefault),
		withShortcut(fyne.NewMenuItem(lang.L("Charts"), func() { u.showTab(3) }), fyne.Key4, fyne.KeyModifierShortcutDefault),
		fyne.NewMenuItemSeparator(),
		themeItem, langItem,
	)
	help := fyne.NewMenu(lang.L("Help"),
		fyne.NewMenuItem(lang.L("Keyboard shortcuts"), u.onShortcutsHelp),
		fyne.NewMenuItem(lang.L("About Marsad"), u.onAbout),
	)
	return fyne.NewMainMenu(file, edit, view, help)
}

func appendItem(m *fyne.Menu, it *fyne.MenuItem) *fyne.Menu {
	if m == nil {
		return fyne.NewMenu("", it)
	}
	m.Items = append(m.Items, it)
	return m
}

func withShortcut(it *fyne.MenuItem, key fyne.KeyName, mod fyne.KeyModifier) *fyne.MenuItem {
	it.Shortcut = menuShortcut(key, mod)
	return it
}

func themeLabel(t string) string {
	switch t {
	case themeLight:
		return "Light"
	case themeDark:
		return "Dark"
	default:
		return "System"
	}
}

// onTheme switches and keeps the theme variant.
func (u *ui) onTheme(t string) {
	u.prefs.SetTheme(t)
	u.app.Settings().SetTheme(&marsadTheme{variant: t})
	u.win.SetMainMenu(u.buildMenu())
}

// onLanguage switches and keeps the UI language, rebuilding the window.
func (u *ui) onLanguage(code string) {
	u.prefs.SetLanguage(code)
	u.lang = applyLanguage(code)
	u.buildContent()
	u.win.SetMainMenu(u.buildMenu())
}

// busyImporting tells the user to wait when an import is running.
func (u *ui) busyImporting() bool {
	if u.imp.running() {
		dialog.ShowInformation(lang.L("Import running"), lang.L("Wait for the import to finish or cancel it first."), u.win)
		return true
	}
	return false
}

// onNewCorpus asks where to create a corpus file and opens it.
func (u *ui) onNewCorpus() {
	if u.busyImporting() {
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			u.showError(err)
			return
		}
		path := w.URI().Path()
		w.Close()
		os.Remove(path) // the store creates the file itself
		if filepath.Ext(path) == "" {
			path += ".marsad"
		}
		u.openPath(path)
	}, u.win)
	d.SetFileName("corpus.marsad")
	d.Show()
}

// onOpenCorpus asks for a corpus file and opens it.
func (u *ui) onOpenCorpus() {
	if u.busyImporting() {
		return
	}
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			u.showError(err)
			return
		}
		path := r.URI().Path()
		r.Close()
		u.openPath(path)
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".marsad", ".db", ".sqlite"}))
	d.Show()
}

// openPath opens the corpus at path in the background, then shows it.
func (u *ui) openPath(path string) {
	if u.busyImporting() {
		return
	}
	goBackground(func() {
		st, err := store.Open(context.Background(), path)
		if err != nil {
			u.showError(fmt.Errorf("%s: %w", path, err))
			return
		}
		uiDo(func() { u.setCorpus(st) })
	})
}

// onSaveCopy writes a consistent copy of the corpus where the user says.
func (u *ui) onSaveCopy() {
	if !u.hasCorpus() {
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			u.showError(err)
			return
		}
		path := w.URI().Path()
		w.Close()
		os.Remove(path) // VACUUM INTO refuses an existing file
		st := u.st
		goBackground(func() {
			if err := st.Backup(context.Background(), path); err != nil {
				u.showError(err)
				return
			}
			uiDo(func() {
				dialog.ShowInformation(lang.L("Saved"), lang.L("A copy of the corpus was saved to {{.Path}}.", map[string]any{"Path": path}), u.win)
			})
		})
	}, u.win)
	d.SetFileName(corpusName(u.st.Path()) + "-copy.marsad")
	d.Show()
}

// onShortcutsHelp lists the keyboard shortcuts.
func (u *ui) onShortcutsHelp() {
	var rows []fyne.CanvasObject
	for _, s := range shortcuts() {
		keys := string(s.key)
		if s.mod != 0 {
			keys = (&desktop.CustomShortcut{KeyName: s.key, Modifier: s.mod}).ShortcutName()
			keys = strings.TrimPrefix(keys, "CustomDesktop:")
		}
		rows = append(rows, widget.NewLabel(keys), widget.NewLabel(lang.L(s.help)))
	}
	dialog.ShowCustom(lang.L("Keyboard shortcuts"), lang.L("Close"), container.NewGridWithColumns(2, rows...), u.win)
}

// onAbout shows what Marsad is and its version.
func (u *ui) onAbout() {
	v := u.version
	if v == "" {
		v = "dev"
	}
	path := ""
	if u.st != nil {
		path = u.st.Path()
	}
	msg := widget.NewLabel(lang.L("Marsad (مرصد), a corpus explorer for Arabic news.") + "\n" +
		lang.L("Version {{.Version}}", map[string]any{"Version": v}) + "\n" + path)
	dialog.ShowCustom(lang.L("About Marsad"), lang.L("Close"), msg, u.win)
}
