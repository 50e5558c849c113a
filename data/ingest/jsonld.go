package ingest

import (
	"encoding/json"
	"strings"
)

// ldArticle is what a page's JSON-LD says about its article.
type ldArticle struct {
	headline, body, published, author, publisher, url string
}

// parseLD reads JSON-LD and returns the first NewsArticle (or Article,
// ReportageNewsArticle, BlogPosting) in it, looking inside arrays and
// @graph.
func parseLD(text string) ldArticle {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(text)), &v) != nil {
		return ldArticle{}
	}
	obj := findLDArticle(v, 0)
	if obj == nil {
		return ldArticle{}
	}
	return ldArticle{
		headline:  ldString(obj["headline"]),
		body:      ldString(obj["articleBody"]),
		published: firstOf(ldString(obj["datePublished"]), ldString(obj["dateCreated"])),
		author:    ldString(obj["author"]),
		publisher: ldString(obj["publisher"]),
		url:       firstOf(ldString(obj["url"]), ldString(obj["mainEntityOfPage"])),
	}
}

func findLDArticle(v any, depth int) map[string]any {
	if depth > 6 {
		return nil
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			if obj := findLDArticle(e, depth+1); obj != nil {
				return obj
			}
		}
	case map[string]any:
		if isLDArticle(t["@type"]) {
			return t
		}
		if g, ok := t["@graph"]; ok {
			return findLDArticle(g, depth+1)
		}
	}
	return nil
}

func isLDArticle(v any) bool {
	switch t := v.(type) {
	case string:
		return strings.HasSuffix(t, "Article") || t == "BlogPosting"
	case []any:
		for _, e := range t {
			if isLDArticle(e) {
				return true
			}
		}
	}
	return false
}

// ldString reads a JSON-LD value as text: a string, the name (or @id) of
// an object, or the values of a list joined with "، ".
func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case map[string]any:
		return firstOf(ldString(t["name"]), ldString(t["@id"]))
	case []any:
		var parts []string
		for _, e := range t {
			if s := ldString(e); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, "، ")
	}
	return ""
}
