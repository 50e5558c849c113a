package charts

import (
	"html"
	"strconv"
	"strings"
)

// textElem is one SVG <text> element as ECharts writes it: a single line,
// positioned by x, y, anchor, baseline and an optional transform.
type textElem struct {
	X, Y      float64
	Anchor    string // start, middle or end
	Baseline  string // dominant-baseline; "" for alphabetic
	Size      float64
	Bold      bool
	Fill      string
	Stroke    string
	StrokeW   float64
	Opacity   string // opacity attribute, passed through
	FillOp    string // fill-opacity attribute, passed through
	Transform string
	Text      string
}

// textSpan locates a parsed element in the source document.
type textSpan struct {
	Start, End int // byte offsets of "<text" and just past "</text>"
	Elem       textElem
}

// findTexts returns every <text> element of an SVG document in order.
// Elements it cannot read (unterminated, nested markup) are left out.
func findTexts(svg string) []textSpan {
	var out []textSpan
	pos := 0
	for {
		i := strings.Index(svg[pos:], "<text")
		if i < 0 {
			return out
		}
		start := pos + i
		rest := svg[start+len("<text"):]
		if rest == "" || !(rest[0] == ' ' || rest[0] == '>' || rest[0] == '/' || rest[0] == '\n' || rest[0] == '\t') {
			pos = start + len("<text")
			continue
		}
		span, ok := parseText(svg, start)
		if !ok {
			pos = start + len("<text")
			continue
		}
		out = append(out, span)
		pos = span.End
	}
}

// parseText reads one text element starting at svg[start:].
func parseText(svg string, start int) (textSpan, bool) {
	tagEnd := indexTagEnd(svg, start)
	if tagEnd < 0 {
		return textSpan{}, false
	}
	attrs := parseAttrs(svg[start+len("<text") : tagEnd])
	var content string
	end := tagEnd + 1
	if strings.HasSuffix(svg[:tagEnd], "/") {
		// self-closing: no content
	} else {
		j := strings.Index(svg[end:], "</text>")
		if j < 0 {
			return textSpan{}, false
		}
		raw := svg[end : end+j]
		if strings.ContainsRune(raw, '<') {
			return textSpan{}, false
		}
		content = html.UnescapeString(raw)
		end += j + len("</text>")
	}
	return textSpan{Start: start, End: end, Elem: newTextElem(attrs, content)}, true
}

// indexTagEnd returns the index of the '>' closing the tag opened at
// start, skipping quoted attribute values, or -1.
func indexTagEnd(s string, start int) int {
	var quote byte
	for i := start; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i
		}
	}
	return -1
}

// parseAttrs reads name="value" pairs; values are unescaped.
func parseAttrs(s string) map[string]string {
	attrs := make(map[string]string, 8)
	for {
		s = strings.TrimLeft(s, " \t\r\n/")
		eq := strings.IndexByte(s, '=')
		if eq <= 0 || eq+1 >= len(s) {
			return attrs
		}
		name := strings.TrimSpace(s[:eq])
		q := s[eq+1]
		if q != '"' && q != '\'' {
			return attrs
		}
		end := strings.IndexByte(s[eq+2:], q)
		if end < 0 {
			return attrs
		}
		attrs[name] = html.UnescapeString(s[eq+2 : eq+2+end])
		s = s[eq+2+end+1:]
	}
}

// newTextElem interprets the attributes and inline style of a text element.
func newTextElem(attrs map[string]string, content string) textElem {
	for _, decl := range strings.Split(attrs["style"], ";") {
		k, v, ok := strings.Cut(decl, ":")
		if !ok {
			continue
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if _, set := attrs[k]; !set {
			attrs[k] = v
		}
	}
	e := textElem{
		X: num(attrs["x"]), Y: num(attrs["y"]),
		Anchor: attrs["text-anchor"], Baseline: attrs["dominant-baseline"],
		Size: 12, Fill: attrs["fill"], Stroke: attrs["stroke"],
		StrokeW: num(attrs["stroke-width"]), Opacity: attrs["opacity"],
		FillOp: attrs["fill-opacity"], Transform: attrs["transform"], Text: content,
	}
	if e.Fill == "" {
		e.Fill = "#000"
	}
	if sz, ok := strings.CutSuffix(attrs["font-size"], "px"); ok {
		if n := num(sz); n > 0 {
			e.Size = n
		}
	} else if n := num(attrs["font-size"]); n > 0 {
		e.Size = n
	}
	if fs := attrs["font"]; fs != "" {
		e.Size, e.Bold = parseCSSFont(fs)
	}
	switch w := attrs["font-weight"]; w {
	case "bold", "bolder":
		e.Bold = true
	default:
		if n := num(w); n >= 600 {
			e.Bold = true
		}
	}
	return e
}

// num parses a float, returning 0 for anything unreadable.
func num(s string) float64 {
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil {
		return 0
	}
	return f
}
