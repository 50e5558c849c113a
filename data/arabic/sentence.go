package arabic

import (
	"unicode"
	"unicode/utf8"
)

// Span is a stretch of a text given by byte offsets.
type Span struct{ Start, End int }

// Text returns the stretch of s that the span covers.
func (sp Span) Text(s string) string { return s[sp.Start:sp.End] }

func isSentenceEnd(r rune) bool {
	switch r {
	case '.', '!', '?', '؟', '؛', '…', '۔':
		return true
	}
	return false
}

func isOpenQuote(r rune) bool  { return r == '«' || r == '“' || r == '(' }
func isCloseQuote(r rune) bool { return r == '»' || r == '”' || r == ')' }

// Sentences splits s into sentences. A sentence ends at . ! ? ؟ ؛ … (and
// any closing quotes right after), and at a line break; a full stop
// between digits (3.5) or inside an abbreviation of one Latin letter (U.S.)
// does not end one, and neither does punctuation inside «…» unless the
// quote runs past a line break. Spans are trimmed of spaces; empty ones
// are dropped.
func Sentences(s string) []Span {
	var out []Span
	start := 0
	depth := 0
	emit := func(end int) {
		sp := trim(s, Span{start, end})
		if sp.End > sp.Start && hasWordRune(s[sp.Start:sp.End]) {
			out = append(out, sp)
		}
	}
	var prev rune
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		next := i + size
		switch {
		case r == '\n' || r == '\r' || r == 0x2029:
			emit(i)
			start = next
			depth = 0
		case isOpenQuote(r):
			depth++
		case isCloseQuote(r):
			if depth > 0 {
				depth--
			}
		case isSentenceEnd(r) && depth == 0:
			if r == '.' && !endsSentenceAt(s, i, prev) {
				break
			}
			// take in repeated marks and closing quotes
			for next < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[next:])
				if !isSentenceEnd(r2) && !isCloseQuote(r2) && r2 != '"' {
					break
				}
				next += sz
			}
			emit(next)
			start = next
		}
		prev = r
		i = next
	}
	emit(len(s))
	return out
}

// endsSentenceAt decides whether a full stop at i ends a sentence.
func endsSentenceAt(s string, i int, prev rune) bool {
	nr, _ := utf8.DecodeRuneInString(s[i+1:])
	if DigitValue(prev) >= 0 && DigitValue(nr) >= 0 {
		return false // 3.5
	}
	if prev < 0x250 && unicode.IsUpper(prev) {
		// U.S. / J. Kerry: a single capital before the stop
		pp, _ := utf8.DecodeLastRuneInString(s[:i-utf8.RuneLen(prev)])
		if !unicode.IsLetter(pp) {
			return false
		}
	}
	return true
}

// Clauses splits one sentence span of s further at the Arabic comma ،
// and at semicolons, for attributing parts of long sentences.
func Clauses(s string, sp Span) []Span {
	var out []Span
	start := sp.Start
	for i := sp.Start; i < sp.End; {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '،' || r == ';' {
			c := trim(s, Span{start, i})
			if c.End > c.Start {
				out = append(out, c)
			}
			start = i + size
		}
		i += size
	}
	if c := trim(s, Span{start, sp.End}); c.End > c.Start {
		out = append(out, c)
	}
	return out
}

func trim(s string, sp Span) Span {
	for sp.Start < sp.End {
		r, size := utf8.DecodeRuneInString(s[sp.Start:])
		if !unicode.IsSpace(r) && r != 0x200F && r != 0x200E && r != 0xFEFF {
			break
		}
		sp.Start += size
	}
	for sp.End > sp.Start {
		r, size := utf8.DecodeLastRuneInString(s[:sp.End])
		if !unicode.IsSpace(r) && r != 0x200F && r != 0x200E {
			break
		}
		sp.End -= size
	}
	return sp
}

func hasWordRune(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
