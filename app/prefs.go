package app

import (
	"slices"

	"fyne.io/fyne/v2"
)

// Preference keys, each with its default beside it.
const (
	keyLanguage     = "language" // "", "en" or "ar"; "" follows the system
	defaultLanguage = ""

	keyTheme     = "theme" // "system", "light" or "dark"
	defaultTheme = themeSystem

	keyChartWidth      = "chart.width"
	defaultChartWidth  = 1200
	keyChartHeight     = "chart.height"
	defaultChartHeight = 700

	keyRecent = "corpora.recent" // most recent first
	maxRecent = 8
)

// Theme choices.
const (
	themeSystem = "system"
	themeLight  = "light"
	themeDark   = "dark"
)

// settings is the typed view of the app's preferences.
type settings struct {
	p fyne.Preferences
}

func newSettings(p fyne.Preferences) *settings { return &settings{p: p} }

// Language is the chosen UI language; "" follows the system.
func (s *settings) Language() string {
	return s.p.StringWithFallback(keyLanguage, defaultLanguage)
}

// SetLanguage chooses the UI language.
func (s *settings) SetLanguage(l string) { s.p.SetString(keyLanguage, l) }

// Theme is the chosen theme variant.
func (s *settings) Theme() string {
	switch t := s.p.StringWithFallback(keyTheme, defaultTheme); t {
	case themeLight, themeDark:
		return t
	default:
		return themeSystem
	}
}

// SetTheme chooses the theme variant.
func (s *settings) SetTheme(t string) { s.p.SetString(keyTheme, t) }

// ChartSize is the default size of exported charts, in pixels.
func (s *settings) ChartSize() (w, h int) {
	w = s.p.IntWithFallback(keyChartWidth, defaultChartWidth)
	h = s.p.IntWithFallback(keyChartHeight, defaultChartHeight)
	if w < 100 || h < 100 {
		return defaultChartWidth, defaultChartHeight
	}
	return w, h
}

// SetChartSize keeps the default size of exported charts.
func (s *settings) SetChartSize(w, h int) {
	s.p.SetInt(keyChartWidth, w)
	s.p.SetInt(keyChartHeight, h)
}

// Recent returns the recently opened corpora, most recent first.
func (s *settings) Recent() []string {
	return s.p.StringListWithFallback(keyRecent, nil)
}

// AddRecent puts path first among the recent corpora.
func (s *settings) AddRecent(path string) {
	list := slices.DeleteFunc(s.Recent(), func(p string) bool { return p == path })
	list = append([]string{path}, list...)
	if len(list) > maxRecent {
		list = list[:maxRecent]
	}
	s.p.SetStringList(keyRecent, list)
}

// LastCorpus is the corpus opened last, "" when none.
func (s *settings) LastCorpus() string {
	if r := s.Recent(); len(r) > 0 {
		return r[0]
	}
	return ""
}
