package ingest

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"marsad/data/arabic"
)

const titleRunes = 90 // longest title cut from a first sentence

// isHeadline reports whether a first line reads as a headline: a few
// words, no final full stop or comma, not a date line.
func isHeadline(s string) bool {
	n := len(strings.Fields(s))
	if n < 2 || n > 25 || utf8.RuneCountInString(s) > 200 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if last == '.' || last == '،' || last == ',' || last == ':' || last == '؛' {
		return false
	}
	return !isDateLine(s)
}

// isDateLine reports whether a line is mostly a date (30 اغسطس 2016).
func isDateLine(s string) bool {
	for _, d := range calendar().FindDates(s) {
		if d.Full() && len(arabic.Words(s[:d.Start]))+len(arabic.Words(s[d.End:])) <= 4 {
			return true
		}
	}
	return false
}

// shortTitle makes a title from the start of the first sentence of s:
// the sentence itself when short, else cut at a comma or a word boundary
// with no function word (a stop word, or a titleend word of
// ingest_text.tsv such as ضد) left at the end.
func shortTitle(s string) string {
	if sents := arabic.Sentences(s); len(sents) > 0 {
		s = sents[0].Text(s)
	}
	s = strings.TrimRight(s, " .")
	if utf8.RuneCountInString(s) <= titleRunes {
		return s
	}
	cut, runes := 0, 0
	for i, r := range s {
		if runes++; runes > titleRunes {
			break
		}
		if unicode.IsSpace(r) {
			cut = i
		}
	}
	if cut == 0 {
		cut = len(s)
	}
	if i := strings.LastIndex(s[:cut], "،"); i > 0 && utf8.RuneCountInString(s[:i]) >= 40 {
		cut = i
	}
	words := strings.Fields(s[:cut])
	for len(words) > 1 {
		w := arabic.Words(words[len(words)-1])
		if len(w) == 1 && !arabic.IsStopWord(w[0]) && !textLexicon().titleEnd[w[0]] {
			break
		}
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ") + "…"
}

// attribution is a source (and perhaps an author) read from a line.
type attribution struct{ source, author string }

// findAttribution looks for the line that names the outlet: the last two
// paragraphs (المصدر : الجزيرة + وكالات، a bare outlet name, "outlet –
// author") and the first one ("author – outlet"). It returns the source,
// the author and the paragraphs without that line. A news agency quoted
// inside a sentence is never taken.
func findAttribution(paras []para, outlets *Outlets) (attribution, []para) {
	if len(paras) < 2 {
		return attribution{}, paras
	}
	for k := len(paras) - 1; k >= 0 && k >= len(paras)-2; k-- {
		if paras[k].caption {
			continue
		}
		if a, ok := parseAttribution(paras[k].text, outlets, true); ok {
			return a, append(paras[:k:k], paras[k+1:]...)
		}
	}
	if len(paras) > 1 && !paras[0].caption {
		if a, ok := parseAttribution(paras[0].text, outlets, false); ok && a.author != "" {
			return a, paras[1:]
		}
	}
	return attribution{}, paras
}

// parseAttribution reads one attribution line. labelled lines (المصدر:)
// are accepted only when trailing is set.
func parseAttribution(s string, outlets *Outlets, trailing bool) (attribution, bool) {
	if len(s) > 160 {
		return attribution{}, false
	}
	lex := textLexicon()
	words := arabic.Words(s)
	if len(words) == 0 || len(words) > 10 {
		return attribution{}, false
	}
	if n := prefixIn(lex.attribution, words, lex.maxWords); n > 0 && trailing {
		rest := afterLabel(s)
		parts := strings.FieldsFunc(rest, func(r rune) bool { return r == '+' || r == '،' || r == ',' || r == '/' || r == '|' })
		for _, p := range parts {
			if name, ok := outlets.Match(p); ok {
				return attribution{source: name}, true
			}
		}
		if len(parts) > 0 && len(strings.Fields(parts[0])) <= 5 && strings.TrimSpace(parts[0]) != "" {
			return attribution{source: strings.TrimSpace(parts[0])}, true
		}
		return attribution{}, false
	}
	if name, ok := unlabelledOutlet(s, outlets); ok && trailing {
		return attribution{source: name}, true
	}
	for _, dash := range []string{" – ", " — ", " - ", " ـ ", "–", "—"} {
		a, b, ok := strings.Cut(s, dash)
		if !ok {
			continue
		}
		if name, ok := unlabelledOutlet(a, outlets); ok && isName(b) {
			return attribution{source: name, author: strings.TrimSpace(b)}, true
		}
		if name, ok := unlabelledOutlet(b, outlets); ok && isName(a) {
			return attribution{source: name, author: strings.TrimSpace(a)}, true
		}
	}
	return attribution{}, false
}

// unlabelledOutlet matches an outlet named on a line without a label,
// leaving out names that are also places ("… ـ الرياض" is where the
// writer is).
func unlabelledOutlet(s string, outlets *Outlets) (string, bool) {
	if textLexicon().place[strings.Join(arabic.Words(s), " ")] {
		return "", false
	}
	return outlets.Match(s)
}

// afterLabel returns what follows the label of "المصدر : X" or "المصدر - X".
func afterLabel(s string) string {
	if i := strings.IndexAny(s, ":：-–"); i >= 0 {
		_, size := utf8.DecodeRuneInString(s[i:])
		return s[i+size:]
	}
	_, rest, _ := strings.Cut(s, " ")
	return rest
}

// isName reports whether s can be a person's name: one to five words of
// letters, no digits, no sentence punctuation.
func isName(s string) bool {
	f := strings.Fields(s)
	if len(f) < 1 || len(f) > 5 {
		return false
	}
	for _, r := range s {
		if unicode.IsDigit(r) || strings.ContainsRune(".،:؛!?؟«»\"", r) {
			return false
		}
	}
	return true
}

// cleanField tidies a metadata value: HTML entities decoded, spaces
// collapsed.
func cleanField(s string) string {
	if strings.ContainsRune(s, '&') {
		s = html.UnescapeString(s)
	}
	return collapseSpaces(s)
}

// cleanAuthor tidies an author field: "بواسطة :" and trailing colons go.
func cleanAuthor(s string) string {
	s = cleanField(s)
	for _, p := range []string{"بواسطة", "كتب", "كتبت", "By", "by"} {
		if rest, ok := strings.CutPrefix(s, p); ok && (rest == "" || strings.ContainsRune(" :：", rune(rest[0]))) {
			s = strings.TrimSpace(strings.TrimLeft(rest, " :："))
		}
	}
	return strings.TrimSpace(strings.TrimRight(s, " :：-–"))
}

// headerFields reads labelled metadata lines at the top of a text file
// (العنوان: …، التاريخ: …، المصدر: …، الكاتب: …، الرابط: …) into m, where m
// has nothing yet, and returns the paragraphs after them.
func headerFields(paras []para, m meta) (meta, []para) {
	lex := textLexicon()
	for len(paras) > 1 {
		label, value, ok := cutLabel(paras[0].text)
		if !ok {
			break
		}
		var dst *string
		switch lex.fields[strings.Join(arabic.Words(label), " ")] {
		case "title":
			dst = &m.Title
		case "date":
			dst = &m.Date
		case "source":
			dst = &m.Source
		case "author":
			dst = &m.Author
		case "url":
			dst = &m.URL
		default:
			return m, paras
		}
		if *dst == "" {
			*dst = value
		}
		paras = paras[1:]
	}
	return m, paras
}

// cutLabel splits "label: value" with a short label.
func cutLabel(s string) (label, value string, ok bool) {
	i := strings.IndexAny(s, ":：")
	if i <= 0 || i > 40 {
		return "", "", false
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	value = strings.TrimSpace(s[i+size:])
	return strings.TrimSpace(s[:i]), value, value != ""
}
