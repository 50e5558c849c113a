package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"marsad/data"
)

// rowChange is one row an edit changed: its values before and after
// (nil when the row did not exist).
type rowChange struct {
	Table  string         `json:"table"`
	ID     int64          `json:"id"`
	Before map[string]any `json:"before"`
	After  map[string]any `json:"after"`
}

// editTables are the tables user edits change; only these are restored.
var editTables = map[string]bool{"actors": true, "actor_aliases": true, "statements": true, "topics": true, "proposal_rejections": true}

// edit records the rows one user action changes, inside its transaction.
type edit struct {
	ctx     context.Context
	tx      *sql.Tx
	changes []rowChange
	index   map[string]int // table/id → index in changes
}

func newEdit(ctx context.Context, tx *sql.Tx) *edit {
	return &edit{ctx: ctx, tx: tx, index: map[string]int{}}
}

// before snapshots a row the edit is about to change (once per row).
func (e *edit) before(table string, id int64) error {
	k := fmt.Sprintf("%s/%d", table, id)
	if _, ok := e.index[k]; ok {
		return nil
	}
	row, err := snapshot(e.ctx, e.tx, table, id)
	if err != nil {
		return err
	}
	e.index[k] = len(e.changes)
	e.changes = append(e.changes, rowChange{Table: table, ID: id, Before: row})
	return nil
}

// exec runs a statement that changes the row table/id, snapshotting it.
func (e *edit) exec(table string, id int64, query string, args ...any) error {
	if err := e.before(table, id); err != nil {
		return err
	}
	_, err := e.tx.ExecContext(e.ctx, query, args...)
	return err
}

// insert runs an INSERT into table and records the new row.
func (e *edit) insert(table, query string, args ...any) (int64, error) {
	res, err := e.tx.ExecContext(e.ctx, query, args...)
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	k := fmt.Sprintf("%s/%d", table, id)
	e.index[k] = len(e.changes)
	e.changes = append(e.changes, rowChange{Table: table, ID: id})
	return id, nil
}

// commit snapshots the rows after the edit and writes the log entry; an
// edit clears the redo history.
func (e *edit) commit(action, summary string) error {
	if len(e.changes) == 0 {
		return nil
	}
	for i := range e.changes {
		row, err := snapshot(e.ctx, e.tx, e.changes[i].Table, e.changes[i].ID)
		if err != nil {
			return err
		}
		e.changes[i].After = row
	}
	b, err := json.Marshal(e.changes)
	if err != nil {
		return err
	}
	if _, err := e.tx.ExecContext(e.ctx, "DELETE FROM edit_log WHERE undone = 1"); err != nil {
		return err
	}
	_, err = e.tx.ExecContext(e.ctx, "INSERT INTO edit_log(at, action, summary, changes) VALUES (?, ?, ?, ?)",
		time.Now().UTC().Format(time.RFC3339), action, summary, string(b))
	return err
}

// snapshot returns a row's columns and values, or nil when it is absent.
func snapshot(ctx context.Context, tx *sql.Tx, table string, id int64) (map[string]any, error) {
	if !editTables[table] {
		return nil, fmt.Errorf("snapshot %s: not an editable table", table)
	}
	rows, err := tx.QueryContext(ctx, "SELECT * FROM "+table+" WHERE id = ?", id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	if !rows.Next() {
		return nil, rows.Err()
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	if err := rows.Scan(ptrs...); err != nil {
		return nil, err
	}
	out := make(map[string]any, len(cols))
	for i, c := range cols {
		if b, ok := vals[i].([]byte); ok {
			vals[i] = string(b)
		}
		out[c] = vals[i]
	}
	return out, rows.Err()
}

// restore makes the row table/id hold values, or removes it when values
// is nil. Existing rows are updated in place, never replaced, so that no
// foreign key cascades.
func restore(ctx context.Context, tx *sql.Tx, table string, id int64, values map[string]any) error {
	if !editTables[table] {
		return fmt.Errorf("restore %s: not an editable table", table)
	}
	if values == nil {
		_, err := tx.ExecContext(ctx, "DELETE FROM "+table+" WHERE id = ?", id)
		return err
	}
	var cols []string
	var args []any
	for c, v := range values {
		if c == "id" {
			continue
		}
		cols = append(cols, c)
		args = append(args, jsonValue(v))
	}
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM "+table+" WHERE id = ?", id).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		set := make([]string, len(cols))
		for i, c := range cols {
			set[i] = c + " = ?"
		}
		_, err := tx.ExecContext(ctx, "UPDATE "+table+" SET "+strings.Join(set, ", ")+" WHERE id = ?", append(args, id)...)
		return err
	}
	_, err := tx.ExecContext(ctx, "INSERT INTO "+table+"(id, "+strings.Join(cols, ", ")+") VALUES (?, "+placeholders(len(cols))+")",
		append([]any{id}, args...)...)
	return err
}

// jsonValue turns a value read back from JSON into one SQLite stores as
// it was: whole numbers as integers.
func jsonValue(v any) any {
	if n, ok := v.(json.Number); ok {
		if i, err := n.Int64(); err == nil {
			return i
		}
		f, _ := n.Float64()
		return f
	}
	return v
}

// Edit is one entry of the edit log.
type Edit struct {
	ID      int64
	At      string
	Action  string
	Summary string
	Undone  bool
}

// Undo reverts the last edit not yet undone and returns it;
// data.ErrNotFound when there is none.
func (s *Store) Undo(ctx context.Context) (Edit, error) {
	return s.replay(ctx, "SELECT id, at, action, summary, changes FROM edit_log WHERE undone = 0 ORDER BY id DESC LIMIT 1", true)
}

// Redo applies again the edit undone last and returns it;
// data.ErrNotFound when there is none.
func (s *Store) Redo(ctx context.Context) (Edit, error) {
	return s.replay(ctx, "SELECT id, at, action, summary, changes FROM edit_log WHERE undone = 1 ORDER BY id ASC LIMIT 1", false)
}

func (s *Store) replay(ctx context.Context, query string, undo bool) (Edit, error) {
	var ed Edit
	err := s.Tx(ctx, func(tx *sql.Tx) error {
		var changes string
		err := tx.QueryRowContext(ctx, query).Scan(&ed.ID, &ed.At, &ed.Action, &ed.Summary, &changes)
		if err == sql.ErrNoRows {
			return fmt.Errorf("nothing to %s: %w", map[bool]string{true: "undo", false: "redo"}[undo], data.ErrNotFound)
		}
		if err != nil {
			return err
		}
		dec := json.NewDecoder(strings.NewReader(changes))
		dec.UseNumber()
		var cs []rowChange
		if err := dec.Decode(&cs); err != nil {
			return fmt.Errorf("read edit %d: %w", ed.ID, err)
		}
		if undo {
			for i := len(cs) - 1; i >= 0; i-- {
				if err := restore(ctx, tx, cs[i].Table, cs[i].ID, cs[i].Before); err != nil {
					return err
				}
			}
		} else {
			for _, c := range cs {
				if err := restore(ctx, tx, c.Table, c.ID, c.After); err != nil {
					return err
				}
			}
		}
		ed.Undone = undo
		_, err = tx.ExecContext(ctx, "UPDATE edit_log SET undone = ? WHERE id = ?", undo, ed.ID)
		return err
	})
	if err != nil {
		return ed, fmt.Errorf("replay edit: %w", err)
	}
	return ed, nil
}

// Edits returns the edit log, newest first.
func (s *Store) Edits(ctx context.Context, limit int) ([]Edit, error) {
	rows, err := s.r.QueryContext(ctx, "SELECT id, at, action, summary, undone FROM edit_log ORDER BY id DESC LIMIT ?", limit)
	if err != nil {
		return nil, fmt.Errorf("list edits: %w", err)
	}
	defer rows.Close()
	var out []Edit
	for rows.Next() {
		var e Edit
		if err := rows.Scan(&e.ID, &e.At, &e.Action, &e.Summary, &e.Undone); err != nil {
			return nil, fmt.Errorf("list edits: %w", err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// userEdit runs fn as one logged user edit in a write transaction.
func (s *Store) userEdit(ctx context.Context, action, summary string, fn func(e *edit) error) error {
	return s.Tx(ctx, func(tx *sql.Tx) error {
		e := newEdit(ctx, tx)
		if err := fn(e); err != nil {
			return err
		}
		return e.commit(action, summary)
	})
}
