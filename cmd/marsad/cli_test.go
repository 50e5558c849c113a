package main

import (
	"archive/zip"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"marsad/data/sharedtest"
	"marsad/data/store"
)

var marsadBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "marsad-cli")
	if err != nil {
		panic(err)
	}
	marsadBin = filepath.Join(dir, "marsad")
	if runtime.GOOS == "windows" {
		marsadBin += ".exe"
	}
	out, err := exec.Command("go", "build", "-tags", "sqlite_fts5", "-o", marsadBin, ".").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "build marsad: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// marsad runs the built binary and returns its stdout, stderr and exit code.
func marsad(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(marsadBin, args...)
	cmd.Env = append(os.Environ(), "MARSAD_DB=")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run marsad %v: %v", args, err)
	}
	return stdout.String(), stderr.String(), code
}

// sharedDir returns the shared folder beside the repository, or skips the
// test.
func sharedDir(t testing.TB) string {
	t.Helper()
	return sharedtest.Dir(t, "seeds")
}

const fixtureArticle = `وزير الخارجية يبحث مع نظيره ملف المياه
القاهرة - قال وزير الخارجية في مؤتمر صحفي اليوم إن بلاده ترحب بالحوار مع دول الجوار حول تقاسم مياه النهر.
وأضاف أن الاتفاق المقبل يجب أن يحفظ حقوق جميع الأطراف، مشيرا إلى أن المفاوضات ستستأنف الأسبوع المقبل.`

func write(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestImportMixedFolder(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	write(t, filepath.Join(in, "good.txt"), []byte(fixtureArticle))
	write(t, filepath.Join(in, "sub", "good2.txt"), []byte(strings.NewReplacer("المياه", "الكهرباء", "مياه النهر", "الطاقة الكهربائية").Replace(fixtureArticle)))
	write(t, filepath.Join(in, "empty.txt"), nil)
	write(t, filepath.Join(in, "junk.txt"), bytes.Repeat([]byte{0, 1, 2, 0xff, 0xfe, 7}, 200))
	write(t, filepath.Join(in, "broken.zip"), []byte("PK\x03\x04 this is not really a zip"))
	recs := `[{"title":"خبر أول","text":"أعلنت الحكومة عن خطة جديدة لدعم المزارعين في المناطق الريفية.","source":"الحياة","date":"2016-05-20"},
	{"title":"خبر بلا نص","source":"الحياة"}]`
	write(t, filepath.Join(in, "records.json"), []byte(recs))
	db := filepath.Join(dir, "c.marsad")

	out, _, code := marsad(t, "import", "--db", db, in)
	if code != 1 {
		t.Fatalf("exit code %d, want 1; output:\n%s", code, out)
	}
	for _, want := range []string{"imported   good.txt", "good2.txt", "records.json#1", "refused    empty.txt", "refused    junk.txt", "refused    broken.zip", "refused    records.json#2"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	var arts []map[string]any
	js, _, _ := marsad(t, "articles", "--db", db, "--json")
	if err := json.Unmarshal([]byte(js), &arts); err != nil {
		t.Fatalf("articles --json: %v\n%s", err, js)
	}
	if len(arts) != 3 {
		t.Fatalf("corpus holds %d articles, want 3", len(arts))
	}
	for _, k := range []string{"id", "title", "source", "date", "date_origin", "author", "url", "file", "words"} {
		if _, ok := arts[0][k]; !ok {
			t.Errorf("article JSON lacks %q", k)
		}
	}
}

func TestImportDuplicatesAcrossEncodings(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.marsad")
	write(t, filepath.Join(dir, "a", "utf8.txt"), []byte(fixtureArticle))
	cp, err := charmap.Windows1256.NewEncoder().String(fixtureArticle)
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "b", "cp1256.txt"), []byte(strings.ReplaceAll(cp, "\n", "\r\n")))
	if out, _, code := marsad(t, "import", "--db", db, filepath.Join(dir, "a")); code != 0 {
		t.Fatalf("first import: exit %d\n%s", code, out)
	}
	out, _, code := marsad(t, "import", "--db", db, filepath.Join(dir, "b"))
	if code != 0 || !strings.Contains(out, "0 imported, 1 duplicates") {
		t.Fatalf("Windows-1256 copy: exit %d, want a duplicate:\n%s", code, out)
	}
}

func TestSeedsImportOnceAndSearch(t *testing.T) {
	seeds := filepath.Join(sharedDir(t), "seeds")
	db := filepath.Join(t.TempDir(), "c.marsad")
	// the folder's README is not an article: it is refused by name
	out, _, _ := marsad(t, "import", "--db", db, seeds)
	if !strings.Contains(out, "5 imported, 0 duplicates") {
		t.Fatalf("first import:\n%s", out)
	}
	seedFiles, _ := filepath.Glob(filepath.Join(seeds, "*.txt"))
	out, _, code := marsad(t, append([]string{"import", "--db", db}, seedFiles...)...)
	if code != 0 || !strings.Contains(out, "0 imported, 5 duplicates, 0 refused") {
		t.Fatalf("second import: exit %d\n%s", code, out)
	}
	for _, q := range []string{"البنتاغون", "لافروف", `"وزير الخارجية"`} {
		js, errOut, code := marsad(t, "search", "--db", db, "--json", q)
		var hits []map[string]any
		if code != 0 || json.Unmarshal([]byte(js), &hits) != nil || len(hits) == 0 {
			t.Errorf("search %q: exit %d, %d hits\n%s%s", q, code, len(hits), js, errOut)
		}
	}
}

func TestSearchMalformedQuery(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.marsad")
	_, errOut, code := marsad(t, "search", "--db", db, `"غير مغلق`)
	if code != 1 || !strings.Contains(errOut, "not closed") {
		t.Fatalf("exit %d, stderr %q; want a clear error", code, errOut)
	}
}

func TestRefusesNonCorpus(t *testing.T) {
	p := filepath.Join(t.TempDir(), "notes.txt")
	write(t, p, []byte("just some notes"))
	_, errOut, code := marsad(t, "articles", "--db", p)
	if code == 0 || !strings.Contains(errOut, "not an SQLite database") {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if b, _ := os.ReadFile(p); string(b) != "just some notes" {
		t.Fatal("the file was changed")
	}
}

func TestExport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.marsad")
	write(t, filepath.Join(dir, "in", "a.txt"), []byte(fixtureArticle))
	marsad(t, "import", "--db", db, filepath.Join(dir, "in"))
	for _, format := range []string{"json", "csv"} {
		out := filepath.Join(dir, "out-"+format)
		if _, e, code := marsad(t, "export", "--db", db, "--format", format, "--out", out); code != 0 {
			t.Fatalf("export %s: exit %d: %s", format, code, e)
		}
		b, err := os.ReadFile(filepath.Join(out, "articles."+format))
		if err != nil || !bytes.Contains(b, []byte("تقاسم مياه النهر")) {
			t.Fatalf("export %s lacks the text: %v", format, err)
		}
	}
}

// randomArticles writes a zip with n articles as JSON lines, each with its
// own text built from a word list.
func randomArticles(t *testing.T, path string, n int) {
	words := strings.Fields("قال أكد الوزير الرئيس الحكومة المجلس الاتفاق الحوار المياه النفط الأمن الاقتصاد المنطقة الدولة الشعب التعاون الانتخابات البرلمان العاصمة المدينة الجيش السلام الأزمة الخطة المشروع الطاقة التجارة الصحة التعليم")
	rng := rand.New(rand.NewSource(1))
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("big.jsonl")
	enc := json.NewEncoder(w)
	for i := range n {
		var b strings.Builder
		for j := range 120 {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[rng.Intn(len(words))])
		}
		fmt.Fprintf(&b, " رقم %d.", i)
		enc.Encode(map[string]string{"title": fmt.Sprintf("خبر %d", i), "text": b.String(), "source": "الحياة", "date": "2016-05-01"})
	}
	zw.Close()
	write(t, path, buf.Bytes())
}

func TestImportKilledMidwayCompletes(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	dir := t.TempDir()
	archive := filepath.Join(dir, "big.zip")
	const n = 6000
	randomArticles(t, archive, n)
	db := filepath.Join(dir, "c.marsad")

	cmd := exec.Command(marsadBin, "import", "--quiet", "--db", db, archive)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// kill -9 once some batches are in
	deadline := time.Now().Add(60 * time.Second)
	for count(t, db) < 1000 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	got := count(t, db)
	if got == 0 || got >= n {
		t.Fatalf("killed import left %d articles; want it stopped halfway", got)
	}
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	if res, err := st.IntegrityCheck(context.Background()); err != nil || res != "ok" {
		t.Fatalf("integrity_check = %q, %v", res, err)
	}
	st.Close()

	out, _, code := marsad(t, "import", "--quiet", "--db", db, archive)
	if code != 0 {
		t.Fatalf("re-run: exit %d\n%s", code, out)
	}
	want := fmt.Sprintf("%d imported, %d duplicates, 0 refused", n-got, got)
	if !strings.Contains(out, want) {
		t.Fatalf("re-run report %q, want %q", out, want)
	}
	if c := count(t, db); c != n {
		t.Fatalf("corpus holds %d articles after the re-run, want %d", c, n)
	}
}

// count reads the number of articles straight from the file, as another
// process would.
func count(t *testing.T, db string) int {
	t.Helper()
	if _, err := os.Stat(db); err != nil {
		return 0
	}
	d, err := sql.Open("sqlite3", "file:"+db+"?mode=ro&_busy_timeout=5000")
	if err != nil {
		return 0
	}
	defer d.Close()
	var n int
	if err := d.QueryRow("SELECT count(*) FROM articles").Scan(&n); err != nil {
		return 0
	}
	return n
}

func TestGUIWithoutDisplay(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("display variables are an X11/Wayland matter")
	}
	cmd := exec.Command(marsadBin, "--db", filepath.Join(t.TempDir(), "c.marsad"))
	cmd.Env = []string{"HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}
	out, err := cmd.CombinedOutput()
	ee, ok := err.(*exec.ExitError)
	if !ok || ee.ExitCode() != 1 || !strings.Contains(string(out), "no display") || strings.Contains(string(out), "panic") {
		t.Fatalf("marsad without a display: %v\n%s", err, out)
	}
}
