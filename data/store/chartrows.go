package store

import (
	"context"
	"fmt"
)

// ChartStatement is one statement with a stance, flattened for charts: the
// actor it resolves to (after the user's aliases and merges), its article's
// outlet and date, its topic and stance.
type ChartStatement struct {
	ActorID     int64
	Actor       string
	ArticleID   int64
	StatementID int64
	Source      string
	Date        string
	Topic       string
	Stance      string
}

// ChartMention is one mention of an actor, flattened for charts.
type ChartMention struct {
	ActorID   int64
	Actor     string
	ArticleID int64
	Source    string
	Date      string
}

// ChartStatements returns every statement that has an actor and a stance.
func (s *Store) ChartStatements(ctx context.Context) ([]ChartStatement, error) {
	actors, err := s.chartActors(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `
		SELECT sa.resolved_actor, sa.article_id, sa.id, ar.source, ar.date, COALESCE(t.name, ''), sa.stance
		FROM statement_actors sa
		JOIN articles ar ON ar.id = sa.article_id
		LEFT JOIN topics t ON t.id = sa.topic_id
		WHERE sa.resolved_actor IS NOT NULL AND sa.stance <> ''
		ORDER BY sa.id`)
	if err != nil {
		return nil, fmt.Errorf("query chart statements: %w", err)
	}
	defer rows.Close()
	var out []ChartStatement
	for rows.Next() {
		var c ChartStatement
		if err := rows.Scan(&c.ActorID, &c.ArticleID, &c.StatementID, &c.Source, &c.Date, &c.Topic, &c.Stance); err != nil {
			return nil, fmt.Errorf("read chart statement: %w", err)
		}
		a, ok := actors.resolve(c.ActorID)
		if !ok {
			continue
		}
		c.ActorID, c.Actor = a.id, a.name
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read chart statements: %w", err)
	}
	return out, nil
}

// ChartMentions returns every mention that resolves to an actor.
func (s *Store) ChartMentions(ctx context.Context) ([]ChartMention, error) {
	actors, err := s.chartActors(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `
		SELECT ma.actor_id, ma.article_id, ar.source, ar.date
		FROM mention_actors ma
		JOIN articles ar ON ar.id = ma.article_id
		WHERE ma.actor_id IS NOT NULL
		ORDER BY ma.id`)
	if err != nil {
		return nil, fmt.Errorf("query chart mentions: %w", err)
	}
	defer rows.Close()
	var out []ChartMention
	for rows.Next() {
		var c ChartMention
		if err := rows.Scan(&c.ActorID, &c.ArticleID, &c.Source, &c.Date); err != nil {
			return nil, fmt.Errorf("read chart mention: %w", err)
		}
		a, ok := actors.resolve(c.ActorID)
		if !ok {
			continue
		}
		c.ActorID, c.Actor = a.id, a.name
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read chart mentions: %w", err)
	}
	return out, nil
}

type chartActor struct {
	id, mergedInto int64
	name           string
}

// chartActorSet maps actor IDs to actors, to follow merges.
type chartActorSet map[int64]chartActor

// chartActors loads every actor's name and merge target.
func (s *Store) chartActors(ctx context.Context) (chartActorSet, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT id, name, COALESCE(merged_into, 0) FROM actors`)
	if err != nil {
		return nil, fmt.Errorf("query actors: %w", err)
	}
	defer rows.Close()
	set := make(chartActorSet)
	for rows.Next() {
		var a chartActor
		if err := rows.Scan(&a.id, &a.name, &a.mergedInto); err != nil {
			return nil, fmt.Errorf("read actor: %w", err)
		}
		set[a.id] = a
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read actors: %w", err)
	}
	return set, nil
}

// resolve follows merges from id to the actor that absorbed it.
func (set chartActorSet) resolve(id int64) (chartActor, bool) {
	a, ok := set[id]
	for hops := 0; ok && a.mergedInto != 0 && hops < len(set); hops++ {
		a, ok = set[a.mergedInto]
	}
	return a, ok
}
