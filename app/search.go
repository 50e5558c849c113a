package app

import (
	"html"
	"strings"

	"marsad/data/store"
)

// maxHits is how many ranked hits a search shows.
const maxHits = 1000

// rankedSearch reports whether a filter is a search alone, which the list
// shows as ranked hits with snippets (store.Search) rather than by date.
func rankedSearch(f store.ArticleFilter) bool {
	return strings.TrimSpace(f.Query) != "" && len(f.Sources) == 0 && f.From == "" && f.To == "" && len(f.Extra) == 0
}

// snippetMarks turns a search snippet (matches in <mark>…</mark>, the
// rest HTML-escaped) into plain text and marks on the matches.
func snippetMarks(snippet string) (string, []mark) {
	var b strings.Builder
	var marks []mark
	rest := snippet
	for {
		i := strings.Index(rest, "<mark>")
		if i < 0 {
			b.WriteString(html.UnescapeString(rest))
			break
		}
		b.WriteString(html.UnescapeString(rest[:i]))
		rest = rest[i+len("<mark>"):]
		j := strings.Index(rest, "</mark>")
		if j < 0 {
			j = len(rest)
		}
		start := b.Len()
		b.WriteString(html.UnescapeString(rest[:j]))
		marks = append(marks, mark{start: start, end: b.Len(), style: markStyle{bold: true, background: colorActor}})
		rest = strings.TrimPrefix(rest[j:], "</mark>")
	}
	return b.String(), marks
}
