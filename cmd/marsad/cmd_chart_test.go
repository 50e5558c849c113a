package main

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"marsad/data"
	"marsad/data/store"
)

// analysedCorpus writes a corpus with articles from two outlets over
// several weeks and statements by three actors, as the analysis stores them.
func analysedCorpus(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "chart.marsad")
	st, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.AddTopic(ctx, "التنسيق العسكري", []string{"تنسيق"}); err != nil {
		t.Fatal(err)
	}
	actors := []store.ActorRow{{Key: "lavrov", Name: "سيرغي لافروف"}, {Key: "kerry", Name: "جون كيري"},
		{Key: "pentagon", Name: "البنتاغون"}}
	stances := []string{"support", "oppose", "conditional", "neutral"}
	var results []store.ArticleAnalysis
	for i := 0; i < 12; i++ {
		body := fmt.Sprintf("قال المتحدث في اليوم %d إن التنسيق مع موسكو ممكن بشروط.", i)
		art := &data.Article{Title: fmt.Sprintf("خبر %d", i), Body: body, Hash: fmt.Sprintf("h%d", i),
			Source: []string{"الجزيرة", "الشرق الأوسط"}[i%2], Date: fmt.Sprintf("2016-05-%02d", 2+i*2),
			File: fmt.Sprintf("a%d.txt", i)}
		added, err := st.AddArticles(ctx, []*data.Article{art})
		if err != nil {
			t.Fatal(err)
		}
		a := actors[i%3]
		results = append(results, store.ArticleAnalysis{ArticleID: added[0].ID, Actors: []store.ActorRow{a},
			Mentions: []store.MentionRow{{ActorKey: a.Key, AliasKey: a.Key, Start: 0, End: 6}},
			Statements: []store.StatementRow{{SpeakerKey: a.Key, AliasKey: a.Key, Topic: "التنسيق العسكري",
				Stance: stances[i%4], SentEnd: len(body), End: len(body)}}})
	}
	if err := st.WriteAnalysis(ctx, results); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestChartWritesEveryKind(t *testing.T) {
	db := analysedCorpus(t)
	dir := t.TempDir()
	for _, kind := range []string{"stance-by-actor", "stance-over-time", "stance-heatmap", "mentions-over-time", "source-actor"} {
		out := filepath.Join(dir, kind+".png")
		stdout, stderr, code := marsad(t, "chart", "--db", db, "--kind", kind, "--out", out,
			"--width", "640", "--height", "400", "--scale", "2")
		if code != 0 {
			t.Fatalf("chart %s: exit %d\n%s%s", kind, code, stdout, stderr)
		}
		f, err := os.Open(out)
		if err != nil {
			t.Fatal(err)
		}
		cfg, err := png.DecodeConfig(f)
		f.Close()
		if err != nil || cfg.Width != 1280 || cfg.Height != 800 {
			t.Errorf("%s: png %dx%d (%v), want 1280×800", kind, cfg.Width, cfg.Height, err)
		}
	}
	for _, ext := range []string{"svg", "html"} {
		out := filepath.Join(dir, "chart."+ext)
		if _, stderr, code := marsad(t, "chart", "--db", db, "--kind", "stance-by-actor", "--out", out,
			"--period", "month", "--source", "الجزيرة", "--text-as-paths"); code != 0 {
			t.Fatalf("chart .%s: exit %d\n%s", ext, code, stderr)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if ext == "svg" && (!strings.HasPrefix(string(b), "<svg") || strings.Contains(string(b), "<text")) {
			t.Errorf("svg output is not an SVG with text as paths")
		}
		if ext == "html" && !strings.Contains(string(b), "سيرغي لافروف") {
			t.Errorf("html output lacks the actor's name")
		}
	}
}

func TestChartRefusesBadArguments(t *testing.T) {
	db := analysedCorpus(t)
	out := filepath.Join(t.TempDir(), "x.png")
	for _, args := range [][]string{
		{"--kind", "pie", "--out", out},
		{"--kind", "stance-by-actor", "--out", filepath.Join(t.TempDir(), "x.jpg")},
	} {
		if _, _, code := marsad(t, append([]string{"chart", "--db", db}, args...)...); code != 2 {
			t.Errorf("chart %v: exit %d, want 2", args, code)
		}
	}
	if _, stderr, code := marsad(t, "chart", "--db", db, "--kind", "stance-by-actor", "--out", out,
		"--topic", "غير موجود"); code != 1 || !strings.Contains(stderr, "no statements") {
		t.Errorf("empty chart: exit %d, stderr %q; want 1 and a clear message", code, stderr)
	}
}

func TestChartFromSeeds(t *testing.T) {
	const seeds = "../../../shared/seeds"
	if _, err := os.Stat(seeds); err != nil {
		t.Skip("seed articles not available")
	}
	db := filepath.Join(t.TempDir(), "seeds.marsad")
	if _, stderr, code := marsad(t, "import", "--db", db, "--quiet", seeds); code > 1 {
		t.Fatalf("import: exit %d\n%s", code, stderr)
	}
	if _, stderr, code := marsad(t, "topic", "add", "--db", db, "التعاون العسكري",
		"تعاون", "تنسيق", "غارات مشتركة", "ضربات مشتركة", "شراكة"); code != 0 {
		t.Fatalf("topic add: exit %d\n%s", code, stderr)
	}
	dir := t.TempDir()
	for _, kind := range []string{"stance-by-actor", "stance-over-time", "stance-heatmap", "mentions-over-time", "source-actor"} {
		for _, ext := range []string{"png", "svg", "html"} {
			out := filepath.Join(dir, kind+"."+ext)
			if _, stderr, code := marsad(t, "chart", "--db", db, "--kind", kind, "--out", out, "--period", "month"); code != 0 {
				t.Fatalf("chart %s.%s: exit %d\n%s", kind, ext, code, stderr)
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if ext == "png" {
				if _, err := png.Decode(bytes.NewReader(b)); err != nil {
					t.Errorf("%s.png: %v", kind, err)
				}
				continue
			}
			want := "سيرغي" // the Russian ministers quoted in the seeds
			if kind == "mentions-over-time" {
				want = "روسيا" // the most mentioned actor
			}
			if !strings.Contains(string(b), want) {
				t.Errorf("%s.%s does not name %s", kind, ext, want)
			}
		}
	}
}
