package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"marsad/data"
)

// StatementView is a statement as listed: its actor, topic, stance and
// evidence, and the sentence it is in.
type StatementView struct {
	ID         int64    `json:"id"`
	ArticleID  int64    `json:"article_id"`
	File       string   `json:"file"`
	ActorID    int64    `json:"actor_id"`
	Actor      string   `json:"actor"`
	Topic      string   `json:"topic"`
	Stance     string   `json:"stance"`
	Confidence float64  `json:"confidence"`
	Cues       []CueRow `json:"cues"`
	Sentence   string   `json:"sentence"`
	Origin     string   `json:"origin"`
	InTitle    bool     `json:"in_title"`
	SentStart  int      `json:"sent_start"`
	SentEnd    int      `json:"sent_end"`
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Pattern    string   `json:"pattern,omitempty"`
}

// StatementFilter narrows a statement list; zero values match all.
type StatementFilter struct {
	ID        int64 // one statement
	ArticleID int64
	ActorID   int64
	Topic     string
	OnTopic   bool // only statements about a topic
}

// Statements returns the statements that are not deleted, in article
// and text order, each resolved to its actor through the aliases.
func (s *Store) Statements(ctx context.Context, f StatementFilter) ([]StatementView, error) {
	q := `SELECT s.id, s.article_id, ar.file, COALESCE(s.resolved_actor, 0), COALESCE(a.name, ''), COALESCE(t.name, ''),
			s.stance, s.confidence, s.cues, s.origin, s.in_title, s.sent_start, s.sent_end, s.start, s.end, s.pattern,
			CASE WHEN s.in_title = 1 THEN ar.title ELSE ar.body END
		FROM statement_actors s
		JOIN articles ar ON ar.id = s.article_id
		LEFT JOIN actors a ON a.id = s.resolved_actor
		LEFT JOIN topics t ON t.id = s.topic_id
		WHERE (? = 0 OR s.id = ?) AND (? = 0 OR s.article_id = ?) AND (? = 0 OR s.resolved_actor = ?) AND (? = '' OR t.name = ?) AND (? = 0 OR s.topic_id IS NOT NULL)
		ORDER BY s.article_id, s.in_title DESC, s.start, s.id`
	var out []StatementView
	err := eachRow(ctx, s.w, q, []any{f.ID, f.ID, f.ArticleID, f.ArticleID, f.ActorID, f.ActorID, f.Topic, f.Topic, f.OnTopic, f.OnTopic}, func(sc scanner) error {
		var v StatementView
		var cues, text string
		if err := sc.Scan(&v.ID, &v.ArticleID, &v.File, &v.ActorID, &v.Actor, &v.Topic, &v.Stance, &v.Confidence, &cues,
			&v.Origin, &v.InTitle, &v.SentStart, &v.SentEnd, &v.Start, &v.End, &v.Pattern, &text); err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(cues), &v.Cues); err != nil {
			return fmt.Errorf("statement %d cues: %w", v.ID, err)
		}
		if v.SentStart >= 0 && v.SentEnd <= len(text) && v.SentStart <= v.SentEnd {
			v.Sentence = text[v.SentStart:v.SentEnd]
		}
		out = append(out, v)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list statements: %w", err)
	}
	return out, nil
}

// StatementChange is a correction of a statement; nil fields stay.
type StatementChange struct {
	ActorID *int64
	Topic   *string // "" for none
	Stance  *string // "" for none
}

// SetStatement corrects a statement. An automatic statement is replaced
// by a user one anchored to its sentence, speaker and topic, so that the
// analysis does not bring it back; a user statement is changed in place.
func (s *Store) SetStatement(ctx context.Context, id int64, c StatementChange) error {
	if c.Stance != nil && !validStance(*c.Stance) {
		return fmt.Errorf("set statement: stance %q: %w", *c.Stance, data.ErrInvalid)
	}
	err := s.userEdit(ctx, "statement set", fmt.Sprint(id), func(e *edit) error {
		uid, err := e.userCopy(id, false)
		if err != nil {
			return err
		}
		if c.ActorID != nil {
			if _, _, _, err := actorRow(ctx, e.tx, *c.ActorID); err != nil {
				return err
			}
			if err := e.exec("statements", uid, "UPDATE statements SET actor_id = ? WHERE id = ?", *c.ActorID, uid); err != nil {
				return err
			}
		}
		if c.Topic != nil {
			var topic sql.NullInt64
			if *c.Topic != "" {
				tid, err := topicID(ctx, e.tx, *c.Topic)
				if err != nil {
					return err
				}
				topic = sql.NullInt64{Int64: tid, Valid: true}
			}
			if err := e.exec("statements", uid, "UPDATE statements SET topic_id = ? WHERE id = ?", topic, uid); err != nil {
				return err
			}
		}
		if c.Stance != nil {
			return e.exec("statements", uid, "UPDATE statements SET stance = ?, confidence = 1 WHERE id = ?", *c.Stance, uid)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("set statement: %w", err)
	}
	return nil
}

// userCopy makes statement id the user's (it keeps its ID) and returns
// the ID; marked deleted when tombstone.
func (e *edit) userCopy(id int64, tombstone bool) (int64, error) {
	var origin string
	var deleted bool
	err := e.tx.QueryRowContext(e.ctx, "SELECT origin, deleted FROM statements WHERE id = ?", id).Scan(&origin, &deleted)
	if err == sql.ErrNoRows || deleted {
		return 0, fmt.Errorf("statement %d: %w", id, data.ErrNotFound)
	}
	if err != nil {
		return 0, err
	}
	if origin == data.OriginUser {
		if tombstone {
			return id, e.exec("statements", id, "UPDATE statements SET deleted = 1 WHERE id = ?", id)
		}
		return id, nil
	}
	// the automatic row becomes the user's, under the same ID: its actor
	// made explicit, so that it keeps the speaker it had, and anchored, so
	// that the analysis does not write it again
	return id, e.exec("statements", id, `UPDATE statements SET origin = 'user', deleted = ?,
		actor_id = (SELECT resolved_actor FROM statement_actors WHERE id = ?),
		anchor_speaker = speaker_key, anchor_topic = COALESCE(topic_id, 0) WHERE id = ?`, tombstone, id, id)
}

// DeleteStatement deletes a statement; an automatic one stays deleted
// when the analysis runs again.
func (s *Store) DeleteStatement(ctx context.Context, id int64) error {
	err := s.userEdit(ctx, "statement delete", fmt.Sprint(id), func(e *edit) error {
		_, err := e.userCopy(id, true)
		return err
	})
	if err != nil {
		return fmt.Errorf("delete statement: %w", err)
	}
	return nil
}

// NewStatement is a statement the user adds: a sentence of an article,
// by byte offsets into its title or body.
type NewStatement struct {
	ArticleID          int64
	InTitle            bool
	SentStart, SentEnd int
	ActorID            int64
	Topic              string
	Stance             string
}

// AddStatement adds a user statement and returns its ID.
func (s *Store) AddStatement(ctx context.Context, n NewStatement) (int64, error) {
	if !validStance(n.Stance) || (n.Stance != "" && n.Topic == "") || n.SentEnd <= n.SentStart {
		return 0, fmt.Errorf("add statement: %w", data.ErrInvalid)
	}
	var id int64
	err := s.userEdit(ctx, "statement add", fmt.Sprint(n.ArticleID), func(e *edit) error {
		if _, _, _, err := actorRow(ctx, e.tx, n.ActorID); err != nil {
			return err
		}
		var topic sql.NullInt64
		if n.Topic != "" {
			tid, err := topicID(ctx, e.tx, n.Topic)
			if err != nil {
				return err
			}
			topic = sql.NullInt64{Int64: tid, Valid: true}
		}
		var err error
		id, err = e.insert("statements", `INSERT INTO statements(article_id, in_title, sent_start, sent_end, start, end,
			actor_id, topic_id, stance, confidence, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'user')`,
			n.ArticleID, n.InTitle, n.SentStart, n.SentEnd, n.SentStart, n.SentEnd, n.ActorID, topic, n.Stance)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("add statement: %w", err)
	}
	return id, nil
}

// ArticleStance is an actor's stance in one article toward one topic:
// the stance its statements there carry the most confidence for.
type ArticleStance struct {
	ActorID    int64   `json:"actor_id"`
	Actor      string  `json:"actor"`
	Topic      string  `json:"topic"`
	Stance     string  `json:"stance"`
	Weight     float64 `json:"weight"` // share of the statements' confidence behind it
	Statements int     `json:"statements"`
}

// ArticleStances sums up each actor's statements in an article, per topic.
func (s *Store) ArticleStances(ctx context.Context, articleID int64) ([]ArticleStance, error) {
	q := `SELECT s.resolved_actor, a.name, t.name, s.stance, sum(s.confidence), count(*)
		FROM statement_actors s JOIN actors a ON a.id = s.resolved_actor JOIN topics t ON t.id = s.topic_id
		WHERE s.article_id = ? AND s.stance <> ''
		GROUP BY s.resolved_actor, t.name, s.stance ORDER BY s.resolved_actor, t.name`
	type key struct {
		actor int64
		topic string
	}
	best := map[key]*ArticleStance{}
	total := map[key]float64{}
	var order []key
	err := eachRow(ctx, s.w, q, []any{articleID}, func(sc scanner) error {
		var v ArticleStance
		var w float64
		if err := sc.Scan(&v.ActorID, &v.Actor, &v.Topic, &v.Stance, &w, &v.Statements); err != nil {
			return err
		}
		k := key{v.ActorID, v.Topic}
		total[k] += w
		b := best[k]
		if b == nil {
			order = append(order, k)
			v.Weight = w
			best[k] = &v
			return nil
		}
		n := b.Statements + v.Statements
		if w > b.Weight {
			v.Weight = w
			*b = v
		}
		b.Statements = n
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("sum up stances: %w", err)
	}
	out := make([]ArticleStance, len(order))
	for i, k := range order {
		out[i] = *best[k]
		out[i].Weight = float64(int(out[i].Weight/total[k]*100+0.5)) / 100
	}
	return out, nil
}
