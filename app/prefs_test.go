package app

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"marsad/data/corpus"
)

func TestSettingsRecentCorpora(t *testing.T) {
	a := test.NewTempApp(t)
	s := newSettings(a.Preferences())
	if s.LastCorpus() != "" || s.Theme() != themeSystem || s.Language() != "" {
		t.Fatalf("fresh settings: last %q theme %q language %q", s.LastCorpus(), s.Theme(), s.Language())
	}
	for i := 0; i < maxRecent+3; i++ {
		s.AddRecent(fmt.Sprintf("/c/%d.marsad", i))
	}
	s.AddRecent("/c/5.marsad") // again: moves to the front, no duplicate
	r := s.Recent()
	if len(r) != maxRecent || r[0] != "/c/5.marsad" || r[1] != fmt.Sprintf("/c/%d.marsad", maxRecent+2) {
		t.Fatalf("recent = %v", r)
	}
	seen := map[string]bool{}
	for _, p := range r {
		if seen[p] {
			t.Fatalf("recent lists %s twice: %v", p, r)
		}
		seen[p] = true
	}
}

func TestSettingsChartSizeAndTheme(t *testing.T) {
	a := test.NewTempApp(t)
	s := newSettings(a.Preferences())
	if w, h := s.ChartSize(); w != defaultChartWidth || h != defaultChartHeight {
		t.Errorf("default chart size %d×%d", w, h)
	}
	s.SetChartSize(1600, 900)
	if w, h := s.ChartSize(); w != 1600 || h != 900 {
		t.Errorf("chart size %d×%d, want 1600×900", w, h)
	}
	s.SetChartSize(10, 10)
	if w, _ := s.ChartSize(); w != defaultChartWidth {
		t.Errorf("a tiny size was kept: %d", w)
	}
	s.SetTheme("purple")
	if s.Theme() != themeSystem {
		t.Errorf("unknown theme kept: %q", s.Theme())
	}
}

func TestThemeSwitch(t *testing.T) {
	u := newTestUI(t, openTemp(t))
	onUI(func() { u.onTheme(themeLight) })
	light := u.app.Settings().Theme().Color(theme.ColorNameBackground, theme.VariantDark)
	onUI(func() { u.onTheme(themeDark) })
	dark := u.app.Settings().Theme().Color(theme.ColorNameBackground, theme.VariantLight)
	if light == dark {
		t.Errorf("light and dark themes share the background %v", light)
	}
	if u.prefs.Theme() != themeDark {
		t.Errorf("theme kept as %q", u.prefs.Theme())
	}
}

func TestExportArticles(t *testing.T) {
	st := fillTemp(t, sampleArticles())
	dir := t.TempDir()
	n, err := exportArticles(context.Background(), st, dir)
	if err != nil || n != 3 {
		t.Fatalf("exported %d (%v), want 3", n, err)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "articles.json"))
	var arts []corpus.ExportedArticle
	if err := json.Unmarshal(b, &arts); err != nil || len(arts) != 3 || arts[0].Text == "" {
		t.Fatalf("articles.json: %v, %d articles", err, len(arts))
	}
	f, _ := os.Open(filepath.Join(dir, "articles.csv"))
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil || len(rows) != 4 || rows[1][1] == "" {
		t.Fatalf("articles.csv: %v, %d rows", err, len(rows))
	}
}
