package app

import (
	"context"

	"errors"
	"fmt"
	"fyne.io/fyne/v2/lang"
	"sync"

	"marsad/charts"
	"marsad/data"
	"marsad/data/corpus"
	"marsad/data/store"
	"marsad/data/stories"
)

// corpusData gives the views what the analysis, the stories and the edit
// log keep in a corpus, shaped as each view reads it.
type corpusData struct {
	st *store.Store

	keyOnce sync.Once
	keyOf   func(string) string
	keyErr  error
}

func newCorpusData(st *store.Store) *corpusData { return &corpusData{st: st} }

// key returns the alias key the analysis gives a name.
func (c *corpusData) key(ctx context.Context, name string) (string, error) {
	c.keyOnce.Do(func() {
		a, err := corpus.Analyzer(ctx, c.st)
		if err != nil {
			c.keyErr = err
			return
		}
		c.keyOf = a.KeyOf
	})
	if c.keyErr != nil {
		return "", c.keyErr
	}
	return c.keyOf(name), nil
}

// Analysis returns the mentions and statements in an article's body.
func (c *corpusData) Analysis(ctx context.Context, id int64) ([]mentionInfo, []statementInfo, error) {
	ms, err := c.st.StoryMentions(ctx, []int64{id})
	if err != nil {
		return nil, nil, err
	}
	var mentions []mentionInfo
	for _, m := range ms {
		if !m.InTitle {
			mentions = append(mentions, mentionInfo{ActorID: m.ActorID, Actor: m.Actor, Start: m.Start, End: m.End})
		}
	}
	sv, err := c.st.Statements(ctx, store.StatementFilter{ArticleID: id})
	if err != nil {
		return nil, nil, err
	}
	var stmts []statementInfo
	for _, s := range sv {
		if !s.InTitle {
			stmts = append(stmts, toStatementInfo(s))
		}
	}
	return mentions, stmts, nil
}

// toStatementInfo shapes a stored statement for the views: the band is
// the statement within its sentence.
func toStatementInfo(s store.StatementView) statementInfo {
	cues := make([]string, 0, len(s.Cues))
	for _, c := range s.Cues {
		t := c.Text + " (" + c.Class + ")"
		if c.Negated {
			t = "¬ " + t
		}
		cues = append(cues, t)
	}
	start, end := s.Start, s.End
	if end <= start {
		start, end = s.SentStart, s.SentEnd
	}
	return statementInfo{ID: s.ID, ArticleID: s.ArticleID, ActorID: s.ActorID, Actor: s.Actor, Topic: s.Topic,
		Stance: s.Stance, Cues: cues, Confidence: s.Confidence, Origin: s.Origin, Start: start, End: end, Sentence: s.Sentence}
}

// maxActorChoices is how many actors (the most mentioned) and stories
// (the largest) the filters offer.
const maxActorChoices = 300

// Filters returns the choices of the analysis filters of the Articles view.
func (c *corpusData) Filters(ctx context.Context) (map[string][]filterOption, error) {
	out := map[string][]filterOption{}
	actors, err := c.st.Actors(ctx, "")
	if err != nil {
		return nil, err
	}
	for _, a := range actors { // most mentioned first
		if a.Mentions == 0 && a.Statements == 0 || len(out["actor"]) == maxActorChoices {
			continue
		}
		out["actor"] = append(out["actor"], filterOption{Label: fmt.Sprintf("%s (%d)", a.Name, a.Mentions),
			Cond: store.Cond{SQL: "id IN (SELECT article_id FROM mention_actors WHERE actor_id = ? UNION SELECT article_id FROM statement_actors WHERE resolved_actor = ?)", Args: []any{a.ID, a.ID}}})
	}
	topics, err := c.st.Topics(ctx)
	if err != nil {
		return nil, err
	}
	for _, t := range topics {
		out["topic"] = append(out["topic"], filterOption{Label: t.Name,
			Cond: store.Cond{SQL: "id IN (SELECT article_id FROM statement_actors WHERE topic_id = ?)", Args: []any{t.ID}}})
	}
	if len(topics) > 0 {
		for _, s := range data.Stances {
			out["stance"] = append(out["stance"], filterOption{Label: lang.L(stanceLabel(s)),
				Cond: store.Cond{SQL: "id IN (SELECT article_id FROM statement_actors WHERE stance = ?)", Args: []any{s}}})
		}
	}
	sts, err := c.st.Stories(ctx)
	if err != nil {
		return nil, err
	}
	for _, s := range sts { // largest first
		if len(s.Articles) < 2 || len(out["story"]) == maxActorChoices {
			continue
		}
		out["story"] = append(out["story"], filterOption{Label: fmt.Sprintf("%s (%d)", s.Label, len(s.Articles)),
			Cond: store.Cond{SQL: "id IN (SELECT article_id FROM story_members WHERE story_id = ?)", Args: []any{s.ID}}})
	}
	return out, nil
}

// ActorNames lists the actors for the statement correction form.
func (c *corpusData) ActorNames(ctx context.Context) ([]actorChoice, error) {
	actors, err := c.st.Actors(ctx, "")
	if err != nil {
		return nil, err
	}
	out := make([]actorChoice, len(actors))
	for i, a := range actors {
		out[i] = actorChoice{ID: a.ID, Name: a.Name}
	}
	return out, nil
}

// CorrectStatement sets a statement's actor and stance.
func (c *corpusData) CorrectStatement(ctx context.Context, id, actorID int64, stance string) error {
	ch := store.StatementChange{Stance: &stance}
	if actorID != 0 {
		ch.ActorID = &actorID
	}
	return c.st.SetStatement(ctx, id, ch)
}

// StatementCounts counts the statements of each article.
func (c *corpusData) StatementCounts(ctx context.Context, ids []int64) (map[int64]int, error) {
	return c.st.StatementCounts(ctx, ids)
}

// Statements returns the statements with these ids, read article by
// article.
func (c *corpusData) Statements(ctx context.Context, ids []int64) ([]statementInfo, error) {
	want := map[int64]bool{}
	for _, id := range ids {
		want[id] = true
	}
	arts, err := c.st.StatementArticles(ctx, ids)
	if err != nil {
		return nil, err
	}
	var out []statementInfo
	for _, a := range arts {
		sv, err := c.st.Statements(ctx, store.StatementFilter{ArticleID: a})
		if err != nil {
			return nil, err
		}
		for _, s := range sv {
			if want[s.ID] {
				out = append(out, toStatementInfo(s))
			}
		}
	}
	return out, nil
}

// ChartRows returns every statement and mention, as the charts read them.
func (c *corpusData) ChartRows(ctx context.Context) ([]charts.StatementRow, []charts.MentionRow, error) {
	ss, err := c.st.ChartStatements(ctx)
	if err != nil {
		return nil, nil, err
	}
	ms, err := c.st.ChartMentions(ctx)
	if err != nil {
		return nil, nil, err
	}
	stmts := make([]charts.StatementRow, len(ss))
	for i, s := range ss {
		stmts[i] = charts.StatementRow(s)
	}
	ments := make([]charts.MentionRow, len(ms))
	for i, m := range ms {
		ments[i] = charts.MentionRow(m)
	}
	return stmts, ments, nil
}

// Stories lists the stories of two or more articles.
func (c *corpusData) Stories(ctx context.Context) ([]storyInfo, error) {
	sts, err := c.st.Stories(ctx)
	if err != nil {
		return nil, err
	}
	var out []storyInfo
	for _, s := range sts {
		if len(s.Articles) < 2 {
			continue
		}
		si := storyInfo{ID: s.ID, Label: s.Label, Sources: s.Sources, From: s.FirstDate, To: s.LastDate}
		for _, m := range s.Articles {
			si.Articles = append(si.Articles, m.ID)
		}
		out = append(out, si)
	}
	return out, nil
}

// Compare lines the articles up side by side.
func (c *corpusData) Compare(ctx context.Context, ids []int64) (stories.Comparison, error) {
	return corpus.Compare(ctx, c.st, ids)
}

// Undo reverts the last correction; "" when there was none.
func (c *corpusData) Undo(ctx context.Context) (string, error) { return editSummary(c.st.Undo(ctx)) }

// Redo applies the last undone correction again; "" when there was none.
func (c *corpusData) Redo(ctx context.Context) (string, error) { return editSummary(c.st.Redo(ctx)) }

func editSummary(e store.Edit, err error) (string, error) {
	if errors.Is(err, data.ErrNotFound) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	return e.Summary, nil
}

// Actors lists the actors, most mentioned first.
func (c *corpusData) Actors(ctx context.Context) ([]store.ActorSummary, error) {
	return c.st.Actors(ctx, "")
}

// Proposals lists spellings the analysis suggests as aliases.
func (c *corpusData) Proposals(ctx context.Context) ([]store.Proposal, error) {
	return c.st.Proposals(ctx)
}

// ActorStatements lists an actor's statements in the body of articles.
func (c *corpusData) ActorStatements(ctx context.Context, id int64) ([]statementInfo, error) {
	sv, err := c.st.Statements(ctx, store.StatementFilter{ActorID: id})
	if err != nil {
		return nil, err
	}
	out := make([]statementInfo, 0, len(sv))
	for _, s := range sv {
		if !s.InTitle {
			out = append(out, toStatementInfo(s))
		}
	}
	return out, nil
}

// RenameActor gives an actor a new display name.
func (c *corpusData) RenameActor(ctx context.Context, id int64, name string) error {
	k, err := c.key(ctx, name)
	if err != nil {
		return err
	}
	return c.st.RenameActor(ctx, id, name, k)
}

// SetActorKind sets an actor's kind and affiliation.
func (c *corpusData) SetActorKind(ctx context.Context, id int64, kind, affiliation string) error {
	return c.st.SetActor(ctx, id, &kind, &affiliation)
}

// AddAlias makes alias name the actor.
func (c *corpusData) AddAlias(ctx context.Context, id int64, alias string) error {
	k, err := c.key(ctx, alias)
	if err != nil {
		return err
	}
	return c.st.AddAlias(ctx, id, alias, k)
}

// RemoveAlias makes alias name no actor.
func (c *corpusData) RemoveAlias(ctx context.Context, alias string) error {
	k, err := c.key(ctx, alias)
	if err != nil {
		return err
	}
	return c.st.RemoveAlias(ctx, alias, k)
}

// MergeActors merges from into into.
func (c *corpusData) MergeActors(ctx context.Context, into, from int64) error {
	return c.st.MergeActors(ctx, into, from)
}

// SplitAlias makes a new actor named alias out of that alias of from.
func (c *corpusData) SplitAlias(ctx context.Context, from int64, alias string) (int64, error) {
	k, err := c.key(ctx, alias)
	if err != nil {
		return 0, err
	}
	return c.st.SplitActor(ctx, from, alias, k, []store.AliasRow{{Key: k, Alias: alias}})
}
