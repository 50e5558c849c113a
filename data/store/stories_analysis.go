package store

import (
	"context"
	"fmt"
)

// StoryMention is one place an actor is named, as story comparison needs
// it: the actor after the user's aliases and merges, and where.
type StoryMention struct {
	ArticleID  int64
	ActorID    int64
	Actor      string
	InTitle    bool
	Start, End int
}

// StoryStatement is one statement, as story comparison needs it.
type StoryStatement struct {
	ArticleID  int64
	ActorID    int64
	Actor      string
	InTitle    bool
	Start, End int
	Topic      string
	Stance     string
	Verb       string
}

// resolvedActor joins an actor id column to the actor it stands for
// after one merge.
const resolvedActor = `JOIN actors a ON a.id = %s LEFT JOIN actors b ON b.id = a.merged_into`

// StoryMentions returns the mentions of actors in the articles, by
// article and position.
func (s *Store) StoryMentions(ctx context.Context, ids []int64) ([]StoryMention, error) {
	var out []StoryMention
	for start := 0; start < len(ids); start += 500 {
		chunk := ids[start:min(start+500, len(ids))]
		rows, err := s.r.QueryContext(ctx, `SELECT ma.article_id, COALESCE(b.id, a.id), COALESCE(b.name, a.name),
			ma.in_title, ma.start, ma.end FROM mention_actors ma `+fmt.Sprintf(resolvedActor, "ma.actor_id")+`
			WHERE ma.article_id IN (`+placeholders(len(chunk))+`) ORDER BY ma.article_id, ma.in_title DESC, ma.start`,
			int64Args(chunk)...)
		if err != nil {
			return nil, fmt.Errorf("read mentions: %w", err)
		}
		for rows.Next() {
			var m StoryMention
			if err := rows.Scan(&m.ArticleID, &m.ActorID, &m.Actor, &m.InTitle, &m.Start, &m.End); err != nil {
				rows.Close()
				return nil, fmt.Errorf("read mentions: %w", err)
			}
			out = append(out, m)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("read mentions: %w", err)
		}
	}
	return out, nil
}

// StoryStatements returns the statements of the articles that resolve to
// an actor, the user's corrections included, by article and position.
func (s *Store) StoryStatements(ctx context.Context, ids []int64) ([]StoryStatement, error) {
	var out []StoryStatement
	for start := 0; start < len(ids); start += 500 {
		chunk := ids[start:min(start+500, len(ids))]
		rows, err := s.r.QueryContext(ctx, `SELECT sa.article_id, COALESCE(b.id, a.id), COALESCE(b.name, a.name),
			sa.in_title, sa.start, sa.end, COALESCE(t.name, ''), sa.stance, sa.verb
			FROM statement_actors sa `+fmt.Sprintf(resolvedActor, "sa.resolved_actor")+`
			LEFT JOIN topics t ON t.id = sa.topic_id
			WHERE sa.article_id IN (`+placeholders(len(chunk))+`) ORDER BY sa.article_id, sa.in_title DESC, sa.start`,
			int64Args(chunk)...)
		if err != nil {
			return nil, fmt.Errorf("read statements: %w", err)
		}
		for rows.Next() {
			var m StoryStatement
			if err := rows.Scan(&m.ArticleID, &m.ActorID, &m.Actor, &m.InTitle, &m.Start, &m.End, &m.Topic, &m.Stance, &m.Verb); err != nil {
				rows.Close()
				return nil, fmt.Errorf("read statements: %w", err)
			}
			out = append(out, m)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("read statements: %w", err)
		}
	}
	return out, nil
}

// ArticleActorKeys returns, for every analysed article, the keys of the
// actors the analysis found in it, for grouping by shared actors. It reads
// the mentions as found, before the user's aliases and merges, which keeps
// it fast enough to run on every imported batch.
func (s *Store) ArticleActorKeys(ctx context.Context) (map[int64][]string, error) {
	rows, err := s.r.QueryContext(ctx, "SELECT DISTINCT article_id, actor_key FROM mentions ORDER BY 1, 2")
	if err != nil {
		return nil, fmt.Errorf("read article actors: %w", err)
	}
	defer rows.Close()
	out := map[int64][]string{}
	for rows.Next() {
		var art int64
		var key string
		if err := rows.Scan(&art, &key); err != nil {
			return nil, fmt.Errorf("read article actors: %w", err)
		}
		out[art] = append(out[art], key)
	}
	return out, rows.Err()
}
