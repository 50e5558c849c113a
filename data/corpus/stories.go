package corpus

import (
	"context"
	"fmt"
	"strings"

	"marsad/data"
	"marsad/data/arabic"
	"marsad/data/store"
	"marsad/data/stories"
)

// StoriesStage returns the stage that groups the imported articles into
// stories (GroupNew), recorded in the articles' stories_version. It runs
// once, on every new article, when the import has stored them all: each
// run weighs words over the whole corpus, so running it per batch would
// cost the corpus size again for every batch.
func StoriesStage() Stage {
	return Stage{Name: "stories", Column: store.StageStories, Version: stories.SignatureVersion, AtEnd: true,
		Run: GroupNew}
}

// sigCache holds decoded signatures by article ID.
type sigCache struct {
	sigs map[int64]stories.Signature
}

func newSigCache() *sigCache { return &sigCache{sigs: map[int64]stories.Signature{}} }

// GroupNew signs the articles ids (newly imported) and groups them
// against the stories of the corpus: each joins the story it resembles
// most, forms a new one with an article it matches, or stays alone.
// Articles already placed, by grouping or by the user, are left where
// they are, so running it again on the same articles changes nothing.
func GroupNew(ctx context.Context, st *store.Store, ids []int64) error {
	return groupNew(ctx, st, ids, newSigCache())
}

func groupNew(ctx context.Context, st *store.Store, ids []int64, c *sigCache) error {
	if err := signArticles(ctx, st, ids); err != nil {
		return err
	}
	all, _, err := loadItems(ctx, st, c)
	if err != nil {
		return err
	}
	fresh := map[int64]bool{}
	for _, id := range ids {
		fresh[id] = true
	}
	var existing, batch []stories.Item
	for _, it := range all {
		if fresh[it.item.ID] && !it.placed {
			batch = append(batch, it.item)
		} else {
			existing = append(existing, it.item)
		}
	}
	return applyGroups(ctx, st, existing, batch)
}

// Regroup groups the corpus again: the stories grouping made are
// dissolved and rebuilt; the stories the user placed an article into stay
// whole (other articles may join them), and articles the user took out of
// stories stay out.
func Regroup(ctx context.Context, st *store.Store) error {
	if err := st.ClearAutoStories(ctx); err != nil {
		return err
	}
	c := newSigCache()
	all, missing, err := loadItems(ctx, st, c)
	if err != nil {
		return err
	}
	if len(missing) > 0 {
		if err := signArticles(ctx, st, missing); err != nil {
			return err
		}
		if all, _, err = loadItems(ctx, st, c); err != nil {
			return err
		}
	}
	var placed, rest []stories.Item
	for _, it := range all {
		if it.placed {
			placed = append(placed, it.item)
		} else {
			rest = append(rest, it.item)
		}
	}
	return applyGroups(ctx, st, placed, rest)
}

// MoveArticle puts an article into a story, or out of every story when
// storyID is 0, as the user's correction: grouping never undoes it.
func MoveArticle(ctx context.Context, st *store.Store, articleID, storyID int64) error {
	return st.MoveArticle(ctx, articleID, storyID)
}

func applyGroups(ctx context.Context, st *store.Store, existing, batch []stories.Item) error {
	if len(batch) == 0 {
		return nil
	}
	opts, err := groupOptions()
	if err != nil {
		return err
	}
	groups := stories.Group(existing, batch, opts)
	changes := make([]store.StoryChange, len(groups))
	for i, g := range groups {
		changes[i] = store.StoryChange{ID: g.ID, Added: g.Added, Central: g.Central}
	}
	return st.ApplyStories(ctx, changes)
}

func groupOptions() (stories.Options, error) {
	bg, err := stories.DefaultBackground()
	if err != nil {
		return stories.Options{}, fmt.Errorf("group stories: %w", err)
	}
	return stories.Options{Background: bg}, nil
}

// storyItem is an article as grouping sees it, with how it stands.
type storyItem struct {
	item   stories.Item
	placed bool // it has a membership row
}

// loadItems reads every signed article with its date, membership and
// actors, and lists the articles without a signature of the current
// version, which take no part. Signatures not in the cache are read and
// decoded into it.
func loadItems(ctx context.Context, st *store.Store, c *sigCache) ([]storyItem, []int64, error) {
	arts, err := st.StoryArticles(ctx, stories.SignatureVersion, false)
	if err != nil {
		return nil, nil, err
	}
	if err := c.fill(ctx, st, arts); err != nil {
		return nil, nil, err
	}
	actors, err := actorIDs(ctx, st)
	if err != nil {
		return nil, nil, err
	}
	out := make([]storyItem, 0, len(arts))
	var unsigned []int64
	for _, a := range arts {
		sig, ok := c.sigs[a.ID]
		if !a.Signed || !ok {
			unsigned = append(unsigned, a.ID)
			continue
		}
		out = append(out, storyItem{placed: a.Origin != "", item: stories.Item{ID: a.ID, Date: a.Date, Sig: sig,
			Story: a.Story, Pinned: a.Origin == data.OriginUser, Actors: actors[a.ID]}})
	}
	return out, unsigned, nil
}

// fill reads and decodes the signatures of the signed articles it lacks.
// A signature that does not decode is left out: its article counts as
// unsigned and is signed again by Regroup.
func (c *sigCache) fill(ctx context.Context, st *store.Store, arts []store.StoryArticle) error {
	var need []int64
	for _, a := range arts {
		if _, ok := c.sigs[a.ID]; a.Signed && !ok {
			need = append(need, a.ID)
		}
	}
	blobs, err := st.Signatures(ctx, stories.SignatureVersion, need)
	if err != nil {
		return err
	}
	for id, b := range blobs {
		var sig stories.Signature
		if sig.UnmarshalBinary(b) == nil {
			c.sigs[id] = sig
		}
	}
	return nil
}

// actorIDs numbers the actor keys found in each article. A corpus not
// analysed yet has none and groups by text alone.
func actorIDs(ctx context.Context, st *store.Store) (map[int64][]int64, error) {
	keys, err := st.ArticleActorKeys(ctx)
	if err != nil {
		return nil, err
	}
	ids := map[string]int64{}
	out := make(map[int64][]int64, len(keys))
	for art, ks := range keys {
		for _, k := range ks {
			id, ok := ids[k]
			if !ok {
				id = int64(len(ids) + 1)
				ids[k] = id
			}
			out[art] = append(out[art], id)
		}
	}
	return out, nil
}

// signArticles computes and stores the signatures of the articles, with
// their photo captions left out.
func signArticles(ctx context.Context, st *store.Store, ids []int64) error {
	for start := 0; start < len(ids); start += 500 {
		arts, err := st.ArticlesByID(ctx, ids[start:min(start+500, len(ids))])
		if err != nil {
			return err
		}
		signed := stories.SignAll(len(arts), func(i int) (string, string) { return arts[i].Title, withoutCaptions(arts[i]) })
		sigs := make(map[int64][]byte, len(arts))
		for i, a := range arts {
			b, err := signed[i].MarshalBinary()
			if err != nil {
				return fmt.Errorf("sign article %d: %w", a.ID, err)
			}
			sigs[a.ID] = b
		}
		if err := st.SaveSignatures(ctx, stories.SignatureVersion, sigs); err != nil {
			return err
		}
	}
	return nil
}

// withoutCaptions returns the body with photo captions blanked out, so
// that offsets stay valid.
func withoutCaptions(a *data.Article) string {
	body := a.Body
	for _, sp := range captionSpans(a) {
		body = body[:sp.Start] + strings.Repeat(" ", sp.End-sp.Start) + body[sp.End:]
	}
	return body
}

func captionSpans(a *data.Article) []arabic.Span {
	var out []arabic.Span
	for _, m := range a.Marks {
		if m.Kind == data.MarkCaption && m.Start >= 0 && m.Start <= m.End && m.End <= len(a.Body) {
			out = append(out, arabic.Span{Start: m.Start, End: m.End})
		}
	}
	return out
}

// Compare lines up two or more articles side by side (see
// stories.Compare), in the order given, with the actors and stances the
// analysis found in each, the user's corrections included.
func Compare(ctx context.Context, st *store.Store, ids []int64) (stories.Comparison, error) {
	if len(ids) < 2 {
		return stories.Comparison{}, fmt.Errorf("compare articles: %w: give two or more", data.ErrInvalid)
	}
	sides, err := compareSides(ctx, st, ids)
	if err != nil {
		return stories.Comparison{}, err
	}
	bg, err := stories.DefaultBackground()
	if err != nil {
		return stories.Comparison{}, fmt.Errorf("compare articles: %w", err)
	}
	return stories.Compare(sides, stories.CompareOptions{Background: bg}), nil
}

func compareSides(ctx context.Context, st *store.Store, ids []int64) ([]stories.Side, error) {
	arts, err := st.ArticlesByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	byID := map[int64]*data.Article{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	sides := make([]stories.Side, len(ids))
	index := map[int64]int{}
	for i, id := range ids {
		a := byID[id]
		if a == nil {
			return nil, fmt.Errorf("compare article %d: %w", id, data.ErrNotFound)
		}
		if _, dup := index[id]; dup {
			return nil, fmt.Errorf("compare articles: %w: article %d given twice", data.ErrInvalid, id)
		}
		index[id] = i
		sides[i] = stories.Side{ID: a.ID, Title: a.Title, Body: a.Body, Source: a.Source, Date: a.Date, File: a.File,
			Skip: captionSpans(a)}
	}
	mentions, err := st.StoryMentions(ctx, ids)
	if err != nil {
		return nil, err
	}
	for _, m := range mentions {
		s := &sides[index[m.ArticleID]]
		s.Mentions = append(s.Mentions, stories.Mention{Actor: m.Actor, Start: m.Start, End: m.End, InTitle: m.InTitle})
	}
	stmts, err := st.StoryStatements(ctx, ids)
	if err != nil {
		return nil, err
	}
	for _, m := range stmts {
		s := &sides[index[m.ArticleID]]
		text := s.Body
		if m.InTitle {
			text = s.Title
		}
		s.Statements = append(s.Statements, stories.Statement{Actor: m.Actor, Stance: m.Stance, Topic: m.Topic,
			InTitle: m.InTitle, Start: m.Start, End: m.End, Text: clip(text, m.Start, m.End), Cue: m.Verb})
	}
	return sides, nil
}

// clip returns s[start:end], or "" when the offsets do not fit s.
func clip(s string, start, end int) string {
	if start < 0 || start > end || end > len(s) {
		return ""
	}
	return s[start:end]
}
