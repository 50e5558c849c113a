package store

import (
	"fmt"
	"strings"
	"unicode"

	"marsad/data"
	"marsad/data/arabic"
)

// Query is a parsed search query: what FTS5 matches, and the stems to
// highlight in the original text.
type Query struct {
	Match string          // FTS5 match expression over the index text
	Stems map[string]bool // index terms that count as hits, for snippets
}

// ParseQuery turns what a user typed into an FTS5 expression over
// Marsad's index (normalised, Light10-stemmed words). Words are ANDed;
// each word also matches its forms with an attached ب، ل، ك or ف;
// "quoted words" must appear together in that order; OR between two words
// or phrases matches either; a leading - excludes a word or phrase. A
// malformed query returns an error wrapping data.ErrInvalid.
func ParseQuery(q string) (Query, error) {
	out := Query{Stems: map[string]bool{}}
	if strings.Count(q, "\"")%2 == 1 || strings.Count(q, "«") != strings.Count(q, "»") {
		return out, fmt.Errorf("search %q: a quotation mark is not closed: %w", q, data.ErrInvalid)
	}
	type part struct {
		expr string
		neg  bool
		or   bool // joined to the previous part with OR
	}
	var parts []part
	pendingOr := false
	for _, tok := range splitQuery(q) {
		if (tok.text == "OR" || tok.text == "أو") && !tok.quoted {
			if len(parts) == 0 {
				return out, fmt.Errorf("search %q: OR needs a word on each side: %w", q, data.ErrInvalid)
			}
			pendingOr = true
			continue
		}
		var expr string
		if tok.quoted {
			var stems []string
			for _, t := range arabic.Tokens(tok.text) {
				st := arabic.Stem(t.Norm)
				stems = append(stems, ftsString(st))
				out.Stems[st] = true
			}
			if len(stems) == 0 {
				continue
			}
			expr = strings.Join(stems, " + ")
		} else {
			var forms []string
			for _, t := range arabic.Tokens(tok.text) {
				fs := arabic.SearchForms(t.Text)
				alt := make([]string, len(fs))
				for i, f := range fs {
					alt[i] = ftsString(f)
					out.Stems[f] = true
				}
				forms = append(forms, group(alt, " OR "))
			}
			if len(forms) == 0 {
				continue
			}
			expr = group(forms, " AND ")
		}
		parts = append(parts, part{expr: expr, neg: tok.neg, or: pendingOr})
		pendingOr = false
	}
	if pendingOr {
		return out, fmt.Errorf("search %q: OR needs a word on each side: %w", q, data.ErrInvalid)
	}
	var pos, neg []string
	for _, p := range parts {
		switch {
		case p.neg:
			neg = append(neg, p.expr)
		case p.or && len(pos) > 0:
			pos[len(pos)-1] = "(" + pos[len(pos)-1] + " OR " + p.expr + ")"
		default:
			pos = append(pos, p.expr)
		}
	}
	if len(pos) == 0 {
		if len(neg) > 0 {
			return out, fmt.Errorf("search %q: a query cannot only exclude words: %w", q, data.ErrInvalid)
		}
		return out, fmt.Errorf("search %q: no words to search for: %w", q, data.ErrInvalid)
	}
	out.Match = strings.Join(pos, " AND ")
	for _, n := range neg {
		out.Match = "(" + out.Match + ") NOT " + n
	}
	return out, nil
}

type queryToken struct {
	text   string
	quoted bool
	neg    bool
}

// splitQuery splits a query at spaces, keeping "quoted phrases" (straight
// or «guillemet» quotes) together and noting a leading minus.
func splitQuery(q string) []queryToken {
	var out []queryToken
	rs := []rune(q)
	for i := 0; i < len(rs); {
		r := rs[i]
		if unicode.IsSpace(r) {
			i++
			continue
		}
		neg := false
		if r == '-' && i+1 < len(rs) && !unicode.IsSpace(rs[i+1]) {
			neg = true
			i++
			r = rs[i]
		}
		if r == '"' || r == '«' {
			closer := '"'
			if r == '«' {
				closer = '»'
			}
			j := i + 1
			for j < len(rs) && rs[j] != closer {
				j++
			}
			out = append(out, queryToken{text: string(rs[i+1 : min(j, len(rs))]), quoted: true, neg: neg})
			i = j + 1
			continue
		}
		j := i
		for j < len(rs) && !unicode.IsSpace(rs[j]) && rs[j] != '"' && rs[j] != '«' {
			j++
		}
		out = append(out, queryToken{text: string(rs[i:j]), neg: neg})
		i = j
	}
	return out
}

// ftsString quotes a term as an FTS5 string so that no character in it is
// read as syntax.
func ftsString(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

func group(items []string, op string) string {
	if len(items) == 1 {
		return items[0]
	}
	return "(" + strings.Join(items, op) + ")"
}
