package analyze

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"marsad/data"
)

// sharedDir returns the shared reference directory, or skips the test.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("MARSAD_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared directory %s absent", dir)
	}
	return dir
}

// readSeed reads a seed article: its first line is the title.
func readSeed(t testing.TB, path string) *data.Article {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	title, body, _ := strings.Cut(strings.TrimLeft(string(b), "\ufeff\n "), "\n")
	return &data.Article{Title: strings.TrimSpace(title), Body: body, File: filepath.Base(path)}
}

func seedFiles(t testing.TB) []string {
	dir := sharedDir(t)
	files, _ := filepath.Glob(filepath.Join(dir, "seeds", "0*.txt"))
	if len(files) == 0 {
		t.Skip("no seeds")
	}
	return files
}

// seedTopic is the topic the seeds are about.
var seedTopic = Topic{Name: "التعاون العسكري الأمريكي الروسي", Keywords: []string{
	"تعاون", "تنسيق", "غارات مشتركة", "ضربات مشتركة", "شراكة عسكرية", "أعمال مشتركة", "عمليات مشتركة", "عملية مشتركة",
}}

func TestSeedsDump(t *testing.T) {
	if os.Getenv("MARSAD_DUMP") == "" {
		t.Skip("set MARSAD_DUMP=1 to print the analysis of the seeds")
	}
	lx, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	a := New(lx, []Topic{seedTopic})
	for _, f := range seedFiles(t) {
		art := readSeed(t, f)
		r := a.Article(art)
		t.Logf("==== %s", filepath.Base(f))
		for _, m := range r.Mentions {
			txt := art.Body
			if m.InTitle {
				txt = art.Title
			}
			t.Logf("M %-12s %-30s | %s [%s] %s", m.Rule, txt[m.Start:m.End], m.Name, m.Kind, m.Affiliation)
		}
		for _, s := range r.Statements {
			var cues []string
			for _, c := range s.Cues {
				neg := ""
				if c.Negated {
					neg = "!"
				}
				cues = append(cues, neg+c.Class+":"+c.Text)
			}
			txt := art.Body
			if s.InTitle {
				txt = art.Title
			}
			seg := txt[s.Start:s.End]
			if r := []rune(seg); len(r) > 70 {
				seg = string(r[:70])
			}
			t.Logf("S %-14s %-20s %-12s %.2f %v | %s", s.Pattern, s.Speaker, s.Stance, s.Confidence, cues, seg)
		}
		for _, p := range r.ProposedMerges {
			t.Logf("P %s ~ %s", p.Surface, p.ActorKey)
		}
	}
}
