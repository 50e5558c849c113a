package store

import (
	"context"
	"fmt"
	"html"
	"strings"

	"marsad/data/arabic"
)

// ArticleSummary is what lists show of an article: no text.
type ArticleSummary struct {
	ID         int64
	Title      string
	Source     string
	Date       string
	DateOrigin string
	Author     string
	URL        string
	File       string
	Words      int
}

// Cond is an extra condition on articles, as SQL over the column id (or
// any articles column) with its arguments, e.g.
// {"id IN (SELECT article_id FROM statements WHERE actor_id = ?)", []any{7}}.
type Cond struct {
	SQL  string
	Args []any
}

// ArticleFilter selects articles for a list.
type ArticleFilter struct {
	Query    string   // search query (ParseQuery); "" = all
	Sources  []string // any of these outlets
	From, To string   // YYYY-MM-DD bounds, inclusive; articles without a date are left out when either is set
	Extra    []Cond   // further conditions from other parts of the corpus
	Limit    int      // 0 = no limit
	Offset   int
}

func (f ArticleFilter) where() (string, []any, error) {
	var conds []string
	var args []any
	if strings.TrimSpace(f.Query) != "" {
		q, err := ParseQuery(f.Query)
		if err != nil {
			return "", nil, err
		}
		conds = append(conds, "a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
		args = append(args, q.Match)
	}
	if len(f.Sources) > 0 {
		conds = append(conds, "a.source IN ("+placeholders(len(f.Sources))+")")
		for _, s := range f.Sources {
			args = append(args, s)
		}
	}
	if f.From != "" {
		conds = append(conds, "a.date <> '' AND a.date >= ?")
		args = append(args, f.From)
	}
	if f.To != "" {
		conds = append(conds, "a.date <> '' AND a.date <= ?")
		args = append(args, f.To)
	}
	for _, c := range f.Extra {
		conds = append(conds, "("+c.SQL+")")
		args = append(args, c.Args...)
	}
	if len(conds) == 0 {
		return "", nil, nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args, nil
}

// ListArticles returns the articles that pass the filter, newest first
// (undated last), without their text.
func (s *Store) ListArticles(ctx context.Context, f ArticleFilter) ([]ArticleSummary, error) {
	where, args, err := f.where()
	if err != nil {
		return nil, err
	}
	q := `SELECT a.id, a.title, a.source, a.date, a.date_origin, a.author, a.url, a.file, a.words FROM articles a` +
		where + ` ORDER BY a.date = '', a.date DESC, a.id DESC`
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, f.Offset)
	}
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	defer rows.Close()
	var out []ArticleSummary
	for rows.Next() {
		var a ArticleSummary
		if err := rows.Scan(&a.ID, &a.Title, &a.Source, &a.Date, &a.DateOrigin, &a.Author, &a.URL, &a.File, &a.Words); err != nil {
			return nil, fmt.Errorf("list articles: %w", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// CountArticles returns how many articles pass the filter.
func (s *Store) CountArticles(ctx context.Context, f ArticleFilter) (int, error) {
	where, args, err := f.where()
	if err != nil {
		return 0, err
	}
	var n int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM articles a"+where, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count articles: %w", err)
	}
	return n, nil
}

// Sources returns the outlets in the corpus with their article counts,
// most articles first.
func (s *Store) Sources(ctx context.Context) ([]SourceCount, error) {
	rows, err := s.r.QueryContext(ctx, "SELECT source, count(*) FROM articles GROUP BY source ORDER BY count(*) DESC, source")
	if err != nil {
		return nil, fmt.Errorf("list sources: %w", err)
	}
	defer rows.Close()
	var out []SourceCount
	for rows.Next() {
		var sc SourceCount
		if err := rows.Scan(&sc.Source, &sc.Articles); err != nil {
			return nil, fmt.Errorf("list sources: %w", err)
		}
		out = append(out, sc)
	}
	return out, rows.Err()
}

// SourceCount is an outlet and how many articles it has in the corpus.
type SourceCount struct {
	Source   string
	Articles int
}

// Hit is one search result.
type Hit struct {
	ArticleSummary
	Snippet string        // a stretch of the original text, matches wrapped in <mark>…</mark>, the rest HTML-escaped
	Spans   []arabic.Span // the matched words, as byte offsets into the article's body
	Score   float64       // higher is better
}

// Search runs a query (see ParseQuery) and returns the best hits first.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]Hit, error) {
	q, err := ParseQuery(query)
	if err != nil {
		return nil, err
	}
	if limit <= 0 {
		limit = 50
	}
	// rank in the index alone, then read only the best articles' rows
	rows, err := s.r.QueryContext(ctx, `WITH best AS (
			SELECT rowid AS id, bm25(articles_fts, 3.0, 1.0) AS score FROM articles_fts
			WHERE articles_fts MATCH ? ORDER BY score LIMIT ?)
		SELECT a.id, a.title, a.source, a.date, a.date_origin, a.author, a.url, a.file, a.words, a.body, best.score
		FROM best JOIN articles a ON a.id = best.id ORDER BY best.score`, q.Match, limit)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	defer rows.Close()
	var out []Hit
	for rows.Next() {
		var h Hit
		var body string
		if err := rows.Scan(&h.ID, &h.Title, &h.Source, &h.Date, &h.DateOrigin, &h.Author, &h.URL, &h.File, &h.Words, &body, &h.Score); err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		h.Score = -h.Score
		toks := arabic.Tokens(body)
		h.Spans = matchTokens(toks, q.Stems)
		h.Snippet = snippet(body, toks, h.Spans, 30)
		out = append(out, h)
	}
	return out, rows.Err()
}

// MatchSpans returns the words of text whose stems are in stems.
func MatchSpans(text string, stems map[string]bool) []arabic.Span {
	return matchTokens(arabic.Tokens(text), stems)
}

func matchTokens(toks []arabic.Token, stems map[string]bool) []arabic.Span {
	list := make([]string, 0, len(stems))
	for st := range stems {
		list = append(list, st)
	}
	var out []arabic.Span
	for _, t := range toks {
		if couldMatch(t.Norm, list) && stems[arabic.Stem(t.Norm)] {
			out = append(out, arabic.Span{Start: t.Start, End: t.End})
		}
	}
	return out
}

// couldMatch is a cheap test before stemming: a word's stem is inside
// the word, so a word that contains none of the stems cannot match.
func couldMatch(norm string, stems []string) bool {
	for _, st := range stems {
		if strings.Contains(norm, st) {
			return true
		}
	}
	return false
}

// Snippet cuts about `words` words of text around the densest cluster of
// spans, wraps each span in <mark>…</mark> and escapes the rest as HTML.
func Snippet(text string, spans []arabic.Span, words int) string {
	return snippet(text, arabic.Tokens(text), spans, words)
}

func snippet(text string, toks []arabic.Token, spans []arabic.Span, words int) string {
	if len(toks) == 0 {
		return ""
	}
	center := 0
	if len(spans) > 0 {
		best := -1
		for i, sp := range spans {
			n := 0
			for _, o := range spans[i:] {
				if o.Start-sp.Start > 200 {
					break
				}
				n++
			}
			if n > best {
				best, center = n, sp.Start
			}
		}
	}
	first := 0
	for i, t := range toks {
		if t.Start <= center {
			first = i
		}
	}
	from := max(0, first-words/3)
	to := min(len(toks)-1, from+words-1)
	start, end := toks[from].Start, toks[to].End
	var b strings.Builder
	if from > 0 {
		b.WriteString("… ")
	}
	pos := start
	for _, sp := range spans {
		if sp.Start < start || sp.End > end {
			continue
		}
		b.WriteString(html.EscapeString(text[pos:sp.Start]))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(text[sp.Start:sp.End]))
		b.WriteString("</mark>")
		pos = sp.End
	}
	b.WriteString(html.EscapeString(text[pos:end]))
	if to < len(toks)-1 {
		b.WriteString(" …")
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
