package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"marsad/data"
	"marsad/data/arabic"
)

func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "corpus.marsad"))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func article(title, body, source, date string) *data.Article {
	n := strings.Join(strings.Fields(arabic.Normalize(body)), " ")
	return &data.Article{Title: title, Body: body, Source: source, Date: date, Hash: n, File: title + ".txt",
		Words: len(arabic.Tokens(body))}
}

func TestOpenRefusesOtherFiles(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	t.Run("text file", func(t *testing.T) {
		p := filepath.Join(dir, "notes.txt")
		os.WriteFile(p, []byte("hello, this is not a database at all"), 0o644)
		_, err := Open(ctx, p)
		if !errors.Is(err, data.ErrNotCorpus) {
			t.Fatalf("err = %v, want ErrNotCorpus", err)
		}
		if b, _ := os.ReadFile(p); string(b) != "hello, this is not a database at all" {
			t.Fatal("file was changed")
		}
	})
	t.Run("other sqlite database", func(t *testing.T) {
		p := filepath.Join(dir, "other.db")
		s, err := Open(ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		s.DB().Exec("PRAGMA application_id = 42")
		s.Close()
		if _, err := Open(ctx, p); !errors.Is(err, data.ErrNotCorpus) {
			t.Fatalf("err = %v, want ErrNotCorpus", err)
		}
	})
	t.Run("damaged corpus", func(t *testing.T) {
		p := filepath.Join(dir, "damaged.marsad")
		s, err := Open(ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		var arts []*data.Article
		for i := range 300 {
			arts = append(arts, article("عنوان", strings.Repeat("نص المقال رقم ", 50)+string(rune('ا'+i%20))+strings.Repeat("ب", i), "", ""))
		}
		if _, err := s.AddArticles(ctx, arts); err != nil {
			t.Fatal(err)
		}
		s.Close()
		b, _ := os.ReadFile(p)
		for i := 8192; i < len(b)-4096; i += 4096 {
			copy(b[i+100:i+300], strings.Repeat("\xff", 200))
		}
		os.WriteFile(p, b, 0o644)
		before, _ := os.ReadFile(p)
		if _, err := Open(ctx, p); !errors.Is(err, data.ErrNotCorpus) {
			t.Fatalf("err = %v, want ErrNotCorpus", err)
		}
		if after, _ := os.ReadFile(p); string(after) != string(before) {
			t.Fatal("damaged file was changed")
		}
	})
}

func TestReopenKeepsArticles(t *testing.T) {
	ctx := context.Background()
	p := filepath.Join(t.TempDir(), "c.marsad")
	s, err := Open(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddArticles(ctx, []*data.Article{article("أ", "قال الرئيس إن الحوار مستمر", "الجزيرة", "2016-05-20")}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(ctx, p)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	n, err := s.CountArticles(ctx, ArticleFilter{})
	if err != nil || n != 1 {
		t.Fatalf("CountArticles = %d, %v; want 1", n, err)
	}
}

func TestAddArticlesDedupes(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	a := article("خبر", "أعلنت وزارة الدفاع عن اتفاق جديد", "", "")
	b := article("خبر آخر", "أعلنت وزارة الدفاع عن اتفاق جديد", "", "") // same text
	res, err := s.AddArticles(ctx, []*data.Article{a, b})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Duplicate || !res[1].Duplicate || res[1].ID != res[0].ID {
		t.Fatalf("AddArticles = %+v, want second a duplicate of the first", res)
	}
	res, _ = s.AddArticles(ctx, []*data.Article{article("x", "أعلنت وزارة الدفاع عن اتفاق جديد", "", "")})
	if !res[0].Duplicate {
		t.Fatal("re-adding did not report a duplicate")
	}
}

func TestSearchArabicVariants(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	arts := []*data.Article{
		article("مبادرة السلام", "رحبت الأمم المتحدة بالمبادرة الجديدة للسلام في المنطقة.", "الحياة", "2016-06-01"),
		article("زيارة", "وصل الوزير إلى موسكو للقاء نظيره، وبحث معه ملف الطاقة.", "الشرق الأوسط", "2016-06-02"),
		article("مستشفى", "افتتح مستشفى جديد في المدينة بحضور المسؤولين.", "", ""),
	}
	if _, err := s.AddArticles(ctx, arts); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query string
		want  int64 // article ID expected first; 0 = none
	}{
		{"الامم", arts[0].ID},
		{"للأمم", arts[0].ID},
		{"مبادرة", arts[0].ID},
		{"المبادره", arts[0].ID},
		{"بموسكو", arts[1].ID},
		{"موسكو", arts[1].ID},
		{"المستشفي", arts[2].ID},
		{"والمدينة", arts[2].ID},
		{`"الأمم المتحدة"`, arts[0].ID},
		{`"المتحدة الأمم"`, 0},
		{"موسكو -الطاقة", 0},
		{"موسكو OR مستشفى", arts[1].ID},
		{"بكين", 0},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits, err := s.Search(ctx, tt.query, 10)
			if err != nil {
				t.Fatalf("Search: %v", err)
			}
			if tt.want == 0 {
				if len(hits) != 0 {
					t.Fatalf("got %d hits, want none", len(hits))
				}
				return
			}
			if len(hits) == 0 {
				t.Fatalf("no hits, want article %d", tt.want)
			}
			found := false
			for _, h := range hits {
				found = found || h.ID == tt.want
			}
			if !found {
				t.Fatalf("hits %+v lack article %d", hits, tt.want)
			}
			if !strings.Contains(hits[0].Snippet, "<mark>") {
				t.Errorf("snippet %q has no marked match", hits[0].Snippet)
			}
		})
	}
}

func TestSnippetMarksOriginalLetters(t *testing.T) {
	body := "وقالَ وزيرُ الخارجيّةِ إنّ بلاده ترحب بالمبادرة"
	q, err := ParseQuery("الخارجية")
	if err != nil {
		t.Fatal(err)
	}
	got := Snippet(body, MatchSpans(body, q.Stems), 30)
	if !strings.Contains(got, "<mark>الخارجيّةِ</mark>") {
		t.Errorf("Snippet = %q, want the original word marked", got)
	}
}

func TestMalformedQueries(t *testing.T) {
	s := openTemp(t)
	for _, q := range []string{`"غير مغلق`, "", "   ", "-فقط", "OR", "موسكو OR", "«نص", "؟؟؟", "*", "^"} {
		_, err := s.Search(context.Background(), q, 10)
		if !errors.Is(err, data.ErrInvalid) {
			t.Errorf("Search(%q) err = %v, want ErrInvalid", q, err)
		}
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, q := range []string{"الأمم", `"الأمم المتحدة"`, "a OR b", "-x y", "«نص»", `""`, "NEAR(a b)", "x*"} {
		f.Add(q)
	}
	s, err := Open(context.Background(), filepath.Join(f.TempDir(), "fuzz.marsad"))
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	s.AddArticles(context.Background(), []*data.Article{article("t", "نص تجريبي عن الأمم المتحدة", "", "")})
	f.Fuzz(func(t *testing.T, q string) {
		_, err := s.Search(context.Background(), q, 5)
		if err != nil && !errors.Is(err, data.ErrInvalid) {
			t.Fatalf("Search(%q): %v (a malformed query must be ErrInvalid)", q, err)
		}
	})
}

func TestUpdateArticle(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	a := article("قديم", "نص عن الاقتصاد والتجارة", "", "")
	s.AddArticles(ctx, []*data.Article{a})
	title, date := "عنوان جديد عن الزراعة", "2016-07-01"
	if err := s.UpdateArticle(ctx, a.ID, ArticleEdit{Title: &title, Date: &date}); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Article(ctx, a.ID)
	if got.Title != title || got.Date != date || got.DateOrigin != data.DateUser {
		t.Fatalf("article = %+v", got)
	}
	if hits, _ := s.Search(ctx, "الزراعة", 5); len(hits) != 1 {
		t.Fatalf("new title not searchable")
	}
	bad := "16/7/1"
	if err := s.UpdateArticle(ctx, a.ID, ArticleEdit{Date: &bad}); !errors.Is(err, data.ErrInvalid) {
		t.Fatalf("bad date err = %v", err)
	}
}
