package arabic

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"أحمد", "احمد"},
		{"إيران", "ايران"},
		{"آذار", "اذار"},
		{"مصطفى", "مصطفي"},
		{"المدينة", "المدينه"},
		{"مُحَمَّد", "محمد"},
		{"عـــربي", "عربي"},
		{"٢٠١٦", "2016"},
		{"۱۳۹۵", "1395"},
		{"«نعم»", "\"نعم\""},
		{"ﻻ", "لا"},
		{"Kerry", "kerry"},
		{"کتاب ی", "كتاب ي"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNormalizeMapOriginal(t *testing.T) {
	s := "قالَ وزيرُ الخارجيّة"
	n, offs := NormalizeMap(s)
	i := strings.Index(n, "الخارجيه")
	if i < 0 {
		t.Fatalf("normalised %q lacks the word", n)
	}
	a, b := Original(s, offs, i, i+len("الخارجيه"))
	if got := s[a:b]; got != "الخارجيّة" {
		t.Errorf("Original span = %q, want %q", got, "الخارجيّة")
	}
}

func TestTokens(t *testing.T) {
	s := "قال لافروف، إن 3.5 مليون O'Brien «لا نتعاون»."
	var got []string
	for _, tok := range Tokens(s) {
		if s[tok.Start:tok.End] != tok.Text {
			t.Fatalf("token %q does not match its offsets", tok.Text)
		}
		got = append(got, tok.Text)
	}
	want := []string{"قال", "لافروف", "إن", "3.5", "مليون", "O'Brien", "لا", "نتعاون"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Tokens = %q, want %q", got, want)
	}
}

func TestStem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"الرئيس", "رئيس"},
		{"والرئيس", "رئيس"},
		{"بالرئيس", "رئيس"},
		{"للرئيس", "رئيس"},
		{"ورئيس", "رئيس"},
		{"بموسكو", "بموسكو"},
		{"موسكو", "موسكو"},
		{"المسلمون", "مسلم"},
		{"الولايات", "ولا"},
		{"كتابها", "كتاب"},
		{"فرنسا", "فرنسا"},
		{"العسكرية", "عسكر"},
		{"العسكري", "عسكر"},
		{"وزير", "زير"},
		{"وهو", "وهو"},
		{"kerry", "kerry"},
	}
	for _, tt := range tests {
		if got := StemWord(tt.in); got != tt.want {
			t.Errorf("StemWord(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStemVariantsMatch(t *testing.T) {
	// hamza, ta marbuta, alef maqsura and attached prefixes give one stem
	groups := [][]string{
		{"الأمم", "الامم", "للأمم", "بالأمم", "والأمم"},
		{"المبادرة", "المبادره", "مبادرة", "بالمبادرة"},
		{"مستشفى", "مستشفي", "والمستشفى"},
	}
	for _, g := range groups {
		want := StemWord(g[0])
		for _, w := range g[1:] {
			if got := StemWord(w); got != want {
				t.Errorf("StemWord(%q) = %q, want %q (as %q)", w, got, want, g[0])
			}
		}
	}
}

func TestSearchForms(t *testing.T) {
	// a bare proclitic in the text is matched through the query's forms
	for _, pair := range [][2]string{{"موسكو", "بموسكو"}, {"فرنسا", "لفرنسا"}, {"موسكو", "وبموسكو"}, {"بموسكو", "موسكو"}} {
		text := StemWord(pair[1])
		found := false
		for _, f := range SearchForms(pair[0]) {
			found = found || f == text
		}
		if !found {
			t.Errorf("SearchForms(%q) = %q, lacks %q (the stem of %q)", pair[0], SearchForms(pair[0]), text, pair[1])
		}
	}
}

func TestSentences(t *testing.T) {
	s := "قال المتحدث: «لن نتعاون. أبداً». وأضاف أن النسبة 3.5 بالمئة؟ نعم!\nسطر جديد بلا نقطة\n\n  "
	var got []string
	for _, sp := range Sentences(s) {
		got = append(got, sp.Text(s))
	}
	want := []string{
		"قال المتحدث: «لن نتعاون. أبداً».",
		"وأضاف أن النسبة 3.5 بالمئة؟",
		"نعم!",
		"سطر جديد بلا نقطة",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Sentences =\n%q\nwant\n%q", got, want)
	}
}

func TestClauses(t *testing.T) {
	s := "قال الوزير، مشيرا إلى الاتفاق، إن التعاون مستمر"
	cl := Clauses(s, Span{0, len(s)})
	if len(cl) != 3 || cl[1].Text(s) != "مشيرا إلى الاتفاق" {
		t.Errorf("Clauses = %v", cl)
	}
}

func TestIndexText(t *testing.T) {
	if got, want := IndexText("وقال الرئيسُ الروسي"), "قال رئيس روس"; got != want {
		t.Errorf("IndexText = %q, want %q", got, want)
	}
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{"قال لافروف، إن 3.5", "«نعم».\nلا", "ﻻ ٢٠١٦ U.S.", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, tok := range Tokens(s) {
			if tok.Start < last || tok.End <= tok.Start || tok.End > len(s) || s[tok.Start:tok.End] != tok.Text {
				t.Fatalf("bad token %+v in %q", tok, s)
			}
			last = tok.End
		}
		for _, sp := range Sentences(s) {
			if sp.Start < 0 || sp.End > len(s) || sp.Start >= sp.End {
				t.Fatalf("bad sentence %+v", sp)
			}
			_ = Clauses(s, sp)
		}
		n, offs := NormalizeMap(s)
		if len(offs) != len(n)+1 {
			t.Fatalf("offsets %d for %d bytes", len(offs), len(n))
		}
		if utf8.ValidString(s) && !utf8.ValidString(Normalize(s)) {
			t.Fatalf("Normalize made invalid UTF-8")
		}
		if Normalize(n) != n {
			t.Fatalf("Normalize is not idempotent on %q", s)
		}
		_ = IndexText(s)
		if got, want := CountWords(s), len(Tokens(s)); got != want {
			t.Fatalf("CountWords(%q) = %d, want %d", s, got, want)
		}
		if got, want := string(AppendNormalize(nil, s)), Normalize(s); got != want {
			t.Fatalf("AppendNormalize(%q) = %q, want %q", s, got, want)
		}
	})
}
