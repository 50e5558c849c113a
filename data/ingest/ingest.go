package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"path"
	"strings"

	"marsad/data"
)

// Item is one article read, or one file (or record) refused.
type Item struct {
	File    string        // base name, "archive.zip:dir/member.txt", or "file.json#N"
	Path    string        // the path on disk it came from (the archive for members)
	Article *data.Article // nil when refused
	Err     error         // why it was refused, in words a researcher understands
}

// Options limit what Walk and ReadBytes read. Zero values mean the
// defaults.
type Options struct {
	Outlets         *Outlets // outlets to match sources against; nil = DefaultOutlets
	MaxFileSize     int64    // largest file or archive member read, in bytes
	MaxArchiveTotal int64    // most bytes unpacked from one archive, nested ones included
	MaxArchiveDepth int      // deepest nesting of archives
}

// Default limits.
const (
	DefaultMaxFileSize     = 256 << 20
	DefaultMaxArchiveTotal = 4 << 30
	DefaultMaxArchiveDepth = 4
	maxCompressionRatio    = 200 // unpacked : packed, for members over 1 MB
)

func (o Options) withDefaults() Options {
	if o.Outlets == nil {
		o.Outlets = sharedOutlets()
	}
	if o.MaxFileSize <= 0 {
		o.MaxFileSize = DefaultMaxFileSize
	}
	if o.MaxArchiveTotal <= 0 {
		o.MaxArchiveTotal = DefaultMaxArchiveTotal
	}
	if o.MaxArchiveDepth <= 0 {
		o.MaxArchiveDepth = DefaultMaxArchiveDepth
	}
	return o
}

// sharedOutlets is the shipped list, read-only, for callers that gave none.
func sharedOutlets() *Outlets {
	o, err := defaultOutlets()
	if err != nil {
		panic(err)
	}
	return o
}

// ReadBytes reads one file's content as if it were on disk under name:
// the extension chooses the reader. It returns one item for a text, web
// page or Word file, one per record for JSON, JSON Lines and CSV, and one
// per member for a zip archive. It never fails: what it cannot read comes
// back as an item with Err set.
func ReadBytes(name string, content []byte, opts Options) []Item {
	opts = opts.withDefaults()
	return readBytes(name, content, opts, 0, nil)
}

// readBytes reads content found at the given archive depth; left is what
// the enclosing archive may still unpack, nil outside one.
func readBytes(name string, content []byte, opts Options, depth int, left *int64) []Item {
	ext := strings.ToLower(path.Ext(name))
	if !supported(ext) {
		return refuse(name, unsupported(ext))
	}
	if int64(len(content)) > opts.MaxFileSize && ext != ".zip" {
		return refuse(name, fmt.Errorf("file too large (%s; the limit is %s)", size(int64(len(content))), size(opts.MaxFileSize)))
	}
	if len(content) == 0 {
		return refuse(name, errEmpty)
	}
	var read func(string, []byte, *Outlets) (*data.Article, error)
	switch ext {
	case ".txt", ".text":
		read = readText
	case ".html", ".htm", ".xhtml":
		read = readHTML
	case ".docx":
		read = readDocx
	case ".json":
		return readJSON(name, content, opts.Outlets)
	case ".jsonl", ".ndjson":
		return readJSONL(name, content, opts.Outlets)
	case ".csv", ".tsv":
		return readCSV(name, content, opts.Outlets)
	case ".zip":
		if left == nil {
			total := opts.MaxArchiveTotal
			left = &total
		}
		return readZipBytes(name, content, opts, depth, left)
	}
	a, err := read(name, content, opts.Outlets)
	return one(name, a, err)
}

func supported(ext string) bool {
	switch ext {
	case ".txt", ".text", ".html", ".htm", ".xhtml", ".docx", ".json", ".jsonl", ".ndjson", ".csv", ".tsv", ".zip":
		return true
	}
	return false
}

func unsupported(ext string) error {
	if ext == "" {
		return fmt.Errorf("not a supported file type (no extension)")
	}
	return fmt.Errorf("not a supported file type (%s)", ext)
}

func one(name string, a *data.Article, err error) []Item {
	if err != nil {
		return refuse(name, err)
	}
	return []Item{{File: name, Article: a}}
}

func refuse(name string, err error) []Item { return []Item{{File: name, Err: err}} }

// size writes a byte count for people.
func size(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// readText reads a plain-text article.
func readText(name string, content []byte, outlets *Outlets) (*data.Article, error) {
	if err := otherFormat(content); err != nil {
		return nil, err
	}
	text, _, err := Decode(content)
	if err != nil {
		return nil, err
	}
	a, err := build(name, meta{}, text, outlets)
	if err == errNoText {
		return nil, fmt.Errorf("no text (only page furniture or blank lines)")
	}
	return a, err
}

// otherFormat refuses documents of another format saved under a text
// name: RTF, PDF, old Word, zip-based Office files.
func otherFormat(b []byte) error {
	switch {
	case bytes.HasPrefix(b, []byte(`{\rtf`)):
		return errors.New("an RTF document, not plain text (save it as .docx or .txt)")
	case bytes.HasPrefix(b, []byte("%PDF-")):
		return errors.New("a PDF document, not plain text (PDF is not supported)")
	case bytes.HasPrefix(b, []byte{0xD0, 0xCF, 0x11, 0xE0}):
		return errors.New("an old Word (.doc) document, not plain text (save it as .docx)")
	case bytes.HasPrefix(b, []byte("PK\x03\x04")):
		return errors.New("a zip-based document (.docx, .zip), not plain text")
	}
	return nil
}
