package ingest

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// budget is what is left to unpack from one archive and the ones nested
// in it; workers share it.
type budget struct{ left atomic.Int64 }

func newBudget(n int64) *budget {
	b := &budget{}
	b.left.Store(n)
	return b
}

// take reserves n bytes and reports whether they were left.
func (b *budget) take(n int64) bool {
	if b.left.Add(-n) < 0 {
		b.left.Add(n)
		return false
	}
	return true
}

// readZipBytes reads an archive held in memory, member by member.
func readZipBytes(name string, content []byte, opts Options, depth int, left *int64) []Item {
	zr, err := zip.NewReader(bytes.NewReader(content), int64(len(content)))
	if err != nil {
		return refuse(name, corruptZip(err))
	}
	b := newBudget(*left)
	var items []Item
	for _, f := range zr.File {
		items = append(items, readMember(name, f, opts, depth, b)...)
	}
	*left = b.left.Load()
	if len(items) == 0 {
		return refuse(name, errors.New("empty archive (no files to read)"))
	}
	return items
}

// corruptZip wraps an archive/zip error for people: "corrupt zip: not a
// valid zip file".
func corruptZip(err error) error { return zipError{err} }

type zipError struct{ err error }

func (e zipError) Error() string { return "corrupt zip: " + strings.TrimPrefix(e.err.Error(), "zip: ") }
func (e zipError) Unwrap() error { return e.err }

// memberName returns the member's name, decoding legacy (non-UTF-8)
// names as Windows-1256.
func memberName(f *zip.File) string {
	if utf8.ValidString(f.Name) {
		return f.Name
	}
	if s, err := charmap.Windows1256.NewDecoder().String(f.Name); err == nil {
		return s
	}
	return strings.ToValidUTF8(f.Name, "?")
}

// skipMember reports members that are not files a researcher put there:
// folders, macOS resource forks and hidden files.
func skipMember(name string) bool {
	if strings.HasSuffix(name, "/") {
		return true
	}
	for _, part := range strings.Split(name, "/") {
		if part == "__MACOSX" || (strings.HasPrefix(part, ".") && part != "." && part != "..") {
			return true
		}
	}
	base := path.Base(name)
	return base == "Thumbs.db" || base == "desktop.ini"
}

// unsafePath reports member names that would escape a folder if
// unpacked: absolute paths, drive letters and .. segments.
func unsafePath(name string) bool {
	n := strings.ReplaceAll(name, "\\", "/")
	if strings.HasPrefix(n, "/") || (len(n) >= 2 && n[1] == ':') {
		return true
	}
	for _, part := range strings.Split(n, "/") {
		if part == ".." {
			return true
		}
	}
	return false
}

// readMember reads one archive member under the archive's limits and
// returns its items; a nested archive is read in turn.
func readMember(archive string, f *zip.File, opts Options, depth int, b *budget) []Item {
	name := memberName(f)
	if skipMember(strings.ReplaceAll(name, "\\", "/")) || f.Mode().IsDir() {
		return nil
	}
	file := archive + ":" + name
	content, err := memberContent(f, name, opts, depth, b)
	if err != nil {
		return refuse(file, err)
	}
	if strings.EqualFold(path.Ext(name), ".zip") {
		left := b.left.Load()
		items := readZipBytes(file, content, opts, depth+1, &left)
		b.left.Store(left)
		return items
	}
	return readBytes(file, content, opts, depth+1, nil)
}

// memberContent unpacks a member after checking its name, type, size,
// compression ratio and nesting depth.
func memberContent(f *zip.File, name string, opts Options, depth int, b *budget) ([]byte, error) {
	ext := strings.ToLower(path.Ext(name))
	switch {
	case unsafePath(name):
		return nil, fmt.Errorf("unsafe path in archive (%s)", name)
	case f.Mode().Type() != 0:
		return nil, errors.New("not a regular file (a link or device in the archive)")
	case f.Flags&0x1 != 0:
		return nil, errors.New("encrypted in the archive (password-protected zip)")
	case !supported(ext):
		return nil, unsupported(ext)
	case ext == ".zip" && depth+1 >= opts.MaxArchiveDepth:
		return nil, fmt.Errorf("archive nested too deep (more than %d levels)", opts.MaxArchiveDepth)
	case f.UncompressedSize64 > uint64(opts.MaxFileSize):
		return nil, fmt.Errorf("file too large (%s; the limit is %s)", size(int64(f.UncompressedSize64)), size(opts.MaxFileSize))
	case f.UncompressedSize64 > 1<<20 && f.UncompressedSize64 > f.CompressedSize64*maxCompressionRatio:
		return nil, fmt.Errorf("suspicious compression ratio (%d:1), not unpacked", f.UncompressedSize64/max(f.CompressedSize64, 1))
	}
	limit := min(opts.MaxFileSize, max(1<<20, int64(f.CompressedSize64)*maxCompressionRatio))
	if !b.take(int64(f.UncompressedSize64)) {
		return nil, fmt.Errorf("archive too large when unpacked (the limit is %s)", size(opts.MaxArchiveTotal))
	}
	rc, err := f.Open()
	if err != nil {
		return nil, corruptZip(err)
	}
	defer rc.Close()
	content, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if err != nil {
		return nil, corruptZip(err)
	}
	if int64(len(content)) > limit {
		return nil, fmt.Errorf("unpacks to more than its header says (%s), not read", size(limit))
	}
	if extra := int64(len(content)) - int64(f.UncompressedSize64); extra > 0 && !b.take(extra) {
		return nil, fmt.Errorf("archive too large when unpacked (the limit is %s)", size(opts.MaxArchiveTotal))
	}
	return content, nil
}
