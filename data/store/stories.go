package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"marsad/data"
)

// Story is a group of articles that report the same event.
type Story struct {
	ID        int64         `json:"id"`
	Label     string        `json:"label"`
	Articles  []StoryMember `json:"articles"`
	Sources   []string      `json:"sources"`
	FirstDate string        `json:"first_date"`
	LastDate  string        `json:"last_date"`
}

// StoryMember is one article of a story.
type StoryMember struct {
	ID     int64  `json:"id"`
	File   string `json:"file"`
	Source string `json:"source"`
	Date   string `json:"date"`
	Title  string `json:"title"`
	Origin string `json:"origin"` // data.OriginAuto or data.OriginUser
}

// StoryArticle is what grouping needs of one article: its date, whether
// it has a signature of the current version (and the encoded signature
// when asked for), and where it stands now.
type StoryArticle struct {
	ID        int64
	Date      string
	Signed    bool
	Signature []byte // nil unless asked for, or when not Signed
	Story     int64  // 0 for none
	Origin    string // "" when the article has no membership row
}

// StoryArticles returns every article with its membership and whether it
// has a signature at version; with signatures true, the signatures too.
func (s *Store) StoryArticles(ctx context.Context, version int, signatures bool) ([]StoryArticle, error) {
	sigCol := "NULL"
	if signatures {
		sigCol = "g.signature"
	}
	rows, err := s.w.QueryContext(ctx, `SELECT a.id, a.date, `+sigCol+`, g.version, m.story_id, m.origin
		FROM articles a LEFT JOIN story_signatures g ON g.article_id = a.id
		LEFT JOIN story_members m ON m.article_id = a.id ORDER BY a.id`)
	if err != nil {
		return nil, fmt.Errorf("read story articles: %w", err)
	}
	defer rows.Close()
	var out []StoryArticle
	for rows.Next() {
		var a StoryArticle
		var ver, story sql.NullInt64
		var origin sql.NullString
		if err := rows.Scan(&a.ID, &a.Date, &a.Signature, &ver, &story, &origin); err != nil {
			return nil, fmt.Errorf("read story articles: %w", err)
		}
		a.Signed = ver.Valid && int(ver.Int64) == version
		if !a.Signed {
			a.Signature = nil
		}
		a.Story, a.Origin = story.Int64, origin.String
		out = append(out, a)
	}
	return out, rows.Err()
}

// Signatures returns the encoded signatures at version of the articles
// that have one, by ID.
func (s *Store) Signatures(ctx context.Context, version int, ids []int64) (map[int64][]byte, error) {
	out := make(map[int64][]byte, len(ids))
	for start := 0; start < len(ids); start += 500 {
		chunk := ids[start:min(start+500, len(ids))]
		rows, err := s.w.QueryContext(ctx, "SELECT article_id, signature FROM story_signatures WHERE version = ? AND article_id IN ("+
			placeholders(len(chunk))+")", append([]any{version}, int64Args(chunk)...)...)
		if err != nil {
			return nil, fmt.Errorf("read signatures: %w", err)
		}
		for rows.Next() {
			var id int64
			var b []byte
			if err := rows.Scan(&id, &b); err != nil {
				rows.Close()
				return nil, fmt.Errorf("read signatures: %w", err)
			}
			out[id] = b
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("read signatures: %w", err)
		}
	}
	return out, nil
}

// StoryChange is one story that grouping created (ID 0) or added to.
type StoryChange struct {
	ID      int64
	Added   []int64
	Central int64 // the article whose headline labels the story; 0 keeps the label
}

// SaveSignatures stores the encoded signatures of articles, by ID.
func (s *Store) SaveSignatures(ctx context.Context, version int, sigs map[int64][]byte) error {
	return s.Tx(ctx, func(tx *sql.Tx) error {
		st, err := tx.PrepareContext(ctx, `INSERT INTO story_signatures(article_id, version, signature) VALUES (?,?,?)
			ON CONFLICT(article_id) DO UPDATE SET version = excluded.version, signature = excluded.signature`)
		if err != nil {
			return fmt.Errorf("save signatures: %w", err)
		}
		defer st.Close()
		for id, b := range sigs {
			if _, err := st.ExecContext(ctx, id, version, b); err != nil {
				return fmt.Errorf("save signature of %d: %w", id, err)
			}
		}
		return nil
	})
}

// ApplyStories records what grouping did: new stories created, articles
// added to stories (as automatic members, never over a user's placement),
// labels and date spans brought up to date.
func (s *Store) ApplyStories(ctx context.Context, changes []StoryChange) error {
	return s.Tx(ctx, func(tx *sql.Tx) error {
		now := time.Now().UTC().Format(time.RFC3339)
		for _, c := range changes {
			id := c.ID
			if id == 0 {
				res, err := tx.ExecContext(ctx, "INSERT INTO stories(updated_at) VALUES (?)", now)
				if err != nil {
					return fmt.Errorf("create story: %w", err)
				}
				if id, err = res.LastInsertId(); err != nil {
					return fmt.Errorf("create story: %w", err)
				}
			}
			for _, a := range c.Added {
				if _, err := tx.ExecContext(ctx, `INSERT INTO story_members(article_id, story_id, origin) VALUES (?,?,'auto')
					ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id WHERE origin = 'auto'`, a, id); err != nil {
					return fmt.Errorf("add article %d to story %d: %w", a, id, err)
				}
			}
			if err := refreshStory(ctx, tx, id, c.Central); err != nil {
				return err
			}
		}
		return pruneStories(ctx, tx)
	})
}

// ClearAutoStories dissolves the stories grouping made that hold none of
// the user's placements, before the corpus is grouped again. Stories the
// user placed an article into stay whole, and so do the user's
// placements out of every story.
func (s *Store) ClearAutoStories(ctx context.Context) error {
	return s.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM story_members WHERE origin = 'auto' AND story_id NOT IN
			(SELECT story_id FROM story_members WHERE origin = 'user' AND story_id IS NOT NULL)`); err != nil {
			return fmt.Errorf("clear stories: %w", err)
		}
		return pruneStories(ctx, tx)
	})
}

// MoveArticle puts an article into a story (storyID > 0) or out of every
// story (storyID 0) as the user's placement, which grouping never
// overrides. A story left with one article is dissolved.
func (s *Store) MoveArticle(ctx context.Context, articleID, storyID int64) error {
	return s.Tx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM articles WHERE id = ?", articleID).Scan(&n); err != nil {
			return fmt.Errorf("move article: %w", err)
		}
		if n == 0 {
			return fmt.Errorf("move article %d: %w", articleID, data.ErrNotFound)
		}
		var target any
		if storyID > 0 {
			if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM stories WHERE id = ?", storyID).Scan(&n); err != nil {
				return fmt.Errorf("move article: %w", err)
			}
			if n == 0 {
				return fmt.Errorf("move article to story %d: %w", storyID, data.ErrNotFound)
			}
			target = storyID
		}
		var old sql.NullInt64
		err := tx.QueryRowContext(ctx, "SELECT story_id FROM story_members WHERE article_id = ?", articleID).Scan(&old)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("move article: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO story_members(article_id, story_id, origin) VALUES (?,?,'user')
			ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id, origin = 'user'`, articleID, target); err != nil {
			return fmt.Errorf("move article: %w", err)
		}
		for _, id := range []int64{old.Int64, storyID} {
			if id > 0 {
				if err := refreshStory(ctx, tx, id, 0); err != nil {
					return err
				}
			}
		}
		return pruneStories(ctx, tx)
	})
}

// refreshStory brings a story's label, central article and date span up
// to date. central 0 keeps the central article while it is a member.
func refreshStory(ctx context.Context, tx *sql.Tx, id, central int64) error {
	members, err := storyMembers(ctx, tx, id)
	if err != nil {
		return err
	}
	if len(members) == 0 {
		return nil
	}
	if central == 0 {
		var cur sql.NullInt64
		if err := tx.QueryRowContext(ctx, "SELECT central FROM stories WHERE id = ?", id).Scan(&cur); err != nil {
			return fmt.Errorf("read story %d: %w", id, err)
		}
		central = cur.Int64
	}
	label, centralID := labelOf(members, central)
	first, last := dateSpan(members)
	_, err = tx.ExecContext(ctx, `UPDATE stories SET label = ?, central = ?, first_date = ?, last_date = ?, updated_at = ?
		WHERE id = ?`, label, centralID, first, last, time.Now().UTC().Format(time.RFC3339), id)
	if err != nil {
		return fmt.Errorf("update story %d: %w", id, err)
	}
	return nil
}

// labelOf returns the headline of the central member, or of the first
// member with one when the central one has none or has left.
func labelOf(members []StoryMember, central int64) (string, int64) {
	i := slices.IndexFunc(members, func(m StoryMember) bool { return m.ID == central && strings.TrimSpace(m.Title) != "" })
	if i < 0 {
		i = max(0, slices.IndexFunc(members, func(m StoryMember) bool { return strings.TrimSpace(m.Title) != "" }))
	}
	return strings.TrimSpace(members[i].Title), members[i].ID
}

func dateSpan(members []StoryMember) (first, last string) {
	for _, m := range members {
		if m.Date == "" {
			continue
		}
		if first == "" || m.Date < first {
			first = m.Date
		}
		if m.Date > last {
			last = m.Date
		}
	}
	return first, last
}

// pruneStories dissolves stories with fewer than two members.
func pruneStories(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `DELETE FROM stories WHERE id NOT IN
		(SELECT story_id FROM story_members WHERE story_id IS NOT NULL GROUP BY story_id HAVING count(*) >= 2)`)
	if err != nil {
		return fmt.Errorf("dissolve single-article stories: %w", err)
	}
	return nil
}

type querier interface {
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
}

func storyMembers(ctx context.Context, q querier, id int64) ([]StoryMember, error) {
	rows, err := q.QueryContext(ctx, `SELECT a.id, a.file, a.source, a.date, a.title, m.origin
		FROM story_members m JOIN articles a ON a.id = m.article_id WHERE m.story_id = ? ORDER BY a.date, a.id`, id)
	if err != nil {
		return nil, fmt.Errorf("read story %d: %w", id, err)
	}
	defer rows.Close()
	var out []StoryMember
	for rows.Next() {
		var m StoryMember
		if err := rows.Scan(&m.ID, &m.File, &m.Source, &m.Date, &m.Title, &m.Origin); err != nil {
			return nil, fmt.Errorf("read story %d: %w", id, err)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// Stories returns every story with its articles, the largest first.
func (s *Store) Stories(ctx context.Context) ([]Story, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT s.id, s.label, s.first_date, s.last_date FROM stories s
		ORDER BY (SELECT count(*) FROM story_members m WHERE m.story_id = s.id) DESC, s.first_date, s.id`)
	if err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	var out []Story
	for rows.Next() {
		var st Story
		if err := rows.Scan(&st.ID, &st.Label, &st.FirstDate, &st.LastDate); err != nil {
			rows.Close()
			return nil, fmt.Errorf("list stories: %w", err)
		}
		out = append(out, st)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	for i := range out {
		if err := fillStory(ctx, s.r, &out[i]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Story returns one story with its articles.
func (s *Store) Story(ctx context.Context, id int64) (*Story, error) {
	st := Story{ID: id}
	err := s.r.QueryRowContext(ctx, "SELECT label, first_date, last_date FROM stories WHERE id = ?", id).
		Scan(&st.Label, &st.FirstDate, &st.LastDate)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("story %d: %w", id, data.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read story %d: %w", id, err)
	}
	if err := fillStory(ctx, s.r, &st); err != nil {
		return nil, err
	}
	return &st, nil
}

func fillStory(ctx context.Context, q querier, st *Story) error {
	members, err := storyMembers(ctx, q, st.ID)
	if err != nil {
		return err
	}
	st.Articles, st.Sources = members, []string{}
	for _, m := range members {
		if m.Source != "" && !slices.Contains(st.Sources, m.Source) {
			st.Sources = append(st.Sources, m.Source)
		}
	}
	slices.Sort(st.Sources)
	return nil
}
