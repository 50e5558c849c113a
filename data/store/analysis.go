package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"marsad/data"
)

// ActorRow is an actor as the analysis found it.
type ActorRow struct {
	Key         string
	Name        string
	Kind        string
	Affiliation string
	Role        string
	Aliases     []AliasRow // other names seen, for display
}

// AliasRow is one name of an actor and its key.
type AliasRow struct {
	Key   string
	Alias string
}

// MentionRow is one mention found by the analysis.
type MentionRow struct {
	ActorKey, AliasKey string
	InTitle            bool
	Start, End         int
	Rule               string
}

// CueRow is one piece of evidence for a statement's stance.
type CueRow struct {
	Text    string `json:"text"`
	Class   string `json:"class"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Negated bool   `json:"negated,omitempty"`
}

// StatementRow is one statement found by the analysis.
type StatementRow struct {
	InTitle            bool
	SentStart, SentEnd int
	Start, End         int
	SpeakerKey         string
	AliasKey           string
	Topic              string // topic name, "" for none
	Stance             string
	Confidence         float64
	Cues               []CueRow
	Verb, Pattern      string
}

// ProposalRow is a proposed merge of a spelling into an actor.
type ProposalRow struct {
	Alias, AliasKey, ActorKey string
	InTitle                   bool
	Start, End                int
}

// ArticleAnalysis is what the analysis found in one article.
type ArticleAnalysis struct {
	ArticleID  int64
	Actors     []ActorRow
	Mentions   []MentionRow
	Statements []StatementRow
	Proposals  []ProposalRow
}

// ClearShownAliases removes the names the analysis recorded for display,
// before a re-analysis records them afresh; the user's aliases and each
// actor's own key stay.
func (s *Store) ClearShownAliases(ctx context.Context) error {
	_, err := s.w.ExecContext(ctx, `DELETE FROM actor_aliases WHERE origin = 'auto'
		AND key NOT IN (SELECT key FROM actors)`)
	if err != nil {
		return fmt.Errorf("clear aliases: %w", err)
	}
	return nil
}

// Proposal is a spelling the analysis found one letter away from an
// actor's name, with how often it was seen, for the user to confirm with
// an alias or to ignore.
type Proposal struct {
	Alias    string `json:"alias"`
	AliasKey string `json:"-"`
	ActorID  int64  `json:"actor_id"`
	Actor    string `json:"actor"`
	Articles int    `json:"articles"`
}

// Proposals returns the proposed merges of spellings not yet made into
// aliases, most frequent first.
func (s *Store) Proposals(ctx context.Context) ([]Proposal, error) {
	q := `SELECT p.alias, p.alias_key, al.actor_id, a.name, count(DISTINCT p.article_id) FROM proposed_merges p
		JOIN actor_aliases al ON al.key = p.actor_key JOIN actors a ON a.id = al.actor_id
		WHERE NOT EXISTS (SELECT 1 FROM actor_aliases x WHERE x.key = p.alias_key AND x.origin = 'user')
		AND NOT EXISTS (SELECT 1 FROM proposal_rejections r WHERE r.alias_key = p.alias_key AND r.actor_key = a.key)
		GROUP BY p.alias_key, al.actor_id ORDER BY 5 DESC, p.alias`
	var out []Proposal
	err := eachRow(ctx, s.w, q, nil, func(sc scanner) error {
		var p Proposal
		if err := sc.Scan(&p.Alias, &p.AliasKey, &p.ActorID, &p.Actor, &p.Articles); err != nil {
			return err
		}
		out = append(out, p)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list proposals: %w", err)
	}
	return out, nil
}

// RejectProposal records that the spelling with aliasKey is not a name
// of the actor: it is not proposed for it again (a logged, undoable edit).
func (s *Store) RejectProposal(ctx context.Context, aliasKey string, actorID int64) error {
	err := s.userEdit(ctx, "proposal reject", aliasKey, func(e *edit) error {
		key, _, _, err := actorRow(ctx, e.tx, actorID)
		if err != nil {
			return err
		}
		_, err = e.insert("proposal_rejections", "INSERT OR IGNORE INTO proposal_rejections(alias_key, actor_key) VALUES (?, ?)", aliasKey, key)
		return err
	})
	if err != nil {
		return fmt.Errorf("reject proposal: %w", err)
	}
	return nil
}

// anchor identifies an automatic statement a user row replaces.
type anchor struct {
	article            int64
	inTitle            bool
	sentStart, sentEnd int
	speaker            string
	topic              int64
}

// WriteAnalysis replaces the automatic results of the given articles by
// new ones in one transaction. Rows the user made or corrected (origin
// user, tombstones included) are kept, and an automatic statement a user
// row replaces is not written again. Actors are added, and automatic
// actors get the gazetteer's current name, kind, affiliation and role;
// actors the user edited are left as they are.
func (s *Store) WriteAnalysis(ctx context.Context, results []ArticleAnalysis) error {
	if len(results) == 0 {
		return nil
	}
	return s.Tx(ctx, func(tx *sql.Tx) error {
		topics, err := topicIDs(ctx, tx)
		if err != nil {
			return err
		}
		ids := make([]int64, len(results))
		for i, r := range results {
			ids[i] = r.ArticleID
		}
		anchors, old, err := clearAuto(ctx, tx, ids)
		if err != nil {
			return err
		}
		if err := upsertActors(ctx, tx, results); err != nil {
			return err
		}
		return insertResults(ctx, tx, results, topics, anchors, old)
	})
}

// clearAuto deletes the automatic results of the articles and returns the
// anchors of their user statements, and the IDs the automatic statements
// had, by their place, speaker and topic: a statement found again keeps
// its ID.
func clearAuto(ctx context.Context, tx *sql.Tx, ids []int64) (map[anchor]bool, map[anchor]int64, error) {
	anchors := map[anchor]bool{}
	old := map[anchor]int64{}
	for start := 0; start < len(ids); start += 500 {
		chunk := ids[start:min(start+500, len(ids))]
		in := "(" + placeholders(len(chunk)) + ")"
		args := int64Args(chunk)
		err := eachRow(ctx, tx, `SELECT id, article_id, in_title, sent_start, sent_end, speaker_key, COALESCE(topic_id, 0)
			FROM statements WHERE origin = 'auto' AND article_id IN `+in, args, func(sc scanner) error {
			var a anchor
			var id int64
			if err := sc.Scan(&id, &a.article, &a.inTitle, &a.sentStart, &a.sentEnd, &a.speaker, &a.topic); err != nil {
				return err
			}
			if _, dup := old[a]; !dup {
				old[a] = id
			}
			return nil
		})
		if err != nil {
			return nil, nil, fmt.Errorf("read statements: %w", err)
		}
		for _, q := range []string{
			"DELETE FROM mentions WHERE article_id IN " + in,
			"DELETE FROM statements WHERE origin = 'auto' AND article_id IN " + in,
			"DELETE FROM proposed_merges WHERE article_id IN " + in,
		} {
			if _, err := tx.ExecContext(ctx, q, args...); err != nil {
				return nil, nil, fmt.Errorf("clear analysis: %w", err)
			}
		}
		rows, err := tx.QueryContext(ctx, `SELECT article_id, in_title, sent_start, sent_end, anchor_speaker, anchor_topic
			FROM statements WHERE origin = 'user' AND anchor_speaker <> '' AND article_id IN `+in, args...)
		if err != nil {
			return nil, nil, fmt.Errorf("read corrections: %w", err)
		}
		for rows.Next() {
			var a anchor
			if err := rows.Scan(&a.article, &a.inTitle, &a.sentStart, &a.sentEnd, &a.speaker, &a.topic); err != nil {
				rows.Close()
				return nil, nil, fmt.Errorf("read corrections: %w", err)
			}
			anchors[a] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, nil, fmt.Errorf("read corrections: %w", err)
		}
	}
	return anchors, old, nil
}

// upsertActors adds the actors of a batch, each once.
func upsertActors(ctx context.Context, tx *sql.Tx, results []ArticleAnalysis) error {
	actor, err := tx.PrepareContext(ctx, `INSERT INTO actors(key, name, kind, affiliation, role) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT(key) DO UPDATE SET name = excluded.name, kind = excluded.kind,
			affiliation = excluded.affiliation, role = excluded.role
		WHERE actors.origin = 'auto' AND (actors.name <> excluded.name OR actors.kind <> excluded.kind
			OR actors.affiliation <> excluded.affiliation OR actors.role <> excluded.role)`)
	if err != nil {
		return fmt.Errorf("store actors: %w", err)
	}
	defer actor.Close()
	alias, err := tx.PrepareContext(ctx, `INSERT INTO actor_aliases(key, alias, actor_id)
		SELECT ?, ?, id FROM actors WHERE key = ? ON CONFLICT(key) DO NOTHING`)
	if err != nil {
		return fmt.Errorf("store aliases: %w", err)
	}
	defer alias.Close()
	seen := map[string]bool{}
	for _, r := range results {
		for _, a := range r.Actors {
			if !seen[a.Key] {
				seen[a.Key] = true
				if _, err := actor.ExecContext(ctx, a.Key, a.Name, a.Kind, a.Affiliation, a.Role); err != nil {
					return fmt.Errorf("store actor %s: %w", a.Name, err)
				}
				if _, err := alias.ExecContext(ctx, a.Key, a.Name, a.Key); err != nil {
					return fmt.Errorf("store alias %s: %w", a.Name, err)
				}
			}
			for _, al := range a.Aliases {
				if seen[a.Key+"\x00"+al.Key] {
					continue
				}
				seen[a.Key+"\x00"+al.Key] = true
				if _, err := alias.ExecContext(ctx, al.Key, al.Alias, a.Key); err != nil {
					return fmt.Errorf("store alias %s: %w", al.Alias, err)
				}
			}
		}
	}
	return nil
}

// insertResults writes the mentions, statements and proposals.
func insertResults(ctx context.Context, tx *sql.Tx, results []ArticleAnalysis, topics map[string]int64, anchors map[anchor]bool, old map[anchor]int64) error {
	men, err := tx.PrepareContext(ctx, "INSERT INTO mentions(article_id, actor_key, alias_key, in_title, start, end, rule) VALUES (?, ?, ?, ?, ?, ?, ?)")
	if err != nil {
		return fmt.Errorf("store mentions: %w", err)
	}
	defer men.Close()
	stm, err := tx.PrepareContext(ctx, `INSERT INTO statements(id, article_id, in_title, sent_start, sent_end, start, end,
		speaker_key, alias_key, topic_id, stance, confidence, cues, verb, pattern) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("store statements: %w", err)
	}
	defer stm.Close()
	pro, err := tx.PrepareContext(ctx, "INSERT INTO proposed_merges(alias, alias_key, actor_key, article_id, in_title, start, end) VALUES (?, ?, ?, ?, ?, ?, ?)")
	if err != nil {
		return fmt.Errorf("store proposals: %w", err)
	}
	defer pro.Close()
	for _, r := range results {
		for _, m := range r.Mentions {
			if _, err := men.ExecContext(ctx, r.ArticleID, m.ActorKey, m.AliasKey, m.InTitle, m.Start, m.End, m.Rule); err != nil {
				return fmt.Errorf("store mention: %w", err)
			}
		}
		for _, st := range r.Statements {
			var topic sql.NullInt64
			if id, ok := topics[st.Topic]; ok && st.Topic != "" {
				topic = sql.NullInt64{Int64: id, Valid: true}
			}
			key := anchor{r.ArticleID, st.InTitle, st.SentStart, st.SentEnd, st.SpeakerKey, topic.Int64}
			if anchors[key] {
				continue // the user corrected or deleted it
			}
			var id sql.NullInt64 // NULL: a new ID
			if prev, ok := old[key]; ok {
				id = sql.NullInt64{Int64: prev, Valid: true}
				delete(old, key)
			}
			cues, err := json.Marshal(nonNilCues(st.Cues))
			if err != nil {
				return err
			}
			stance := st.Stance
			if !topic.Valid {
				stance = ""
			}
			if _, err := stm.ExecContext(ctx, id, r.ArticleID, st.InTitle, st.SentStart, st.SentEnd, st.Start, st.End,
				st.SpeakerKey, st.AliasKey, topic, stance, st.Confidence, string(cues), st.Verb, st.Pattern); err != nil {
				return fmt.Errorf("store statement: %w", err)
			}
		}
		for _, p := range r.Proposals {
			if _, err := pro.ExecContext(ctx, p.Alias, p.AliasKey, p.ActorKey, r.ArticleID, p.InTitle, p.Start, p.End); err != nil {
				return fmt.Errorf("store proposal: %w", err)
			}
		}
	}
	return nil
}

func nonNilCues(c []CueRow) []CueRow {
	if c == nil {
		return []CueRow{}
	}
	return c
}

// topicIDs maps topic names to their IDs.
func topicIDs(ctx context.Context, tx *sql.Tx) (map[string]int64, error) {
	rows, err := tx.QueryContext(ctx, "SELECT id, name FROM topics")
	if err != nil {
		return nil, fmt.Errorf("read topics: %w", err)
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			return nil, fmt.Errorf("read topics: %w", err)
		}
		out[name] = id
	}
	return out, rows.Err()
}

// validStance reports whether st is a stance (or "" for none).
func validStance(st string) bool {
	if st == "" {
		return true
	}
	for _, s := range data.Stances {
		if s == st {
			return true
		}
	}
	return false
}

// scanner is a row to scan.
type scanner interface{ Scan(...any) error }

func eachRow(ctx context.Context, db querier, q string, args []any, fn func(scanner) error) error {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// firstErr returns err, or other when err is nil.
func firstErr(err, other error) error {
	if err != nil {
		return err
	}
	return other
}
