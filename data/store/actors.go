package store

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"

	"marsad/data"
)

// ActorSummary is an actor with its names and counts.
type ActorSummary struct {
	ID          int64          `json:"id"`
	Key         string         `json:"-"`
	Name        string         `json:"name"`
	Kind        string         `json:"kind"`
	Affiliation string         `json:"affiliation"`
	Role        string         `json:"role,omitempty"`
	Origin      string         `json:"origin"`
	Aliases     []string       `json:"aliases"`
	Mentions    int            `json:"mentions"`
	Statements  int            `json:"statements"`
	Stance      map[string]int `json:"stance"`
}

// Actors returns the actors that are not merged into another, with their
// aliases, mention and statement counts and their statements' stances
// (toward topic, or any topic when topic is ""), most mentioned first.
func (s *Store) Actors(ctx context.Context, topic string) ([]ActorSummary, error) {
	byID := map[int64]*ActorSummary{}
	var order []*ActorSummary
	rows, err := s.w.QueryContext(ctx, "SELECT id, key, name, kind, affiliation, role, origin FROM actors WHERE merged_into IS NULL")
	if err != nil {
		return nil, fmt.Errorf("list actors: %w", err)
	}
	for rows.Next() {
		a := &ActorSummary{Aliases: []string{}, Stance: map[string]int{}}
		if err := rows.Scan(&a.ID, &a.Key, &a.Name, &a.Kind, &a.Affiliation, &a.Role, &a.Origin); err != nil {
			rows.Close()
			return nil, fmt.Errorf("list actors: %w", err)
		}
		for _, st := range data.Stances {
			a.Stance[st] = 0
		}
		byID[a.ID] = a
		order = append(order, a)
	}
	rows.Close()
	if err := s.actorCounts(ctx, byID, topic); err != nil {
		return nil, err
	}
	sortActors(order)
	out := make([]ActorSummary, len(order))
	for i, a := range order {
		out[i] = *a
	}
	return out, nil
}

// actorCounts fills in aliases, mentions, statements and stances.
func (s *Store) actorCounts(ctx context.Context, byID map[int64]*ActorSummary, topic string) error {
	err := eachRow(ctx, s.w, "SELECT actor_id, alias FROM actor_aliases WHERE actor_id IS NOT NULL ORDER BY id", nil, func(sc scanner) error {
		var id int64
		var alias string
		if err := sc.Scan(&id, &alias); err != nil {
			return err
		}
		if a := byID[id]; a != nil && alias != a.Name {
			a.Aliases = append(a.Aliases, alias)
		}
		return nil
	})
	if err == nil {
		err = eachRow(ctx, s.w, "SELECT actor_id, count(*) FROM mention_actors WHERE actor_id IS NOT NULL GROUP BY actor_id", nil, func(sc scanner) error {
			var id int64
			var n int
			if err := sc.Scan(&id, &n); err != nil {
				return err
			}
			if a := byID[id]; a != nil {
				a.Mentions = n
			}
			return nil
		})
	}
	if err == nil {
		q := `SELECT s.resolved_actor, s.stance, count(*) FROM statement_actors s
			LEFT JOIN topics t ON t.id = s.topic_id
			WHERE s.resolved_actor IS NOT NULL AND (? = '' OR t.name = ? OR s.topic_id IS NULL)
			GROUP BY s.resolved_actor, s.stance`
		err = eachRow(ctx, s.w, q, []any{topic, topic}, func(sc scanner) error {
			var id int64
			var stance string
			var n int
			if err := sc.Scan(&id, &stance, &n); err != nil {
				return err
			}
			if a := byID[id]; a != nil {
				a.Statements += n
				if stance != "" {
					a.Stance[stance] += n
				}
			}
			return nil
		})
	}
	if err != nil {
		return fmt.Errorf("count actors: %w", err)
	}
	return nil
}

func sortActors(as []*ActorSummary) {
	sort.Slice(as, func(i, j int) bool { return less(as[i], as[j]) })
}

func less(a, b *ActorSummary) bool {
	if a.Mentions != b.Mentions {
		return a.Mentions > b.Mentions
	}
	if a.Statements != b.Statements {
		return a.Statements > b.Statements
	}
	return a.ID < b.ID
}

// UserEntry is an actor whose names the user set: the analysis adds it to
// its gazetteer so that those names are found in every article.
type UserEntry struct {
	Key         string
	Name        string
	Kind        string
	Affiliation string
	Aliases     []string
}

// UserGazetteer returns the actors the user made or edited, or gave
// aliases, with their user aliases.
func (s *Store) UserGazetteer(ctx context.Context) ([]UserEntry, error) {
	byID := map[int64]*UserEntry{}
	var order []int64
	q := `SELECT a.id, a.key, a.name, a.kind, a.affiliation, COALESCE(al.alias, '') FROM actors a
		LEFT JOIN actor_aliases al ON al.actor_id = a.id AND al.origin = 'user'
		WHERE a.merged_into IS NULL AND (a.origin = 'user' OR al.id IS NOT NULL) ORDER BY a.id, al.id`
	err := eachRow(ctx, s.w, q, nil, func(sc scanner) error {
		var id int64
		var e UserEntry
		var alias string
		if err := sc.Scan(&id, &e.Key, &e.Name, &e.Kind, &e.Affiliation, &alias); err != nil {
			return err
		}
		if byID[id] == nil {
			byID[id] = &e
			order = append(order, id)
		}
		if alias != "" && alias != e.Name {
			byID[id].Aliases = append(byID[id].Aliases, alias)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read user gazetteer: %w", err)
	}
	out := make([]UserEntry, len(order))
	for i, id := range order {
		out[i] = *byID[id]
	}
	return out, nil
}

// actorRow reads one actor in a transaction.
func actorRow(ctx context.Context, tx *sql.Tx, id int64) (key, name string, merged sql.NullInt64, err error) {
	err = tx.QueryRowContext(ctx, "SELECT key, name, merged_into FROM actors WHERE id = ?", id).Scan(&key, &name, &merged)
	if err == sql.ErrNoRows {
		err = fmt.Errorf("actor %d: %w", id, data.ErrNotFound)
	}
	return key, name, merged, err
}

// ResolveActor returns the ID of the actor named by ref: a number, or a
// name or alias key.
func (s *Store) ResolveActor(ctx context.Context, ref string, key string) (int64, error) {
	var id int64
	err := s.w.QueryRowContext(ctx, `SELECT a.id FROM actors a WHERE CAST(a.id AS TEXT) = ? OR a.name = ?
		UNION ALL SELECT actor_id FROM actor_aliases WHERE key = ? AND actor_id IS NOT NULL LIMIT 1`,
		strings.TrimSpace(ref), strings.TrimSpace(ref), key).Scan(&id)
	if err == sql.ErrNoRows {
		return 0, fmt.Errorf("actor %q: %w", ref, data.ErrNotFound)
	}
	if err != nil {
		return 0, fmt.Errorf("find actor: %w", err)
	}
	return s.followMerges(ctx, id)
}

// followMerges returns the actor id was merged into, at the end of the chain.
func (s *Store) followMerges(ctx context.Context, id int64) (int64, error) {
	for range 100 {
		var into sql.NullInt64
		if err := s.w.QueryRowContext(ctx, "SELECT merged_into FROM actors WHERE id = ?", id).Scan(&into); err != nil {
			return 0, fmt.Errorf("find actor: %w", err)
		}
		if !into.Valid {
			return id, nil
		}
		id = into.Int64
	}
	return 0, fmt.Errorf("actor %d: merge cycle: %w", id, data.ErrInvalid)
}

// MergeActors merges actor from into actor into: every name of from now
// names into, and from's corrected statements move to into.
func (s *Store) MergeActors(ctx context.Context, into, from int64) error {
	if into == from {
		return fmt.Errorf("merge actor %d into itself: %w", into, data.ErrInvalid)
	}
	return s.actorEdit(ctx, "actor merge", fmt.Sprintf("%d into %d", from, into), func(e *edit) error {
		if _, _, m, err := actorRow(ctx, e.tx, into); err != nil || m.Valid {
			return firstErr(err, fmt.Errorf("actor %d was merged: %w", into, data.ErrInvalid))
		}
		if _, _, _, err := actorRow(ctx, e.tx, from); err != nil {
			return err
		}
		if err := e.eachID("actor_aliases", "actor_id = ?", from, "UPDATE actor_aliases SET actor_id = ? WHERE id = ?", into); err != nil {
			return err
		}
		if err := e.eachID("statements", "actor_id = ?", from, "UPDATE statements SET actor_id = ? WHERE id = ?", into); err != nil {
			return err
		}
		return e.exec("actors", from, "UPDATE actors SET merged_into = ?, origin = 'user' WHERE id = ?", into, from)
	})
}

// AddAlias makes the words alias (with key, from the analysis's KeyOf)
// name the actor; the analysis finds them from then on.
func (s *Store) AddAlias(ctx context.Context, actor int64, alias, key string) error {
	return s.actorEdit(ctx, "actor alias", alias, func(e *edit) error {
		if _, _, _, err := actorRow(ctx, e.tx, actor); err != nil {
			return err
		}
		return e.setAlias(key, alias, actor)
	})
}

// RemoveAlias makes the words with key name no actor, even when the
// gazetteer lists them; their mentions are no longer counted.
func (s *Store) RemoveAlias(ctx context.Context, alias, key string) error {
	return s.actorEdit(ctx, "actor unalias", alias, func(e *edit) error {
		return e.setAlias(key, alias, nil)
	})
}

// setAlias points the alias key at an actor (or at none), as a user row.
func (e *edit) setAlias(key, alias string, actor any) error {
	var id int64
	err := e.tx.QueryRowContext(e.ctx, "SELECT id FROM actor_aliases WHERE key = ?", key).Scan(&id)
	if err == sql.ErrNoRows {
		_, err = e.insert("actor_aliases", "INSERT INTO actor_aliases(key, alias, actor_id, origin) VALUES (?, ?, ?, 'user')", key, alias, actor)
		return err
	}
	if err != nil {
		return err
	}
	return e.exec("actor_aliases", id, "UPDATE actor_aliases SET actor_id = ?, alias = ?, origin = 'user' WHERE id = ?", actor, alias, id)
}

// RenameActor gives an actor a new display name; its key, and so its
// mentions, stay. The new name (with key) becomes one of its aliases.
func (s *Store) RenameActor(ctx context.Context, id int64, name, key string) error {
	if strings.TrimSpace(name) == "" {
		return fmt.Errorf("rename actor: empty name: %w", data.ErrInvalid)
	}
	return s.actorEdit(ctx, "actor rename", name, func(e *edit) error {
		if _, _, _, err := actorRow(ctx, e.tx, id); err != nil {
			return err
		}
		if err := e.exec("actors", id, "UPDATE actors SET name = ?, origin = 'user' WHERE id = ?", name, id); err != nil {
			return err
		}
		return e.setAlias(key, name, id)
	})
}

// SplitActor makes a new actor named name (with key) out of some names of
// an actor: the aliases (key → words) move to it. It returns its ID.
func (s *Store) SplitActor(ctx context.Context, from int64, name, key string, aliases []AliasRow) (int64, error) {
	var id int64
	err := s.actorEdit(ctx, "actor split", name, func(e *edit) error {
		var kind, aff string
		var err error
		if err := e.tx.QueryRowContext(ctx, "SELECT kind, affiliation FROM actors WHERE id = ?", from).Scan(&kind, &aff); err != nil {
			return fmt.Errorf("actor %d: %w", from, data.ErrNotFound)
		}
		id, err = e.splitTarget(from, name, key, kind, aff)
		if err != nil {
			return err
		}
		if err := e.setAlias(key, name, id); err != nil {
			return err
		}
		for _, al := range aliases {
			if err := e.setAlias(al.Key, al.Alias, id); err != nil {
				return err
			}
		}
		return nil
	})
	return id, err
}

// splitTarget returns the actor a split makes: a new one, or the actor
// with that key merged into from before, taken out again.
func (e *edit) splitTarget(from int64, name, key, kind, aff string) (int64, error) {
	var id int64
	var into sql.NullInt64
	err := e.tx.QueryRowContext(e.ctx, "SELECT id, merged_into FROM actors WHERE key = ?", key).Scan(&id, &into)
	switch {
	case err == sql.ErrNoRows:
		return e.insert("actors", "INSERT INTO actors(key, name, kind, affiliation, origin) VALUES (?, ?, ?, ?, 'user')", key, name, kind, aff)
	case err != nil:
		return 0, err
	case !into.Valid || into.Int64 != from:
		return 0, fmt.Errorf("actor %q exists: %w", name, data.ErrConflict)
	}
	return id, e.exec("actors", id, "UPDATE actors SET merged_into = NULL, name = ? WHERE id = ?", name, id)
}

// SetActor sets an actor's kind and/or affiliation (nil leaves one as it is).
func (s *Store) SetActor(ctx context.Context, id int64, kind, affiliation *string) error {
	return s.actorEdit(ctx, "actor set", fmt.Sprint(id), func(e *edit) error {
		if _, _, _, err := actorRow(ctx, e.tx, id); err != nil {
			return err
		}
		if kind != nil {
			if err := e.exec("actors", id, "UPDATE actors SET kind = ?, origin = 'user' WHERE id = ?", *kind, id); err != nil {
				return err
			}
		}
		if affiliation != nil {
			return e.exec("actors", id, "UPDATE actors SET affiliation = ?, origin = 'user' WHERE id = ?", *affiliation, id)
		}
		return nil
	})
}

// AddActor adds an actor of the user's own (a gazetteer addition): the
// analysis finds its name and aliases from then on.
func (s *Store) AddActor(ctx context.Context, name, key, kind, affiliation string) (int64, error) {
	var id int64
	err := s.actorEdit(ctx, "actor add", name, func(e *edit) error {
		var err error
		id, err = e.insert("actors", "INSERT INTO actors(key, name, kind, affiliation, origin) VALUES (?, ?, ?, ?, 'user')", key, name, kind, affiliation)
		if err != nil {
			return fmt.Errorf("actor %q exists: %w", name, data.ErrConflict)
		}
		return e.setAlias(key, name, id)
	})
	return id, err
}

func (s *Store) actorEdit(ctx context.Context, action, summary string, fn func(e *edit) error) error {
	if err := s.userEdit(ctx, action, summary, fn); err != nil {
		return fmt.Errorf("%s: %w", action, err)
	}
	return nil
}

// eachID applies update (with arg, then the row id) to every row of
// table where cond holds for value, snapshotting each.
func (e *edit) eachID(table, cond string, value any, update string, arg any) error {
	rows, err := e.tx.QueryContext(e.ctx, "SELECT id FROM "+table+" WHERE "+cond, value)
	if err != nil {
		return err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	rows.Close()
	for _, id := range ids {
		if err := e.exec(table, id, update, arg, id); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Form is a surface form that names an actor in the corpus, and how many
// mentions have it.
type Form struct {
	Text  string `json:"text"`
	Count int    `json:"count"`
}

// ActorForms returns every surface form of the mentions that resolve to
// the actor, the most frequent first: the spellings merged into it show
// here (البنتاجون as well as البنتاغون).
func (s *Store) ActorForms(ctx context.Context, actorID int64) ([]Form, error) {
	counts := map[string]int{}
	err := eachRow(ctx, s.w, `SELECT m.in_title, m.start, m.end, a.title, a.body FROM mention_actors m
		JOIN articles a ON a.id = m.article_id WHERE m.actor_id = ?`, []any{actorID}, func(sc scanner) error {
		var inTitle bool
		var start, end int
		var title, body string
		if err := sc.Scan(&inTitle, &start, &end, &title, &body); err != nil {
			return err
		}
		text := body
		if inTitle {
			text = title
		}
		if start >= 0 && end <= len(text) && start < end {
			counts[text[start:end]]++
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("actor forms: %w", err)
	}
	out := make([]Form, 0, len(counts))
	for t, n := range counts {
		out = append(out, Form{Text: t, Count: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Text < out[j].Text
	})
	return out, nil
}

// ArticleActor is an actor of one article, with its mentions there.
type ArticleActor struct {
	ID       int64  `json:"id"`
	Name     string `json:"name"`
	Kind     string `json:"kind"`
	Mentions []Form `json:"mentions"` // the words naming it, with how often
}

// ArticleActors returns the actors mentioned in one article, in the
// order first mentioned, each with the words that name it there.
func (s *Store) ArticleActors(ctx context.Context, articleID int64) ([]ArticleActor, error) {
	var title, body string
	err := s.w.QueryRowContext(ctx, "SELECT title, body FROM articles WHERE id = ?", articleID).Scan(&title, &body)
	if err == sql.ErrNoRows {
		return nil, fmt.Errorf("article %d: %w", articleID, data.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("article actors: %w", err)
	}
	var out []ArticleActor
	at := map[int64]int{}
	err = eachRow(ctx, s.w, `SELECT m.actor_id, ac.name, ac.kind, m.in_title, m.start, m.end FROM mention_actors m
		JOIN actors ac ON ac.id = m.actor_id WHERE m.article_id = ? AND m.actor_id IS NOT NULL
		ORDER BY m.in_title DESC, m.start`, []any{articleID}, func(sc scanner) error {
		var id int64
		var name, kind string
		var inTitle bool
		var start, end int
		if err := sc.Scan(&id, &name, &kind, &inTitle, &start, &end); err != nil {
			return err
		}
		i, ok := at[id]
		if !ok {
			i = len(out)
			at[id] = i
			out = append(out, ArticleActor{ID: id, Name: name, Kind: kind, Mentions: []Form{}})
		}
		text := body
		if inTitle {
			text = title
		}
		if start < 0 || end > len(text) || start >= end {
			return nil
		}
		w := text[start:end]
		for k := range out[i].Mentions {
			if out[i].Mentions[k].Text == w {
				out[i].Mentions[k].Count++
				return nil
			}
		}
		out[i].Mentions = append(out[i].Mentions, Form{Text: w, Count: 1})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("article actors: %w", err)
	}
	return out, nil
}
