package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"marsad/data"
)

// Topic is a subject stance is judged toward.
type Topic struct {
	ID       int64    `json:"id"`
	Name     string   `json:"name"`
	Keywords []string `json:"keywords"`
}

// AddTopic adds a topic (a logged user edit). A topic with the same name
// is refused with data.ErrConflict.
func (s *Store) AddTopic(ctx context.Context, name string, keywords []string) (int64, error) {
	name = strings.TrimSpace(name)
	var kws []string
	for _, k := range keywords {
		if k = strings.TrimSpace(k); k != "" {
			kws = append(kws, k)
		}
	}
	if name == "" || len(kws) == 0 {
		return 0, fmt.Errorf("add topic: want a name and keywords: %w", data.ErrInvalid)
	}
	b, _ := json.Marshal(kws)
	var id int64
	err := s.userEdit(ctx, "topic add", name, func(e *edit) error {
		var n int
		if err := e.tx.QueryRowContext(ctx, "SELECT count(*) FROM topics WHERE name = ?", name).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return fmt.Errorf("topic %q exists: %w", name, data.ErrConflict)
		}
		var err error
		id, err = e.insert("topics", "INSERT INTO topics(name, keywords) VALUES (?, ?)", name, string(b))
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("add topic: %w", err)
	}
	return id, nil
}

// Topics returns the corpus's topics by name.
func (s *Store) Topics(ctx context.Context) ([]Topic, error) {
	rows, err := s.w.QueryContext(ctx, "SELECT id, name, keywords FROM topics ORDER BY name")
	if err != nil {
		return nil, fmt.Errorf("list topics: %w", err)
	}
	defer rows.Close()
	var out []Topic
	for rows.Next() {
		var t Topic
		var kws string
		if err := rows.Scan(&t.ID, &t.Name, &kws); err != nil {
			return nil, fmt.Errorf("list topics: %w", err)
		}
		if err := json.Unmarshal([]byte(kws), &t.Keywords); err != nil {
			return nil, fmt.Errorf("topic %s: %w", t.Name, err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// topicID returns the ID of the topic named name, data.ErrNotFound when
// there is none.
func topicID(ctx context.Context, tx *sql.Tx, name string) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, "SELECT id FROM topics WHERE name = ?", name).Scan(&id)
	if err == sql.ErrNoRows {
		return 0, fmt.Errorf("topic %q: %w", name, data.ErrNotFound)
	}
	return id, err
}
