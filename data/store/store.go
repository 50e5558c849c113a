// Package store keeps a Marsad corpus in one SQLite file: articles and
// their full-text index, and the tables of the analysis and of stories.
//
// The store is opened with WAL, foreign keys and a busy timeout; writes go
// through one connection, reads through a pool. Migrations are embedded,
// numbered .sql files, each applied in its own transaction.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"

	_ "github.com/mattn/go-sqlite3" // SQLite driver, built with the sqlite_fts5 tag

	"marsad/data"
)

// applicationID marks a SQLite file as a Marsad corpus ("MRSD").
const applicationID = 0x4D525344

// Store is an open corpus.
type Store struct {
	path string
	w    *sql.DB // one connection: every write
	r    *sql.DB // a pool of read-only connections
}

// Open opens the corpus at path, creating it (and its directory) when it
// does not exist, and brings its schema up to date. A file that is not a
// Marsad corpus, or a damaged one, is refused with data.ErrNotCorpus and
// left untouched.
func Open(ctx context.Context, path string) (*Store, error) {
	if err := checkFile(path); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("create corpus folder: %w", err)
	}
	w, err := sql.Open("sqlite3", dsn(path, false))
	if err != nil {
		return nil, fmt.Errorf("open corpus: %w", err)
	}
	w.SetMaxOpenConns(1)
	s := &Store{path: path, w: w}
	if err := s.prepare(ctx); err != nil {
		w.Close()
		return nil, err
	}
	r, err := sql.Open("sqlite3", dsn(path, true))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open corpus: %w", err)
	}
	r.SetMaxOpenConns(4)
	s.r = r
	return s, nil
}

func dsn(path string, readOnly bool) string {
	q := url.Values{}
	q.Set("_fk", "1")
	q.Set("_journal_mode", "WAL")
	q.Set("_busy_timeout", "10000")
	q.Set("_synchronous", "NORMAL")
	if readOnly {
		q.Set("_query_only", "1")
		q.Set("_cache_size", "-32768") // 32 MiB of pages per reader: search reads the index hot
	} else {
		q.Set("_txlock", "immediate")
	}
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// checkFile refuses an existing file that is not an SQLite database.
func checkFile(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("open corpus: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fmt.Errorf("open corpus: %w", err)
	}
	if st.IsDir() {
		return fmt.Errorf("%s is a folder: %w", path, data.ErrNotCorpus)
	}
	if st.Size() == 0 {
		return nil
	}
	head := make([]byte, 16)
	if _, err := io.ReadFull(f, head); err != nil || string(head) != "SQLite format 3\x00" {
		return fmt.Errorf("%s is not an SQLite database: %w", path, data.ErrNotCorpus)
	}
	return nil
}

// prepare checks that the database is a Marsad corpus (or empty), that it
// is not damaged, and applies the migrations it lacks.
func (s *Store) prepare(ctx context.Context) error {
	var appID, tables int
	if err := s.w.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return fmt.Errorf("read corpus %s: %v: %w", s.path, err, data.ErrNotCorpus)
	}
	if err := s.w.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&tables); err != nil {
		return fmt.Errorf("read corpus %s: %v: %w", s.path, err, data.ErrNotCorpus)
	}
	switch {
	case appID == 0 && tables == 0:
		if _, err := s.w.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", applicationID)); err != nil {
			return fmt.Errorf("create corpus: %w", err)
		}
	case appID != applicationID:
		return fmt.Errorf("%s is an SQLite database but not a Marsad corpus: %w", s.path, data.ErrNotCorpus)
	default:
		var res string
		if err := s.w.QueryRowContext(ctx, "PRAGMA quick_check(1)").Scan(&res); err != nil || res != "ok" {
			if err != nil {
				res = err.Error()
			}
			return fmt.Errorf("%s is damaged (%s): %w", s.path, res, data.ErrNotCorpus)
		}
	}
	return s.migrate(ctx)
}

// Path returns the corpus file's path.
func (s *Store) Path() string { return s.path }

// DB returns the write connection. Store methods in other files use it
// for every write and for reads that must see their own writes.
func (s *Store) DB() *sql.DB { return s.w }

// Reader returns the pool of read-only connections, for queries that can
// run while an import writes.
func (s *Store) Reader() *sql.DB { return s.r }

// Close closes the corpus, checkpointing its write-ahead log.
func (s *Store) Close() error {
	var errs []error
	if s.r != nil {
		errs = append(errs, s.r.Close())
	}
	_, _ = s.w.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	errs = append(errs, s.w.Close())
	return errors.Join(errs...)
}

// Tx runs fn in one write transaction, committing when fn returns nil and
// rolling back otherwise.
func (s *Store) Tx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin transaction: %w", err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// IntegrityCheck runs SQLite's full integrity check and returns its
// verdict: "ok" for a sound corpus.
func (s *Store) IntegrityCheck(ctx context.Context) (string, error) {
	var res string
	err := s.w.QueryRowContext(ctx, "PRAGMA integrity_check(1)").Scan(&res)
	return res, err
}

// Backup writes a consistent copy of the corpus to path (VACUUM INTO).
func (s *Store) Backup(ctx context.Context, path string) error {
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("save a copy to %s: file exists: %w", path, data.ErrConflict)
	}
	if _, err := s.w.ExecContext(ctx, "VACUUM INTO ?", path); err != nil {
		return fmt.Errorf("save a copy: %w", err)
	}
	return nil
}
