package app

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"fyne.io/fyne/v2/lang"

	"marsad/charts"
	"marsad/data"
	"marsad/resources"
)

// uiKeys returns every string the app translates: the literals passed to
// lang.L in its source, and the labels it passes through tables.
func uiKeys(t *testing.T) map[string]bool {
	keys := map[string]bool{}
	files, _ := filepath.Glob("*.go")
	re := regexp.MustCompile(`lang\.L\(("(?:[^"\\]|\\.)*")`)
	for _, f := range files {
		if filepath.Ext(f) != ".go" || len(f) > 8 && f[len(f)-8:] == "_test.go" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			k, err := strconv.Unquote(m[1])
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			keys[k] = true
		}
	}
	for _, s := range shortcuts() {
		keys[s.help] = true
	}
	for _, th := range []string{themeSystem, themeLight, themeDark} {
		keys[themeLabel(th)] = true
	}
	for _, l := range languages {
		keys[l.label] = true
	}
	for _, s := range append(data.Stances, "") {
		keys[stanceLabel(s)] = true
	}
	for _, f := range analysisFilters {
		keys[filterPlaceholder(f)] = true
	}
	for _, l := range topLabels {
		keys[l] = true
	}
	for _, k := range actorKinds {
		keys[k] = true
	}
	for _, k := range charts.Kinds {
		keys[chartKindLabels[k]] = true
	}
	for _, o := range []string{data.DateMetadata, data.DateText, data.DateUser, data.DateUnknown, data.OriginAuto, data.OriginUser} {
		keys[o] = true
	}
	return keys
}

func TestTranslationsCoverUI(t *testing.T) {
	keys := uiKeys(t)
	if len(keys) < 100 {
		t.Fatalf("found only %d UI strings; the scan is broken", len(keys))
	}
	for _, l := range []string{"en", "ar"} {
		var msgs map[string]string
		if err := json.Unmarshal(resources.Translation(l), &msgs); err != nil {
			t.Fatalf("%s.json: %v", l, err)
		}
		for k := range keys {
			if msgs[k] == "" {
				t.Errorf("%s.json lacks %q", l, k)
			}
		}
	}
}

func TestLanguageSwitch(t *testing.T) {
	u := newTestUI(t, fillTemp(t, sampleArticles()))
	onUI(func() { u.onLanguage("ar") })
	if got := lang.L("Articles"); got != "المقالات" {
		t.Errorf("after choosing Arabic, Articles = %q", got)
	}
	if got := u.tabs.Items[0].Text; got != "المقالات" {
		t.Errorf("tab = %q, want it rebuilt in Arabic", got)
	}
	waitFor(t, "rows", func() bool { _, ok := u.articles.summary(1); return ok })
	onUI(func() { u.articles.list.Select(1) })
	waitFor(t, "reader", func() bool { return u.articles.reader.article != nil })
	keepShot(t, u.win, "arabic-ui")
	if u.prefs.Language() != "ar" {
		t.Error("language not kept in preferences")
	}
	onUI(func() { u.onLanguage("en") })
	if got := u.tabs.Items[0].Text; got != "Articles" {
		t.Errorf("tab = %q after choosing English", got)
	}
}
