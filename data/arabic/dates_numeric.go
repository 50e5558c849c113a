package arabic

import (
	"strings"
	"unicode/utf8"
)

// numericDate reads a date written in digits starting at token i:
// 2016/05/23, 2016-05-23 (also with a time after T), 23/05/2016,
// 23-5-2016, 23.05.2016, and a Hijri era marker after it.
func numericDate(s string, toks []Token, i int) (DateExpr, int, bool) {
	start := toks[i].Start
	var parts [3]int
	var widths [3]int
	pos := start
	var sep rune
	for k := 0; k < 3; k++ {
		n, w, next := digitRun(s, pos)
		if w == 0 || w > 4 {
			return DateExpr{}, 0, false
		}
		parts[k], widths[k], pos = n, w, next
		if k == 2 {
			break
		}
		r, size := utf8.DecodeRuneInString(s[pos:])
		if (r != '/' && r != '-' && r != '.') || (sep != 0 && r != sep) {
			return DateExpr{}, 0, false
		}
		sep, pos = r, pos+size
	}
	if r, _ := utf8.DecodeRuneInString(s[pos:]); DigitValue(r) >= 0 || r == '/' {
		return DateExpr{}, 0, false
	}
	d := DateExpr{Start: start, End: pos, Weekday: -1, Numeric: true}
	switch {
	case widths[0] == 4 && widths[1] <= 2 && widths[2] <= 2:
		d.Year, d.Month, d.Day = parts[0], parts[1], parts[2]
	case widths[2] == 4 && widths[0] <= 2 && widths[1] <= 2:
		d.Day, d.Month, d.Year = parts[0], parts[1], parts[2]
		if d.Month > 12 && d.Day <= 12 && sep == '/' {
			d.Day, d.Month = d.Month, d.Day // 05/23/2016, the US order
		}
	default:
		return DateExpr{}, 0, false
	}
	d.Hijri = d.Year >= 1300 && d.Year < 1600
	if d.Month < 1 || d.Month > 12 || d.Day < 1 || (!d.Hijri && (d.Year < 1900 || d.Year > 2100)) || !validDay(d) {
		return DateExpr{}, 0, false
	}
	j := i
	for j < len(toks) && toks[j].Start < pos {
		j++
	}
	if last := toks[j-1]; j > i && last.End > pos && last.End-pos <= 4 {
		switch {
		case strings.HasSuffix(last.Norm, "ه"):
			d.End, d.Hijri = last.End, true // 1437/8/5هـ
		case strings.HasSuffix(last.Norm, "م"):
			d.End = last.End // 4/8/2015م
		}
	}
	return d, j, true
}

// digitRun reads the digits (of any script) at byte pos of s and returns
// their value, how many there were, and where they end.
func digitRun(s string, pos int) (value, count, end int) {
	for pos < len(s) {
		r, size := utf8.DecodeRuneInString(s[pos:])
		d := DigitValue(r)
		if d < 0 {
			break
		}
		if count < 9 {
			value = value*10 + d
		}
		count++
		pos += size
	}
	return value, count, pos
}

// validDay checks the day against the month.
func validDay(d DateExpr) bool {
	if d.Day == 0 || d.Month == 0 {
		return true
	}
	limit := [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[d.Month]
	if d.Hijri {
		limit = 30
	} else if d.Month == 2 && d.Year > 0 && !(d.Year%4 == 0 && (d.Year%100 != 0 || d.Year%400 == 0)) {
		limit = 28
	}
	return d.Day <= limit
}
