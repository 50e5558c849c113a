package ingest

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"marsad/data"
	"marsad/data/arabic"
)

// Confidence of a date found in the text, by where it was found.
const (
	confHeader   = 0.9  // a line of its own near the top
	confDateline = 0.8  // at the start of the first paragraph
	confToday    = 0.7  // stated as today's date: اليوم الأحد 2 أغسطس 2015
	confWeekday  = 0.3  // a caption's date moved to the weekday the text reports
	confCaption  = 0.2  // a photo caption's date
	minYear      = 1900 // plausible years for a news article
	maxYear      = 2100
)

// dated is a date and how it was found.
type dated struct {
	date   string // YYYY-MM-DD
	origin string
	conf   float64
}

// parseMetaDate reads a date field: ISO 8601 and RFC 3339 (with or
// without time), "2006-01-02 15:04:05", RFC 1123, English and Arabic
// written dates, 23/05/2016, Unix time in seconds or milliseconds. It
// returns YYYY-MM-DD.
func parseMetaDate(s string) (string, bool) {
	s = strings.TrimSpace(arabic.ASCIIDigits(s))
	if s == "" {
		return "", false
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05",
		"2006-01-02 15:04", time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC, "Mon, 2 Jan 2006 15:04:05 -0700",
		"20060102", "2006-01-02Z07:00", "2006-01-02T15:04:05-0700", "2006-01-02T15:04:05.000-0700", "January 2, 2006",
		"Jan 2, 2006", "2 January 2006"} {
		if t, err := time.Parse(layout, s); err == nil && t.Year() >= minYear && t.Year() <= maxYear {
			return t.Format("2006-01-02"), true
		}
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && (len(s) == 10 || len(s) == 13) {
		t := time.Unix(n, 0) // Unix seconds, or milliseconds
		if len(s) == 13 {
			t = time.UnixMilli(n)
		}
		if t = t.UTC(); t.Year() >= minYear && t.Year() <= maxYear {
			return t.Format("2006-01-02"), true
		}
	}
	for _, d := range calendar().FindDates(s) {
		if iso := d.ISO(); iso != "" && d.Year >= minYear && d.Year <= maxYear {
			return iso, true
		}
	}
	return "", false
}

// textDate finds an article's date in its paragraphs: a date line near
// the top, a dateline, a date the text gives as today's, and last a photo
// caption's date as a weak hint, moved to the weekday the text reports.
// Other dates in the text are events (27 شباط الماضي، اعتبارا من 25
// مايو، في 12 مارس 2011): on news with known dates, fewer than one in
// ten such dates is the article's own, so they are never taken.
func textDate(paras []para) (dated, bool) {
	cal := calendar()
	var today, captions []string
	var weekdays []int
	seenBody := 0
	for i, p := range paras {
		for _, d := range cal.FindDates(p.text) {
			if d.Relative == arabic.RelPast || d.Relative == arabic.RelNext {
				continue
			}
			if d.Weekday >= 0 && d.Month == 0 && d.Day == 0 && !p.caption && d.Relative == "" && !isEventCue(d.Cue) {
				weekdays = append(weekdays, d.Weekday)
			}
			iso := d.ISO()
			if iso == "" || d.Year < minYear || d.Year > maxYear || d.Relative != "" || !weekdayAgrees(d) {
				continue
			}
			switch {
			case p.caption:
				captions = append(captions, iso)
			case d.Cue == arabic.CueToday:
				today = append(today, iso)
			case d.Cue != "":
				// an event: في، منذ، حتى، اعتبارا من …
			case i < 3 && isDateLine(p.text):
				return dated{iso, data.DateText, confHeader}, true
			case seenBody == 0 && between(len(arabic.Words(p.text[:d.Start])), 1, 6):
				return dated{iso, data.DateText, confDateline}, true
			}
		}
		if !p.caption {
			seenBody++
		}
	}
	if len(today) > 0 {
		return dated{slices.Max(today), data.DateText, confToday}, true
	}
	if len(captions) == 0 {
		return dated{}, false
	}
	hint := dated{slices.Max(captions), data.DateText, confCaption}
	return onWeekday(hint, weekdays), true
}

func between(n, lo, hi int) bool { return n >= lo && n <= hi }

// weekdayAgrees reports whether a date's weekday, when named, is the
// right one for the date.
func weekdayAgrees(d arabic.DateExpr) bool {
	if d.Weekday < 0 {
		return true
	}
	t := time.Date(d.Year, time.Month(d.Month), d.Day, 12, 0, 0, 0, time.UTC)
	return int(t.Weekday()) == d.Weekday
}

// onWeekday moves a caption's date to the latest weekday the text names
// within the six days after it: a photo is taken before the article that
// reports what happened "on Friday".
func onWeekday(hint dated, weekdays []int) dated {
	t, err := time.Parse("2006-01-02", hint.date)
	if err != nil || len(weekdays) == 0 {
		return hint
	}
	best := t
	for _, wd := range weekdays {
		shift := (wd - int(t.Weekday()) + 7) % 7
		if d := t.AddDate(0, 0, shift); d.After(best) {
			best = d
		}
	}
	if best.Equal(t) {
		return hint
	}
	return dated{best.Format("2006-01-02"), data.DateText, confWeekday}
}

// isEventCue reports cues that tie a date to an event: اعتبارا من، منذ،
// حتى، قبل.
func isEventCue(cue string) bool {
	return cue == arabic.CueFrom || cue == arabic.CueSince || cue == arabic.CueUntil || cue == arabic.CueBefore
}
