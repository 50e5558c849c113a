package arabic

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words that make a date relative, read after it (DateExpr.Relative).
const (
	RelPast    = "past"    // الماضي: an earlier event
	RelNext    = "next"    // المقبل، القادم: a later event
	RelCurrent = "current" // الجاري: in the current month or year
)

// Words read before a date (DateExpr.Cue).
const (
	CueFrom   = "from"   // اعتبارا من، ابتداء من، بدءا من
	CueSince  = "since"  // منذ
	CueUntil  = "until"  // حتى، بحلول
	CueBefore = "before" // قبل
	CueOn     = "on"     // في، يوم، بتاريخ
	CueToday  = "today"  // اليوم: the day of writing (اليوم الأحد 2 أغسطس 2015)
)

// DateExpr is one date expression found in a text.
type DateExpr struct {
	Start, End int // byte span in the text: the date, its weekday, era and qualifier
	Day        int // 1-31, 0 when not stated
	Month      int // 1-12, 0 when not stated
	Year       int // 0 when not stated
	Weekday    int // 0 (Sunday) to 6 (Saturday), -1 when not named
	Hijri      bool
	Numeric    bool   // written with digits only: 2016/05/23, 23-05-2016
	Relative   string // RelPast, RelNext, RelCurrent or ""
	Cue        string // CueFrom, CueSince, CueUntil, CueBefore, CueOn, CueToday or ""
}

// Full reports whether the day, month and year are all stated.
func (d DateExpr) Full() bool { return d.Day > 0 && d.Month > 0 && d.Year > 0 }

// ISO returns a full Gregorian date as YYYY-MM-DD, and "" otherwise.
func (d DateExpr) ISO() string {
	if !d.Full() || d.Hijri {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Kinds of calendar words.
const (
	kindGregorian = iota + 1
	kindHijri
	kindWeekday
	kindAfter
	kindBefore
	kindEra
	kindMonthWord
	kindEquals
)

var calendarKinds = map[string]int{
	"gregorian": kindGregorian, "hijri": kindHijri, "weekday": kindWeekday, "after": kindAfter,
	"before": kindBefore, "era": kindEra, "monthword": kindMonthWord, "equals": kindEquals,
}

type calWord struct {
	kind  int
	value int    // month or weekday number
	label string // for after, before and era: the value column
}

// Calendar is the vocabulary FindDates reads dates with: Gregorian and
// Hijri month names in their regional spellings, weekdays, the words that
// make a date relative and the cues before it. It is data: ParseMonths
// reads it from a TSV table.
type Calendar struct {
	words    map[string]calWord // normalised phrase → word
	first    map[string]bool    // normalised first words of phrases
	maxWords int
}

// ParseMonths reads a calendar table: lines of kind, value and name
// separated by tabs, with # comments. Kinds are gregorian and hijri (value:
// month 1-12), weekday (0 Sunday to 6 Saturday), after (past, next,
// current), before (from, since, until, before, on, today), era (hijri,
// gregorian), monthword and equals (الموافق). Names are matched in
// normalised form.
func ParseMonths(r io.Reader) (*Calendar, error) {
	c := &Calendar{words: map[string]calWord{}, first: map[string]bool{}}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) < 3 {
			return nil, fmt.Errorf("parse months line %d: want 3 tab-separated fields, got %d", line, len(f))
		}
		w, err := parseCalWord(f[0], strings.TrimSpace(f[1]))
		if err != nil {
			return nil, fmt.Errorf("parse months line %d: %w", line, err)
		}
		words := Words(f[2])
		if len(words) == 0 {
			return nil, fmt.Errorf("parse months line %d: empty name", line)
		}
		c.words[strings.Join(words, " ")] = w
		c.first[words[0]] = true
		c.maxWords = max(c.maxWords, len(words))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read months: %w", err)
	}
	return c, nil
}

func parseCalWord(kind, value string) (calWord, error) {
	k, ok := calendarKinds[strings.TrimSpace(kind)]
	if !ok {
		return calWord{}, fmt.Errorf("unknown kind %q", kind)
	}
	w := calWord{kind: k, label: value}
	switch k {
	case kindGregorian, kindHijri, kindWeekday:
		n, err := strconv.Atoi(value)
		lo, hi := 1, 12
		if k == kindWeekday {
			lo, hi = 0, 6
		}
		if err != nil || n < lo || n > hi {
			return calWord{}, fmt.Errorf("bad value %q for %s", value, kind)
		}
		w.value = n
	}
	return w, nil
}

// phrase returns the longest calendar phrase starting at token i whose
// words are separated only by spaces, and the number of tokens it spans.
func (c *Calendar) phrase(s string, toks []Token, i int) (calWord, int, bool) {
	if i >= len(toks) || !c.first[toks[i].Norm] {
		return calWord{}, 0, false
	}
	for n := min(c.maxWords, len(toks)-i); n >= 1; n-- {
		if !spacedOnly(s, toks[i:i+n]) {
			continue
		}
		key := toks[i].Norm
		for _, t := range toks[i+1 : i+n] {
			key += " " + t.Norm
		}
		if w, ok := c.words[key]; ok {
			return w, n, true
		}
	}
	return calWord{}, 0, false
}

// spacedOnly reports whether consecutive tokens are separated by spaces.
func spacedOnly(s string, toks []Token) bool {
	for k := 1; k < len(toks); k++ {
		if strings.TrimSpace(s[toks[k-1].End:toks[k].Start]) != "" {
			return false
		}
	}
	return true
}

func (c *Calendar) kindAt(s string, toks []Token, i, kind int) (calWord, int, bool) {
	w, n, ok := c.phrase(s, toks, i)
	if !ok || w.kind != kind {
		return calWord{}, 0, false
	}
	return w, n, true
}

// number returns the value of an all-digit token, or -1.
func number(t Token) int {
	if len(t.Norm) == 0 || len(t.Norm) > 4 {
		return -1
	}
	n := 0
	for i := 0; i < len(t.Norm); i++ {
		ch := t.Norm[i]
		if ch < '0' || ch > '9' {
			return -1
		}
		n = n*10 + int(ch-'0')
	}
	return n
}

// yearToken reads a year, with an era letter possibly attached (2016م).
func yearToken(t Token) (year int, era string) {
	n := t.Norm
	if strings.HasSuffix(n, "م") {
		n, era = strings.TrimSuffix(n, "م"), "gregorian"
	} else if strings.HasSuffix(n, "ه") {
		n, era = strings.TrimSuffix(n, "ه"), "hijri"
	}
	if len(n) != 4 {
		return 0, ""
	}
	y := number(Token{Norm: n})
	if y < 1300 || y > 2100 {
		return 0, ""
	}
	return y, era
}

func isLatin(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r < 0x250 && unicode.IsLetter(r)
}

// FindDates returns the date expressions of s in order: full dates
// (23 مايو/أيار 2016، 17 May 2016، 2016/05/23، 23-05-2016, ISO dates),
// day and month (25 مايو الجاري), month and year (سبتمبر 2016), a month
// or day with a relative word (فبراير الماضي، 25 الشهر الجاري) and
// weekdays (الجمعة، يوم الاثنين). Each carries the relative word after
// it and the cue before it, so that callers can tell a publication date
// from a past or future event. Hijri dates are recognised (Hijri set) but
// not converted.
func (c *Calendar) FindDates(s string) []DateExpr {
	toks := Tokens(s)
	var out []DateExpr
	for i := 0; i < len(toks); {
		d, next, ok := c.matchAt(s, toks, i)
		if !ok {
			i++
			continue
		}
		next = c.qualify(s, toks, &d, next)
		if vague(d) && d.Relative == "" {
			i++
			continue
		}
		c.cue(s, toks, &d, i)
		if len(out) > 0 && c.equivalent(s, toks, out[len(out)-1], i) {
			prev := out[len(out)-1] // 5 شوال 1436هـ الموافق 21 يوليو 2015م
			d.Cue = cmp.Or(d.Cue, prev.Cue)
			if d.Weekday < 0 {
				d.Weekday = prev.Weekday
			}
		}
		out = append(out, d)
		i = next
	}
	return out
}

// matchAt reads a date starting at token i and returns it with the index
// of the token after it.
func (c *Calendar) matchAt(s string, toks []Token, i int) (DateExpr, int, bool) {
	if w, n, ok := c.kindAt(s, toks, i, kindWeekday); ok {
		j := i + n
		if j < len(toks) && strings.Trim(s[toks[j-1].End:toks[j].Start], " ،,-") == "" {
			if d, next, ok := c.dateAt(s, toks, j); ok {
				d.Start, d.Weekday = toks[i].Start, w.value
				return d, next, true
			}
		}
		return DateExpr{Start: toks[i].Start, End: toks[j-1].End, Weekday: w.value}, j, true
	}
	return c.dateAt(s, toks, i)
}

// dateAt reads a date without a weekday starting at token i.
func (c *Calendar) dateAt(s string, toks []Token, i int) (DateExpr, int, bool) {
	if d, next, ok := numericDate(s, toks, i); ok {
		return d, c.era(s, toks, &d, next), true
	}
	d := DateExpr{Start: toks[i].Start, Weekday: -1}
	j := i
	if day := number(toks[i]); day >= 1 && day <= 31 && len(toks[i].Norm) <= 2 {
		d.Day, j = day, i+1
		if j < len(toks) && toks[j].Norm == "من" {
			j++ // 25 من مايو
		}
		if _, n, ok := c.kindAt(s, toks, j, kindMonthWord); ok {
			d.End = toks[j+n-1].End
			return d, j + n, true // 25 الشهر: kept only with a relative word
		}
	}
	m, j, ok := c.monthAt(s, toks, j, &d)
	if !ok {
		return DateExpr{}, 0, false
	}
	d.End = toks[j-1].End
	if d.Day == 0 && isLatin(toks[j-1].Text) && j < len(toks) {
		if day := number(toks[j]); day >= 1 && day <= 31 && len(toks[j].Norm) <= 2 {
			d.Day, d.End, j = day, toks[j].End, j+1 // May 17, 2016
		}
	}
	if j < len(toks) {
		if y, era := yearToken(toks[j]); y > 0 {
			d.Year, d.End, j = y, toks[j].End, j+1
			d.Hijri = d.Hijri || era == "hijri"
			j = c.era(s, toks, &d, j)
		}
	}
	if m.kind == kindHijri && d.Year > 0 && d.Year < 1600 {
		d.Hijri = true
	}
	return d, j, validDay(d)
}

// monthAt reads a month name at token j, with a second name for the same
// month after a slash or in brackets (مايو/أيار، أيار (مايو)).
func (c *Calendar) monthAt(s string, toks []Token, j int, d *DateExpr) (calWord, int, bool) {
	w, n, ok := c.phrase(s, toks, j)
	if !ok || (w.kind != kindGregorian && w.kind != kindHijri) {
		return calWord{}, 0, false
	}
	d.Month, d.Hijri = w.value, w.kind == kindHijri
	j += n
	if j < len(toks) {
		gap := strings.TrimSpace(s[toks[j-1].End:toks[j].Start])
		if gap == "/" || gap == "(" || gap == "-" || gap == "،" {
			if w2, n2, ok := c.phrase(s, toks, j); ok && w2.kind == w.kind && w2.value == w.value {
				j += n2
			}
		}
	}
	return w, j, true
}

// era takes in an era marker (هـ، م) after a year.
func (c *Calendar) era(s string, toks []Token, d *DateExpr, j int) int {
	if w, n, ok := c.kindAt(s, toks, j, kindEra); ok {
		if strings.TrimSpace(s[toks[j-1].End:toks[j].Start]) == "" {
			d.Hijri = w.label == "hijri"
			d.End = toks[j+n-1].End
			return j + n
		}
	}
	return j
}

// qualify reads the relative word after a date and drops expressions too
// vague to keep: a bare month or "25 الشهر" without one.
func (c *Calendar) qualify(s string, toks []Token, d *DateExpr, j int) int {
	if w, n, ok := c.kindAt(s, toks, j, kindAfter); ok && strings.TrimSpace(s[toks[j-1].End:toks[j].Start]) == "" {
		d.Relative = w.label
		d.End = toks[j+n-1].End
		return j + n
	}
	return j
}

// cue reads the words before the date starting at token i, also with
// the conjunction و attached (وحتى).
func (c *Calendar) cue(s string, toks []Token, d *DateExpr, i int) {
	for n := min(c.maxWords, i); n >= 1; n-- {
		if w, m, ok := c.kindAt(s, toks, i-n, kindBefore); ok && m == n && spacedOnly(s, toks[i-n:i+1]) {
			d.Cue = w.label
			return
		}
	}
	if i > 0 && spacedOnly(s, toks[i-1:i+1]) {
		if rest, ok := strings.CutPrefix(toks[i-1].Norm, "و"); ok {
			if w, found := c.words[rest]; found && w.kind == kindBefore {
				d.Cue = w.label
			}
		}
	}
}

// equivalent reports whether the date at token i restates prev in the
// other calendar: only الموافق (or brackets) between them.
func (c *Calendar) equivalent(s string, toks []Token, prev DateExpr, i int) bool {
	j := i - 1
	for j >= 0 && toks[j].Start >= prev.End {
		j--
	}
	between := toks[j+1 : i]
	if len(between) == 0 {
		return strings.Trim(s[prev.End:toks[i].Start], " ،,()/-") == ""
	}
	w, n, ok := c.phrase(s, toks, j+1)
	return ok && w.kind == kindEquals && n == len(between)
}

// vague reports whether d names only a month, or only a day of "the
// month": such expressions are kept only with a relative word.
func vague(d DateExpr) bool {
	return d.Weekday < 0 && ((d.Day == 0 && d.Year == 0) || d.Month == 0)
}
