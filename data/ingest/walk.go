package ingest

import (
	"archive/zip"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// job is one unit of reading: a file on disk, an archive member, or an
// item already known (a refusal found while walking).
type job struct {
	file, path string
	member     *zip.File // nil for a file on disk
	budget     *budget
	done       []Item // set when the job needs no reading
	result     chan []Item
}

// Walk reads files, folders (recursively, in name order, hidden files
// left out) and zip archives (recursively, nested ones too) and calls fn
// for each item in a fixed order: the order of paths, then of names in a
// folder, then of members in an archive. Files are read in parallel but
// reported in that order. A bad file never stops it: it comes to fn as an
// item with Err set. Walk stops when ctx is cancelled, returning
// ctx.Err(), or when fn returns an error, returning it.
func Walk(ctx context.Context, paths []string, opts Options, fn func(Item) error) error {
	opts = opts.withDefaults()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := max(1, runtime.GOMAXPROCS(0))
	work := make(chan *job)
	queue := make(chan *job, 2*workers)
	for range workers {
		go func() {
			for j := range work {
				j.result <- j.read(opts)
			}
		}()
	}
	go func() {
		defer close(queue)
		defer close(work)
		e := &enumerator{ctx: ctx, opts: opts, work: work, queue: queue}
		for _, p := range paths {
			if !e.path(p) {
				return
			}
		}
	}()
	var err error
	for j := range queue {
		items := <-j.result
		if err != nil {
			continue // drain what was started
		}
		if err = ctx.Err(); err != nil {
			cancel()
			continue
		}
		for _, it := range items {
			it.Path = j.path
			if err = fn(it); err != nil {
				cancel()
				break
			}
		}
	}
	if err == nil {
		err = ctx.Err()
	}
	return err
}

// read does the job's reading in a worker.
func (j *job) read(opts Options) []Item {
	if j.done != nil {
		return j.done
	}
	if j.member != nil {
		return readMember(j.file, j.member, opts, 0, j.budget)
	}
	content, err := os.ReadFile(j.path)
	if err != nil {
		return refuse(j.file, fmt.Errorf("cannot read the file: %w", unwrapPath(err)))
	}
	return readBytes(j.file, content, opts, 0, nil)
}

// enumerator lists jobs in order, sending each to the workers and to the
// ordered queue.
type enumerator struct {
	ctx   context.Context
	opts  Options
	work  chan<- *job
	queue chan<- *job
}

// emit hands a job to a worker and to the queue; false when cancelled.
func (e *enumerator) emit(j *job) bool {
	j.result = make(chan []Item, 1)
	if j.done != nil {
		j.result <- j.done
		j.done = nil
	} else {
		select {
		case e.work <- j:
		case <-e.ctx.Done():
			return false
		}
	}
	select {
	case e.queue <- j:
		return true
	case <-e.ctx.Done():
		return false
	}
}

func (e *enumerator) refuse(file, path string, err error) bool {
	return e.emit(&job{file: file, path: path, done: refuse(file, err)})
}

// path enumerates one path given by the caller.
func (e *enumerator) path(p string) bool {
	info, err := os.Stat(p)
	if err != nil {
		return e.refuse(filepath.Base(p), p, fmt.Errorf("cannot open: %w", unwrapPath(err)))
	}
	if !info.IsDir() {
		return e.file(p, info)
	}
	ok := true
	walkErr := filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
		if err != nil {
			ok = e.refuse(filepath.Base(q), q, fmt.Errorf("cannot read the folder: %w", unwrapPath(err)))
		} else if q != p && hidden(d.Name()) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		} else if !d.IsDir() {
			info, err := os.Stat(q) // follows links to files
			if err != nil {
				ok = e.refuse(d.Name(), q, fmt.Errorf("cannot open: %w", unwrapPath(err)))
			} else if !info.IsDir() {
				ok = e.file(q, info)
			}
		}
		if !ok {
			return filepath.SkipAll
		}
		return nil
	})
	return ok && walkErr == nil
}

func hidden(name string) bool {
	return strings.HasPrefix(name, ".") || name == "__MACOSX" || name == "Thumbs.db" || name == "desktop.ini"
}

// file enumerates one file on disk; an archive becomes one job per member.
func (e *enumerator) file(p string, info fs.FileInfo) bool {
	name := filepath.Base(p)
	ext := strings.ToLower(filepath.Ext(p))
	switch {
	case !supported(ext):
		return e.refuse(name, p, unsupported(ext))
	case info.Size() == 0:
		return e.refuse(name, p, errEmpty)
	case ext == ".zip":
		return e.archive(name, p)
	case info.Size() > e.opts.MaxFileSize:
		return e.refuse(name, p, fmt.Errorf("file too large (%s; the limit is %s)", size(info.Size()), size(e.opts.MaxFileSize)))
	}
	return e.emit(&job{file: name, path: p})
}

// archive enumerates the members of a zip file on disk. The archive stays
// open until the walk ends.
func (e *enumerator) archive(name, p string) bool {
	zr, err := zip.OpenReader(p)
	if err != nil {
		return e.refuse(name, p, corruptZip(unwrapPath(err)))
	}
	go func() { <-e.ctx.Done(); zr.Close() }()
	b := newBudget(e.opts.MaxArchiveTotal)
	n := 0
	for _, f := range zr.File {
		if skipMember(strings.ReplaceAll(memberName(f), "\\", "/")) || f.Mode().IsDir() {
			continue
		}
		n++
		if !e.emit(&job{file: name, path: p, member: f, budget: b}) {
			return false
		}
	}
	if n == 0 {
		return e.refuse(name, p, errors.New("empty archive (no files to read)"))
	}
	return true
}

// unwrapPath drops the path from an os error: items already name the file.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
