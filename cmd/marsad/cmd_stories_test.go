package main

import (
	"encoding/json"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

type storyOut struct {
	ID       int64  `json:"id"`
	Label    string `json:"label"`
	Articles []struct {
		ID     int64  `json:"id"`
		File   string `json:"file"`
		Source string `json:"source"`
		Date   string `json:"date"`
		Title  string `json:"title"`
	} `json:"articles"`
	Sources   []string `json:"sources"`
	FirstDate string   `json:"first_date"`
	LastDate  string   `json:"last_date"`
}

func storiesJSON(t *testing.T, args ...string) []storyOut {
	t.Helper()
	js, errOut, code := marsad(t, append([]string{"stories", "--json"}, args...)...)
	var out []storyOut
	if code != 0 || json.Unmarshal([]byte(js), &out) != nil {
		t.Fatalf("stories --json: exit %d\n%s%s", code, js, errOut)
	}
	return out
}

// files renders stories as their members' file names, e.g. "a.txt+b.txt".
func files(list []storyOut) []string {
	var out []string
	for _, s := range list {
		var fs []string
		for _, a := range s.Articles {
			fs = append(fs, a.File)
		}
		sort.Strings(fs)
		out = append(out, strings.Join(fs, "+"))
	}
	sort.Strings(out)
	return out
}

const (
	reportA = `الأردن ومصر يطلبان جلسة طارئة لمجلس الأمن بشأن غزة
بحث وزير الخارجية الأردني أيمن الصفدي مع نظيره المصري سامح شكري في القاهرة يوم الأحد سبل تثبيت الهدنة في قطاع غزة وفتح معبر رفح أمام قوافل الإغاثة.
وقال الصفدي في مؤتمر صحفي مشترك إن الأردن ومصر يرفضان أي محاولة لتهجير سكان القطاع.
وأضاف أن البلدين سيطلبان عقد جلسة طارئة لمجلس الأمن الأسبوع المقبل.`
	reportB = `الصفدي وشكري: لا لتهجير أهل غزة
أكد الأردن ومصر رفضهما القاطع لتهجير الفلسطينيين من قطاع غزة، وذلك خلال لقاء جمع وزيري خارجية البلدين أيمن الصفدي وسامح شكري الأحد في العاصمة المصرية.
ودعا الوزيران إلى اجتماع طارئ لمجلس الأمن خلال الأسبوع المقبل لبحث تثبيت الهدنة.
وأوضح شكري أن اتصالات القاهرة مستمرة مع كل الأطراف من أجل تمديد وقف إطلاق النار.`
)

func TestStoriesCompareAndMove(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.marsad")
	write(t, filepath.Join(dir, "in", "a.txt"), []byte(reportA))
	write(t, filepath.Join(dir, "in", "b.txt"), []byte(reportB))
	write(t, filepath.Join(dir, "in", "other.txt"), []byte(fixtureArticle))
	if out, _, code := marsad(t, "import", "--db", db, filepath.Join(dir, "in")); code != 0 {
		t.Fatalf("import: exit %d\n%s", code, out)
	}
	list := storiesJSON(t, "--db", db, "--regroup")
	if got := files(list); len(got) != 1 || got[0] != "a.txt+b.txt" {
		t.Fatalf("stories = %v, want [a.txt+b.txt]", got)
	}
	if list[0].Label == "" || len(list[0].Articles) != 2 {
		t.Errorf("story = %+v", list[0])
	}
	a, b := strconv.FormatInt(list[0].Articles[0].ID, 10), strconv.FormatInt(list[0].Articles[1].ID, 10)

	js, errOut, code := marsad(t, "compare", "--db", db, "--json", a, b)
	var c struct {
		Articles []map[string]any `json:"articles"`
		Pairs    []struct {
			A          map[string]any `json:"a"`
			B          map[string]any `json:"b"`
			Similarity float64        `json:"similarity"`
		} `json:"pairs"`
		Unpaired    []map[string]any `json:"unpaired"`
		Actors      []map[string]any `json:"actors"`
		Differences []map[string]any `json:"differences"`
	}
	if code != 0 || json.Unmarshal([]byte(js), &c) != nil {
		t.Fatalf("compare --json: exit %d\n%s%s", code, js, errOut)
	}
	if len(c.Articles) != 2 || c.Articles[0]["file"] != "a.txt" && c.Articles[0]["file"] != "b.txt" {
		t.Errorf("compared articles = %v, want a.txt and b.txt", c.Articles)
	}
	if len(c.Pairs) < 2 || c.Pairs[0].Similarity <= 0 {
		t.Errorf("compare: %d pairs; want two or more\n%s", len(c.Pairs), js)
	}
	for _, k := range []string{"article", "sentence_index", "text"} {
		if len(c.Pairs) > 0 && c.Pairs[0].A[k] == nil {
			t.Errorf("pair side lacks %q", k)
		}
	}
	if _, _, code := marsad(t, "compare", "--db", db, a); code != 2 {
		t.Errorf("compare with one ID: exit %d, want 2", code)
	}

	if out, errOut, code := marsad(t, "story", "--db", db, "move", b, "none"); code != 0 {
		t.Fatalf("story move: exit %d\n%s%s", code, out, errOut)
	}
	if got := storiesJSON(t, "--db", db, "--regroup"); len(got) != 0 {
		t.Errorf("after moving one of two out and regrouping: stories = %v, want none", files(got))
	}
	if _, _, code := marsad(t, "story", "--db", db, "move", b, "12345"); code != 1 {
		t.Errorf("move into a missing story: exit %d, want 1", code)
	}
}

// The seeds imported with the CLI: the two pairs that report one event
// each are the only stories.
func TestStoriesSeeds(t *testing.T) {
	seeds := filepath.Join(sharedDir(t), "seeds")
	db := filepath.Join(t.TempDir(), "c.marsad")
	if out, _, _ := marsad(t, "import", "--db", db, seeds); !strings.Contains(out, "5 imported") {
		t.Fatalf("import:\n%s", out)
	}
	got := files(storiesJSON(t, "--db", db, "--regroup"))
	want := []string{"000_d9c9fbd3f35d96d9.txt+002_12a26c16c15d3239.txt", "001_e3e7e21ff14327aa.txt+004_adf22db9f5bba7fe.txt"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("stories = %v, want %v", got, want)
	}
}
