package app

import (
	"context"

	"marsad/data"
	"marsad/data/store"
)

// articleStore is what the Articles view reads and changes; *store.Store
// has it.
type articleStore interface {
	ListArticlePage(ctx context.Context, f store.ArticleFilter, offset, limit int) ([]store.ArticleSummary, error)
	Search(ctx context.Context, query string, limit int) ([]store.Hit, error)
	CountArticles(ctx context.Context, f store.ArticleFilter) (int, error)
	Article(ctx context.Context, id int64) (*data.Article, error)
	Sources(ctx context.Context) ([]store.SourceCount, error)
	UpdateArticle(ctx context.Context, id int64, e store.ArticleEdit) error
}

// mentionInfo is an actor named in an article.
type mentionInfo struct {
	ActorID    int64
	Actor      string
	Start, End int // byte offsets in the body
}

// statementInfo is a statement as the views show it.
type statementInfo struct {
	ID         int64
	ArticleID  int64
	ActorID    int64
	Actor      string
	Topic      string
	Stance     string // "" when not about a topic
	Cues       []string
	Confidence float64
	Origin     string // data.OriginAuto or data.OriginUser
	Start, End int    // the sentence, byte offsets in the body
	Sentence   string
}

// actorChoice is an actor as a choice in a form.
type actorChoice struct {
	ID   int64
	Name string
}

// filterOption is one choice of a filter: its label and the condition it
// adds to the article query.
type filterOption struct {
	Label string
	Cond  store.Cond
}

// analysisStore is what the reader and the filters need of the analysis.
type analysisStore interface {
	// Analysis returns the mentions and statements of an article.
	Analysis(ctx context.Context, articleID int64) ([]mentionInfo, []statementInfo, error)
	// Filters returns the choices of the actor, topic, stance and story
	// filters, by filter name.
	Filters(ctx context.Context) (map[string][]filterOption, error)
	// ActorNames lists the actors, for correcting a statement's actor.
	ActorNames(ctx context.Context) ([]actorChoice, error)
	// CorrectStatement sets a statement's actor and stance (origin user).
	CorrectStatement(ctx context.Context, id, actorID int64, stance string) error
	// StatementCounts returns the number of statements of each article.
	StatementCounts(ctx context.Context, ids []int64) (map[int64]int, error)
}

// statementStore reads statements by id, for the charts' click-through.
type statementStore interface {
	Statements(ctx context.Context, ids []int64) ([]statementInfo, error)
}
