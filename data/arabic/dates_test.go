package arabic

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func testCalendar(t testing.TB) *Calendar {
	t.Helper()
	f, err := os.Open("../../resources/lexicon/months.tsv")
	if err != nil {
		t.Fatalf("open months: %v", err)
	}
	defer f.Close()
	c, err := ParseMonths(f)
	if err != nil {
		t.Fatalf("ParseMonths: %v", err)
	}
	return c
}

func TestFindDates(t *testing.T) {
	c := testCalendar(t)
	type want struct {
		text         string
		day, mon, yr int
		wd           int
		hijri        bool
		rel, cue     string
	}
	tests := []struct {
		in   string
		want []want
	}{
		{"نشر في 30 اغسطس 2016 على الموقع", []want{{"30 اغسطس 2016", 30, 8, 2016, -1, false, "", CueOn}}},
		{"الخميس 23 مايو/أيار 2016", []want{{"الخميس 23 مايو/أيار 2016", 23, 5, 2016, 4, false, "", ""}}},
		{"وقع في 27 شباط الماضي", []want{{"27 شباط الماضي", 27, 2, 0, -1, false, RelPast, CueOn}}},
		{"اعتبارا من 25 مايو/أيار نحتفظ بالحق", []want{{"25 مايو/أيار", 25, 5, 0, -1, false, "", CueFrom}}},
		{"ابتداءً من 25 مايو الجاري", []want{{"25 مايو الجاري", 25, 5, 0, -1, false, RelCurrent, CueFrom}}},
		{"بدءًا من 25 الشهر الجاري", []want{{"25 الشهر الجاري", 25, 0, 0, -1, false, RelCurrent, CueFrom}}},
		{"في فبراير/ شباط الماضي", []want{{"فبراير/ شباط الماضي", 0, 2, 0, -1, false, RelPast, CueOn}}},
		{"منتصف سبتمبر/أيلول المقبل", []want{{"سبتمبر/أيلول المقبل", 0, 9, 0, -1, false, RelNext, ""}}},
		{"في 3 كانون الثاني 2017", []want{{"3 كانون الثاني 2017", 3, 1, 2017, -1, false, "", CueOn}}},
		{"صدر بتاريخ 2016/05/23 عن الوزارة", []want{{"2016/05/23", 23, 5, 2016, -1, false, "", CueOn}}},
		{"الموعد 23-05-2016 صباحا", []want{{"23-05-2016", 23, 5, 2016, -1, false, "", ""}}},
		{"published 2016-08-30T10:00:00Z", []want{{"2016-08-30", 30, 8, 2016, -1, false, "", ""}}},
		{"Vienna, Austria, 17 May 2016. Chief", []want{{"17 May 2016", 17, 5, 2016, -1, false, "", ""}}},
		{"on August 30, 2016 the", []want{{"August 30, 2016", 30, 8, 2016, -1, false, "", CueOn}}},
		{"الموافق ١٥ رمضان ١٤٣٧هـ", []want{{"١٥ رمضان ١٤٣٧هـ", 15, 9, 1437, -1, true, "", ""}}},
		{"في 1437/8/5 هـ", []want{{"1437/8/5 هـ", 5, 8, 1437, -1, true, "", CueOn}}},
		{"أعلن يوم الاثنين أن", []want{{"الاثنين", 0, 0, 0, 1, false, "", CueOn}}},
		{"رفض البنتاغون الجمعة مقترحا", []want{{"الجمعة", 0, 0, 0, 5, false, "", ""}}},
		{"الأحد الماضي", []want{{"الأحد الماضي", 0, 0, 0, 0, false, RelPast, ""}}},
		{"منذ يونيو 2014", []want{{"يونيو 2014", 0, 6, 2014, -1, false, "", CueSince}}},
		{"حتى 31 ديسمبر 2016م", []want{{"31 ديسمبر 2016م", 31, 12, 2016, -1, false, "", CueUntil}}},
		{"وحتى 30 يونيو 2019", []want{{"30 يونيو 2019", 30, 6, 2019, -1, false, "", CueUntil}}},
		{"صباح اليوم الأحد 2 أغسطس 2015", []want{{"الأحد 2 أغسطس 2015", 2, 8, 2015, 0, false, "", CueToday}}},
		{"اليوم الثلاثاء 19/10/1436هـ الموافق 4/8/2015م", []want{
			{"الثلاثاء 19/10/1436هـ", 19, 10, 1436, 2, true, "", CueToday},
			{"4/8/2015م", 4, 8, 2015, 2, false, "", CueToday}}},
		{"قبل 25 مايو/أيار", []want{{"25 مايو/أيار", 25, 5, 0, -1, false, "", CueBefore}}},
		// not dates
		{"في مايو قال", nil},
		{"مساحته (94/000ر59 متر مربع)", nil},
		{"31 فبراير 2016 و 30/02/2016", []want{{"فبراير 2016", 0, 2, 2016, -1, false, "", ""}}},
		{"May we go", nil},
		{"الساعة 10:30 و 3.5 مليون", nil},
	}
	for _, tt := range tests {
		got := c.FindDates(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("FindDates(%q) = %d dates %+v, want %d", tt.in, len(got), got, len(tt.want))
			continue
		}
		for i, w := range tt.want {
			g := got[i]
			if text := tt.in[g.Start:g.End]; text != w.text || g.Day != w.day || g.Month != w.mon || g.Year != w.yr ||
				g.Weekday != w.wd || g.Hijri != w.hijri || g.Relative != w.rel || g.Cue != w.cue {
				t.Errorf("FindDates(%q)[%d] = %q %+v, want %+v", tt.in, i, text, g, w)
			}
		}
	}
}

func TestDateExprISO(t *testing.T) {
	c := testCalendar(t)
	got := c.FindDates("29 فبراير 2016 و 5 رمضان 1437 و 7 أيار 2016")
	var iso []string
	for _, d := range got {
		iso = append(iso, d.ISO())
	}
	want := []string{"2016-02-29", "", "2016-05-07"}
	if len(iso) != len(want) {
		t.Fatalf("ISO = %q, want %q", iso, want)
	}
	for i := range want {
		if iso[i] != want[i] {
			t.Errorf("ISO[%d] = %q, want %q", i, iso[i], want[i])
		}
	}
}

func TestParseMonthsErrors(t *testing.T) {
	for _, in := range []string{"gregorian\t13\tفوق", "planet\t1\tالمريخ", "gregorian\t1", "weekday\tx\tالأحد"} {
		if _, err := ParseMonths(strings.NewReader(in)); err == nil {
			t.Errorf("ParseMonths(%q) = nil error, want one", in)
		}
	}
}

func FuzzFindDates(f *testing.F) {
	c := testCalendar(f)
	for _, s := range []string{
		"الخميس 23 مايو/أيار 2016", "27 شباط الماضي", "2016/05/23", "23-05-2016", "August 30, 2016",
		"١٥ رمضان ١٤٣٧هـ", "اعتبارا من 25 مايو الجاري", "1437/8/5 هـ", "يوم الاثنين",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, d := range c.FindDates(s) {
			if d.Start < prev || d.End <= d.Start || d.End > len(s) {
				t.Fatalf("bad span %d:%d after %d in %q", d.Start, d.End, prev, s)
			}
			prev = d.End
			if d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 31 || d.Weekday < -1 || d.Weekday > 6 {
				t.Fatalf("bad fields %+v in %q", d, s)
			}
			if iso := d.ISO(); iso != "" && len(iso) != 10 {
				t.Fatalf("bad ISO %q", iso)
			}
		}
	})
}

func ExampleCalendar_FindDates() {
	table := "gregorian\t5\tمايو\ngregorian\t5\tأيار\ngregorian\t2\tشباط\n" +
		"after\tpast\tالماضي\nbefore\tfrom\tاعتبارا من\n"
	cal, err := ParseMonths(strings.NewReader(table))
	if err != nil {
		panic(err)
	}
	s := "وقع الاتفاق في 27 شباط الماضي، ويسري اعتبارا من 25 مايو/أيار 2016."
	for _, d := range cal.FindDates(s) {
		fmt.Printf("%s day=%d month=%d year=%d relative=%q cue=%q\n", s[d.Start:d.End], d.Day, d.Month, d.Year, d.Relative, d.Cue)
	}
	// Output:
	// 27 شباط الماضي day=27 month=2 year=0 relative="past" cue=""
	// 25 مايو/أيار 2016 day=25 month=5 year=2016 relative="" cue="from"
}
