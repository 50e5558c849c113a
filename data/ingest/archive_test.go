package ingest

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"errors"
	"hash/crc32"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// zipOf builds a zip archive of the given members, in order.
func zipOf(t testing.TB, members ...[2]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, m := range members {
		f, err := w.Create(m[0])
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte(m[1]))
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// docxOf builds a minimal Word file.
func docxOf(t testing.TB, paras []string, title, creator, created string) []byte {
	t.Helper()
	var doc strings.Builder
	doc.WriteString(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`)
	for _, p := range paras {
		doc.WriteString(`<w:p><w:r><w:t xml:space="preserve">` + p + `</w:t></w:r></w:p>`)
	}
	doc.WriteString(`</w:body></w:document>`)
	core := `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>` +
		title + `</dc:title><dc:creator>` + creator + `</dc:creator><dcterms:created>` + created + `</dcterms:created></cp:coreProperties>`
	return zipOf(t, [2]string{"[Content_Types].xml", "<Types/>"}, [2]string{"word/document.xml", doc.String()}, [2]string{"docProps/core.xml", core})
}

func TestReadDocx(t *testing.T) {
	content := docxOf(t, []string{"وزراء الزراعة العرب يبحثون ندرة المياه", "اجتمع وزراء الزراعة العرب في الرباط لبحث سبل مواجهة ندرة المياه وتراجع المحاصيل.", "وأكد البيان الختامي أهمية الاستثمار في تحلية المياه."},
		"وزراء الزراعة العرب يبحثون ندرة المياه", "هدى المراكشي", "2020-02-17T10:00:00Z")
	a := readOne(t, "report.docx", content)
	if a.Title != "وزراء الزراعة العرب يبحثون ندرة المياه" || a.Author != "هدى المراكشي" || a.Date != "2020-02-17" || a.DateOrigin != "metadata" {
		t.Errorf("docx = %q %q %q %s", a.Title, a.Author, a.Date, a.DateOrigin)
	}
	if strings.HasPrefix(a.Body, "وزراء") || !strings.Contains(a.Body, "\nوأكد البيان") {
		t.Errorf("body = %q, want the paragraphs after the title, one per line", a.Body)
	}
	if items := ReadBytes("broken.docx", []byte("PK\x03\x04 not really"), Options{}); items[0].Err == nil {
		t.Errorf("a broken docx was read")
	}
}

func deflated(t testing.TB, data []byte) []byte {
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.BestCompression)
	w.Write(data)
	w.Close()
	return buf.Bytes()
}

// lyingZip has one member whose header claims 100 bytes but which
// unpacks to n zero bytes.
func lyingZip(t testing.TB, name string, n int) []byte {
	data := make([]byte, n)
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	f, err := w.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate, CRC32: crc32.ChecksumIEEE(data),
		CompressedSize64: uint64(len(deflated(t, data))), UncompressedSize64: 100})
	if err != nil {
		t.Fatal(err)
	}
	f.Write(deflated(t, data))
	w.Close()
	return buf.Bytes()
}

func TestZipGuards(t *testing.T) {
	good := string(fixture(t, "no_headline.txt"))
	nested := zipOf(t, [2]string{"inner.txt", good})
	for range 5 {
		nested = zipOf(t, [2]string{"deeper.zip", string(nested)})
	}
	tests := []struct {
		name    string
		archive []byte
		opts    Options
		want    []string // file and the start of its error, "" for an article
	}{
		{"bomb", zipOf(t, [2]string{"zeros.txt", string(make([]byte, 4<<20))}), Options{},
			[]string{"bomb.zip:zeros.txt suspicious compression ratio"}},
		{"liar", lyingZip(t, "liar.txt", 3<<20), Options{}, []string{"liar.zip:liar.txt corrupt zip"}},
		{"traversal", zipOf(t, [2]string{"../../etc/passwd.txt", good}, [2]string{"/abs.txt", good}, [2]string{"ok/x.txt", good}), Options{},
			[]string{"traversal.zip:../../etc/passwd.txt unsafe path", "traversal.zip:/abs.txt unsafe path", "traversal.zip:ok/x.txt "}},
		{"deep", nested, Options{}, []string{"deep.zip:deeper.zip:deeper.zip:deeper.zip:deeper.zip archive nested too deep"}},
		{"member size", zipOf(t, [2]string{"a.txt", good}), Options{MaxFileSize: 100}, []string{"member size.zip:a.txt file too large"}},
		{"total", zipOf(t, [2]string{"a.txt", good}, [2]string{"b.txt", good}, [2]string{"c.txt", good}), Options{MaxArchiveTotal: int64(2*len(good) + 10)},
			[]string{"total.zip:a.txt ", "total.zip:b.txt ", "total.zip:c.txt archive too large"}},
		{"skipped", zipOf(t, [2]string{"__MACOSX/._a.txt", "x"}, [2]string{".DS_Store", "x"}, [2]string{"dir/", ""}, [2]string{"a.txt", good}), Options{},
			[]string{"skipped.zip:a.txt "}},
		{"types", zipOf(t, [2]string{"prog.exe", "MZ"}, [2]string{"empty.txt", ""}), Options{},
			[]string{"types.zip:prog.exe not a supported file type (.exe)", "types.zip:empty.txt empty file"}},
		{"corrupt", []byte("PK\x03\x04garbage that is not a zip"), Options{}, []string{"corrupt.zip corrupt zip"}},
	}
	for _, tt := range tests {
		items := ReadBytes(tt.name+".zip", tt.archive, tt.opts)
		var got []string
		for _, it := range items {
			got = append(got, it.File+" "+errText(it.Err))
		}
		if len(got) != len(tt.want) {
			t.Errorf("%s: items %q, want %q", tt.name, got, tt.want)
			continue
		}
		for i := range got {
			if !strings.HasPrefix(got[i], tt.want[i]) || (strings.HasSuffix(tt.want[i], " ") && items[i].Err != nil) {
				t.Errorf("%s: item %d = %q, want %q", tt.name, i, got[i], tt.want[i])
			}
		}
	}
}

// TestWalkMixedFolder: every good file comes through, each bad one is
// refused by name with a reason, in name order.
func TestWalkMixedFolder(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a_article.txt", fixture(t, "article.txt"))
	write("b_page.html", fixture(t, "article.html"))
	write("c_records.json", fixture(t, "articles.json"))
	write("d_empty.txt", nil)
	write("e_binary.txt", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00"))
	write("f_corrupt.zip", []byte("PK\x03\x04 this archive was cut short"))
	write("g_bundle.zip", zipOf(t, [2]string{"inner/no_headline.txt", string(fixture(t, "no_headline.txt"))}, [2]string{"inner/rows.csv", string(fixture(t, "articles.csv"))}))
	write("h_tool.exe", []byte("MZ\x90\x00"))
	write(".hidden.txt", []byte("مخفي"))
	write("sub/i_nested.jsonl", fixture(t, "articles.jsonl"))

	var got []string
	for _, it := range walkAll(t, Options{}, dir) {
		got = append(got, it.File+" "+errText(it.Err))
		if it.Article != nil && it.Article.File != it.File {
			t.Errorf("article file %q under item %q", it.Article.File, it.File)
		}
		archive, _, _ := strings.Cut(strings.SplitN(it.File, "#", 2)[0], ":")
		if filepath.Base(it.Path) != archive {
			t.Errorf("item %q has path %q", it.File, it.Path)
		}
	}
	for range 3 { // parallel reading, same order every time
		var again []string
		for _, it := range walkAll(t, Options{}, dir) {
			again = append(again, it.File+" "+errText(it.Err))
		}
		if strings.Join(again, "\n") != strings.Join(got, "\n") {
			t.Fatalf("a second walk gave another order:\n%s", strings.Join(again, "\n"))
		}
	}
	want := []string{
		"a_article.txt ", "b_page.html ", "c_records.json#1 ", "c_records.json#2 record 2 has no text", "c_records.json#3 ",
		"d_empty.txt empty file", "e_binary.txt binary data, not text", "f_corrupt.zip corrupt zip: not a valid zip file",
		"g_bundle.zip:inner/no_headline.txt ", "g_bundle.zip:inner/rows.csv#2 ", "g_bundle.zip:inner/rows.csv#5 row 5 has no text",
		"g_bundle.zip:inner/rows.csv#6 ", "h_tool.exe not a supported file type (.exe)",
		"i_nested.jsonl#1 ", "i_nested.jsonl#3 line 3 is not a JSON object", "i_nested.jsonl#4 line 4 has no text", "i_nested.jsonl#5 ",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestWalkStops(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.txt", "c.txt", "d.txt"} {
		os.WriteFile(filepath.Join(dir, n), fixture(t, "no_headline.txt"), 0o644)
	}
	stop := errors.New("stop")
	seen := 0
	err := Walk(context.Background(), []string{dir}, Options{}, func(Item) error {
		seen++
		if seen == 2 {
			return stop
		}
		return nil
	})
	if err != stop || seen != 2 {
		t.Errorf("Walk = %v after %d items, want stop after 2", err, seen)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Walk(ctx, []string{dir}, Options{}, func(Item) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("Walk on a cancelled context = %v", err)
	}
	items := walkAll(t, Options{}, filepath.Join(dir, "missing.txt"))
	if len(items) != 1 || items[0].Err == nil || items[0].File != "missing.txt" {
		t.Errorf("missing path: %+v", items)
	}
}
