package arabic

import (
	"strings"
	"testing"
)

func TestAliasKeySpellings(t *testing.T) {
	same := [][]string{
		{"البنتاغون", "البنتاجون", "بنتاغون"},
		{"شويغو", "شويجو"},
		{"أشتون كارتر", "آشتون كارتر", "اشتون كارتر"},
		{"سيرغي لافروف", "سيرجي لافروف", "سيرگي لافروف"},
		{"ڤلاديمير بوتين", "فلاديمير بوتين"},
		{"الأسد", "الاسد", "أسد"},
	}
	for _, g := range same {
		want := AliasKey(g[0])
		for _, s := range g[1:] {
			if got := AliasKey(s); got != want {
				t.Errorf("AliasKey(%q) = %q, want %q (as %q)", s, got, want, g[0])
			}
		}
	}
	if AliasKey("لافروف") == AliasKey("افروف") {
		t.Errorf("AliasKey strips the ل of لافروف")
	}
}

func TestAliasCandidates(t *testing.T) {
	tests := []struct {
		word string
		want string // one of the candidates
	}{
		{"وشويغو", "شويغو"},
		{"ولافروف", "لافروف"},
		{"للبنتاغون", "بنتاغون"},
		{"بموسكو", "موسكو"},
		{"وبموسكو", "موسكو"},
		{"والبنتاجون", "بنتاغون"},
		{"لافروف", "لافروف"},
	}
	for _, tt := range tests {
		got := AliasCandidates(nil, FoldForeign(Normalize(tt.word)))
		if !strings.Contains("|"+strings.Join(got, "|")+"|", "|"+tt.want+"|") {
			t.Errorf("AliasCandidates(%q) = %q, lacks %q", tt.word, got, tt.want)
		}
		if got[0] != FoldForeign(Normalize(tt.word)) {
			t.Errorf("AliasCandidates(%q) starts with %q, want the word itself", tt.word, got[0])
		}
	}
	// two letters are too few to lose one
	if got := AliasCandidates(nil, "بان"); len(got) != 1 {
		t.Errorf("AliasCandidates(بان) = %q, want only the word", got)
	}
}

func TestWithinOneEdit(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"كارتر", "كاتر", true},
		{"كارتر", "كارتر", true},
		{"كيري", "كيربي", true},
		{"كيري", "كيربيي", false},
		{"لافروف", "لافرون", true},
		{"لافروف", "لاروب", false},
		{"", "ا", true},
	}
	for _, tt := range tests {
		if got := WithinOneEdit(tt.a, tt.b); got != tt.want {
			t.Errorf("WithinOneEdit(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := WithinOneEdit(tt.b, tt.a); got != tt.want {
			t.Errorf("WithinOneEdit(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

func FuzzAliasKey(f *testing.F) {
	for _, s := range []string{"البنتاغون", "وبموسكو", "ڤ گ", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := AliasKey(s)
		if AliasKey(k) != k && !strings.Contains(k, "ال") {
			t.Fatalf("AliasKey not stable: %q -> %q -> %q", s, k, AliasKey(k))
		}
		for _, c := range AliasCandidates(nil, FoldForeign(Normalize(s))) {
			if len(c) > len(s)*3+3 {
				t.Fatalf("candidate %q longer than the word %q", c, s)
			}
		}
	})
}
