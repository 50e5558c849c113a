package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"marsad/data"
)

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// readOne reads a fixture that must give exactly one article.
func readOne(t *testing.T, name string, content []byte) *data.Article {
	t.Helper()
	items := ReadBytes(name, content, Options{})
	if len(items) != 1 || items[0].Err != nil {
		t.Fatalf("ReadBytes(%s) = %+v, want one article", name, items)
	}
	return items[0].Article
}

func captions(a *data.Article) []string {
	var out []string
	for _, m := range a.Marks {
		if m.Kind == data.MarkCaption {
			out = append(out, a.Body[m.Start:m.End])
		}
	}
	return out
}

func TestReadText(t *testing.T) {
	a := readOne(t, "article.txt", fixture(t, "article.txt"))
	checks := []struct{ what, got, want string }{
		{"title", a.Title, "مجلس الأمن يمدد مهمة البعثة الأممية في ليبيا ستة أشهر"},
		{"source", a.Source, "العربية"},
		{"date", a.Date, "2019-03-12"},
		{"origin", a.DateOrigin, data.DateText},
		{"file", a.File, "article.txt"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.what, c.got, c.want)
		}
	}
	for _, gone := range []string{"الخط", "فيسبوك", "شاهد", "2020", "موجة نزوح", "المصدر", "شارك"} {
		if strings.Contains(a.Body, gone) {
			t.Errorf("body still holds %q:\n%s", gone, a.Body)
		}
	}
	if got := captions(a); len(got) != 1 || !strings.HasSuffix(got[0], "(رويترز)") {
		t.Errorf("captions = %q, want the Reuters photo line", got)
	}
	if a.DateConfidence < 0.8 || a.Words < 40 || a.Hash != Hash(a.Body) {
		t.Errorf("confidence %.2f, words %d, hash %s", a.DateConfidence, a.Words, a.Hash)
	}
}

func TestReadTextWithoutHeadline(t *testing.T) {
	a := readOne(t, "no_headline.txt", fixture(t, "no_headline.txt"))
	if !strings.HasPrefix(a.Title, "أعلنت وزارة الصحة في الأردن") || !strings.HasSuffix(a.Title, "…") {
		t.Errorf("title = %q, want the start of the first sentence, shortened", a.Title)
	}
	if a.Source != "الغد الأردنية" || a.Author != "سلمى العمري" {
		t.Errorf("source, author = %q, %q; want الغد الأردنية, سلمى العمري", a.Source, a.Author)
	}
	if a.Date != "" || a.DateOrigin != data.DateUnknown {
		t.Errorf("date = %q (%s), want unknown: the text only has event dates", a.Date, a.DateOrigin)
	}
	if strings.Contains(a.Body, "سلمى") {
		t.Errorf("the attribution line stayed in the body")
	}
}

func TestReadHTML(t *testing.T) {
	a := readOne(t, "article.html", fixture(t, "article.html"))
	checks := []struct{ what, got, want string }{
		{"title", a.Title, "افتتاح معرض الكتاب في القاهرة بمشاركة 50 دولة"},
		{"source", a.Source, "الأهرام"},
		{"author", a.Author, "منى عبد الرحمن"},
		{"date", a.Date, "2023-01-25"},
		{"origin", a.DateOrigin, data.DateMetadata},
		{"url", a.URL, "https://gate.ahram.org.eg/News/12345.aspx"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.what, c.got, c.want)
		}
	}
	for _, gone := range []string{"الرئيسية", "اقتصاد", "واتساب", "التعليقات", "معرض رائع", "حقوق", "2022", "display"} {
		if strings.Contains(a.Body, gone) {
			t.Errorf("body holds page furniture %q:\n%s", gone, a.Body)
		}
	}
	for _, kept := range []string{"افتتح رئيس الوزراء", "ندوات وأمسيات", "السادس من فبراير"} {
		if !strings.Contains(a.Body, kept) {
			t.Errorf("body lost %q:\n%s", kept, a.Body)
		}
	}
	if got := captions(a); len(got) != 1 || !strings.HasPrefix(got[0], "زوار يتجولون") {
		t.Errorf("captions = %q, want the figcaption", got)
	}
}

func TestReadJSON(t *testing.T) {
	items := ReadBytes("articles.json", fixture(t, "articles.json"), Options{})
	if len(items) != 3 {
		t.Fatalf("got %d items, want 3", len(items))
	}
	if it := items[1]; it.Err == nil || it.File != "articles.json#2" || it.Err.Error() != "record 2 has no text" {
		t.Errorf("item 2 = %s %v, want articles.json#2 refused: record 2 has no text", it.File, it.Err)
	}
	a, b := items[0].Article, items[2].Article
	if a == nil || b == nil {
		t.Fatalf("records 1 and 3 refused: %v, %v", items[0].Err, items[2].Err)
	}
	if a.File != "articles.json#1" || a.Source != "الاقتصادية" || a.Date != "2022-10-04" || a.Title != "ارتفاع أسعار النفط بعد قرار أوبك+ خفض الإنتاج" {
		t.Errorf("record 1 = %s %q %q %q", a.File, a.Source, a.Date, a.Title)
	}
	if b.Source != "العمانية" || b.Date != "2018-03-20" || b.URL != "https://omannews.gov.om/news/1" {
		t.Errorf("record 3 = %q %q %q", b.Source, b.Date, b.URL)
	}
}

func TestReadJSONShapes(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // File of each item, "!" prefix for a refusal
	}{
		{"one.json", `{"title":"عنوان","text":"نص الخبر هنا"}`, []string{"one.json"}},
		{"wrap.json", `{"articles":[{"content":"نص أول"},{"content":"نص ثان"}]}`, []string{"wrap.json#1", "wrap.json#2"}},
		{"mixed.json", `[{"text":"نص"}, 5, {"text":{"name":"نص من كائن"}}, {"author":{"name":"س"},"body":"نص"}]`,
			[]string{"mixed.json#1", "!mixed.json#2", "mixed.json#3", "mixed.json#4"}},
		{"tags.json", `[{"title":"عنوان","content":"<p>نص <strong>الخبر</strong></p><div class=\"share\">شارك</div><p>فقرة ثانية<br>وسطر</p>"}]`, []string{"tags.json#1"}},
		{"empty.json", `[]`, []string{"!empty.json"}},
		{"broken.json", `[{"text": "نص"`, []string{"!broken.json"}},
		{"notext.json", `{"title":"عنوان فقط"}`, []string{"!notext.json"}},
	}
	for _, tt := range tests {
		items := ReadBytes(tt.name, []byte(tt.in), Options{})
		var got []string
		for _, it := range items {
			f := it.File
			if it.Err != nil {
				f = "!" + f
			}
			got = append(got, f)
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("%s: items %q, want %q", tt.name, got, tt.want)
		}
		if tt.name == "tags.json" && items[0].Article != nil && items[0].Article.Body != "نص الخبر\nفقرة ثانية\nوسطر" {
			t.Errorf("tags.json: body %q, want the text without its tags", items[0].Article.Body)
		}
	}
}

func TestReadJSONL(t *testing.T) {
	items := ReadBytes("articles.jsonl", fixture(t, "articles.jsonl"), Options{})
	want := []struct {
		file, err, source string
	}{
		{"articles.jsonl#1", "", "وات"},
		{"articles.jsonl#3", "line 3 is not a JSON object", ""},
		{"articles.jsonl#4", "line 4 has no text", ""},
		{"articles.jsonl#5", "", "الشروق الجزائرية"},
	}
	if len(items) != len(want) {
		t.Fatalf("got %d items, want %d: %+v", len(items), len(want), items)
	}
	for i, w := range want {
		it := items[i]
		if it.File != w.file || errText(it.Err) != w.err || (it.Article != nil && it.Article.Source != w.source) {
			t.Errorf("item %d = %s %v %+v, want %s %q source %q", i, it.File, it.Err, it.Article, w.file, w.err, w.source)
		}
	}
}

func TestReadCSV(t *testing.T) {
	items := ReadBytes("articles.csv", fixture(t, "articles.csv"), Options{})
	if len(items) != 3 {
		t.Fatalf("got %d items, want 3", len(items))
	}
	if a := items[0].Article; a == nil || a.File != "articles.csv#2" || a.Source != "قنا" || a.Date != "2019-05-06" || !strings.Contains(a.Body, "\n") {
		t.Errorf("row 2 = %+v %v", a, items[0].Err)
	}
	if it := items[1]; it.File != "articles.csv#5" || errText(it.Err) != "row 5 has no text" {
		t.Errorf("row 5 = %s %v, want refused: row 5 has no text", it.File, it.Err)
	}
	if a := items[2].Article; a == nil || a.Source != "هسبريس" || a.Date != "2019-05-07" || a.Author != "يوسف بنعلي" {
		t.Errorf("row 6 = %+v %v", a, items[2].Err)
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// TestReadJSONMany reads an array large enough to be built in parallel:
// every record in its place.
func TestReadJSONMany(t *testing.T) {
	var b strings.Builder
	b.WriteString("[")
	for i := range 300 {
		if i > 0 {
			b.WriteString(",")
		}
		if i%7 == 3 {
			fmt.Fprintf(&b, `{"title": "خبر %d"}`, i+1)
			continue
		}
		fmt.Fprintf(&b, `{"title": "خبر رقم %d", "content": "نص الخبر رقم %d عن الطقس في المدينة.", "source": "sabq", "date": "2015-08-0%d"}`, i+1, i+1, i%9+1)
	}
	b.WriteString("]")
	items := ReadBytes("many.json", []byte(b.String()), Options{})
	if len(items) != 300 {
		t.Fatalf("got %d items, want 300", len(items))
	}
	for i, it := range items {
		file := fmt.Sprintf("many.json#%d", i+1)
		if i%7 == 3 {
			if it.File != file || errText(it.Err) != fmt.Sprintf("record %d has no text", i+1) {
				t.Errorf("item %d = %s %v, want %s refused", i, it.File, it.Err, file)
			}
			continue
		}
		if it.Err != nil || it.File != file || it.Article.Title != fmt.Sprintf("خبر رقم %d", i+1) || it.Article.Source != "سبق" {
			t.Errorf("item %d = %s %v %+v", i, it.File, it.Err, it.Article)
		}
	}
}
