package ingest

import (
	"strings"
	"unicode/utf8"

	"marsad/data/arabic"
)

// para is one paragraph of an article's text.
type para struct {
	text    string
	caption bool // a photo caption: kept, marked, a weak date hint only
}

// splitParagraphs turns text into its non-empty lines, each with runs of
// spaces (tabs, no-break spaces) made one space and ends trimmed.
func splitParagraphs(text string) []para {
	var out []para
	start := 0
	for i := 0; i <= len(text); {
		size := lineBreak(text, i)
		if size == 0 {
			i++
			continue
		}
		if line := collapseSpaces(text[start:i]); line != "" {
			out = append(out, para{text: line})
		}
		i += size
		start = i
	}
	return out
}

// lineBreak returns the length of the line break at byte i of s (\n, \r,
// \f, \v, U+2028, U+2029, or the end of s), or 0.
func lineBreak(s string, i int) int {
	if i == len(s) {
		return 1
	}
	switch s[i] {
	case '\n', '\r', '\f', '\v':
		return 1
	case 0xE2:
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
			return 3
		}
	}
	return 0
}

// collapseSpaces makes every run of white space one space and trims the
// ends; it returns s itself when nothing changes.
func collapseSpaces(s string) string {
	if !needsCollapse(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) {
			space = len(b) > 0
		} else {
			if space {
				b = append(b, ' ')
				space = false
			}
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(b)
}

// needsCollapse reports whether s has white space other than single
// spaces between words.
func needsCollapse(s string) bool {
	prevSpace := true
	for i := 0; i < len(s); {
		c := s[i]
		if c == ' ' {
			if prevSpace {
				return true
			}
			prevSpace = true
			i++
			continue
		}
		prevSpace = false
		if c < utf8.RuneSelf {
			if c < ' ' {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) {
			return true
		}
		i += size
	}
	return prevSpace && len(s) > 0
}

// headWords returns the normalised words of a paragraph, or of its first
// 120 bytes when it is long: enough to recognise boilerplate.
func headWords(s string) []string {
	if len(s) > 120 {
		cut := 120
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	return arabic.Words(s)
}

// firstWordIn reports whether the normalised first word of s is in set,
// without allocating.
func firstWordIn(set map[string]bool, s string) bool {
	start := -1
	end := len(s)
	for i, r := range s {
		if arabic.IsWordRune(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			end = i
			break
		}
		if start < 0 && i > 64 {
			return false
		}
	}
	if start < 0 || end-start > 48 {
		return false
	}
	var buf [64]byte
	return set[string(arabic.AppendNormalize(buf[:0], s[start:end]))]
}

// stripBoilerplate removes "see also" teasers and what they carry, font
// size and print controls, share bars, contributor lists, permalink lines
// and a closing list of tags. The phrases come from ingest_text.tsv.
func stripBoilerplate(paras []para) []para {
	lex := textLexicon()
	out := paras[:0:0]
	for i := 0; i < len(paras); i++ {
		p := paras[i]
		if !firstWordIn(lex.first, p.text) {
			out = append(out, p)
			continue
		}
		words := headWords(p.text)
		if len(p.text) > 400 && prefixIn(lex.teaser, words, lex.maxWords) == 0 {
			out = append(out, p)
			continue
		}
		if n := prefixIn(lex.teaser, words, lex.maxWords); n > 0 && n+12 >= len(words) {
			if teaserRunsToEnd(paras, i) {
				break
			}
			if n == len(words) && i+1 < len(paras) {
				i++ // the teaser's headline on the next line
			}
			continue
		}
		if len(words) <= 12 && onlyWordsOf(words, lex.maxWords, lex.control, lex.share) {
			continue
		}
		if n := prefixIn(lex.contributors, words, lex.maxWords); n > 0 && len(words) <= n+6 && shortTail(paras[i+1:]) {
			break
		}
		if prefixIn(lex.permalink, words, lex.maxWords) > 0 && len(p.text) < 400 {
			continue
		}
		out = append(out, p)
	}
	if len(out) > 0 {
		last := &out[len(out)-1]
		last.text = cutTail(last.text, lex.permalink, 30, false)
		if last.text = cutTail(last.text, lex.tags, 16, true); last.text == "" {
			out = out[:len(out)-1]
		}
	}
	return out
}

// cutTail removes what closes a paragraph from a phrase of set on: the
// phrase after a sentence end (or opening the paragraph) and at most
// maxWords words after it. With plain, those words hold no punctuation (a
// list of tags: "… وشعوبها. سمات عبدالله الثاني ملك الاردن"); without, they
// may (a permalink line with the title: "… رابط الخبر بصحيفة الوئام: …").
func cutTail(s string, set map[string]bool, maxWords int, plain bool) string {
	lex := textLexicon()
	for cut, words := len(s), 0; cut > 0 && words <= maxWords; words++ {
		i := strings.LastIndexByte(s[:cut], ' ')
		start := i + 1
		cut = max(i, 0)
		if !firstWordIn(lex.first, s[start:]) || prefixIn(set, arabic.Words(firstNBytes(s[start:], 40)), lex.maxWords) == 0 {
			continue
		}
		rest := s[start:]
		before := strings.TrimRight(s[:start], " ")
		if before == "" {
			if plain && strings.ContainsAny(rest, ".؛!?؟«»\"“”") {
				return s
			}
			return "" // the whole paragraph: "الكلمات الدلالية: اقتصاد، نفط"
		}
		if plain && strings.ContainsAny(rest, ".،,:؛!?؟«»\"“”") {
			return s
		}
		if r, _ := utf8.DecodeLastRuneInString(before); strings.ContainsRune(".!؟?»\"”", r) {
			return before
		}
		return s
	}
	return s
}

// firstNBytes returns at most n bytes of s, cut at a rune boundary.
func firstNBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// teaserRunsToEnd reports whether a teaser block at i closes the text:
// at most four paragraphs, or under a third of the text, follow it.
func teaserRunsToEnd(paras []para, i int) bool {
	after, before := 0, 0
	for k, p := range paras {
		if k > i {
			after += len(p.text)
		} else if k < i {
			before += len(p.text)
		}
	}
	return len(paras)-i-1 <= 4 || after*2 < before
}

// shortTail reports whether the paragraphs are a list of names: few, and
// each of at most six words.
func shortTail(paras []para) bool {
	if len(paras) > 12 {
		return false
	}
	for _, p := range paras {
		if len(strings.Fields(p.text)) > 6 {
			return false
		}
	}
	return true
}

// markCaptions flags photo captions: a short line that ends with a photo
// credit in brackets (… (الأوروبية), … (Getty)) or opens with صورة:, and a
// Latin-script paragraph next to one in an Arabic text (the caption in
// its original language).
func markCaptions(paras []para, outlets *Outlets) {
	lex := textLexicon()
	for i := range paras {
		paras[i].caption = paras[i].caption || isCaptionLine(paras[i].text, lex, outlets)
	}
	for i := range paras {
		if paras[i].caption || arabic.HasArabic(paras[i].text) {
			continue
		}
		if (i > 0 && paras[i-1].caption && arabic.HasArabic(paras[i-1].text)) ||
			(i+1 < len(paras) && paras[i+1].caption && arabic.HasArabic(paras[i+1].text)) {
			paras[i].caption = true
		}
	}
}

func isCaptionLine(s string, lex *lexicon, outlets *Outlets) bool {
	if len(s) > 400 {
		return false
	}
	if colon := strings.IndexAny(s, ":："); colon > 0 && colon < 40 {
		if lex.caption[strings.Join(arabic.Words(s[:colon]), " ")] {
			return true
		}
	}
	t := strings.TrimRight(s, " .")
	if !strings.HasSuffix(t, ")") {
		return false
	}
	open := strings.LastIndex(t, "(")
	if open < 0 {
		return false
	}
	credit := t[open+1 : len(t)-1]
	words := arabic.Words(credit)
	if len(words) == 0 || len(words) > 4 || len(arabic.Words(t[:open])) < 2 {
		return false
	}
	if lex.credit[strings.Join(words, " ")] || prefixIn(lex.creditWord, words, lex.maxWords) > 0 {
		return true
	}
	_, ok := outlets.Match(credit)
	return ok
}
