package stories

import (
	"slices"
	"strings"
	"testing"
)

func TestTermKeySame(t *testing.T) {
	tests := []struct{ a, b string }{
		{"البنتاغون", "البنتاجون"},
		{"شويغو", "شويجو"},
		{"بسوريا", "سوريا"},
		{"وسوريا", "سوريا"},
		{"الروسي", "روسي"},
		{"المتحدثون", "المتحدث"},
		{"إيران", "ايران"},
	}
	for _, tc := range tests {
		ka, kb := TermKey(tc.a), TermKey(tc.b)
		if ka == "" || ka != kb {
			t.Errorf("TermKey(%q) = %q, TermKey(%q) = %q, want one non-empty key", tc.a, ka, tc.b, kb)
		}
	}
}

func TestTermKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"سوريا", "سوريا"},
		{"الغارات", "جار"},
		{"في", ""},
		{"و", ""},
		{"2016", "2016"},
		{"Vienna", "vienna"},
	}
	for _, tc := range tests {
		if got := TermKey(tc.in); got != tc.want {
			t.Errorf("TermKey(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if TermKey("بلد") == TermKey("لد") {
		t.Error("a three-letter word lost its first letter")
	}
}

func TestSign(t *testing.T) {
	s := Sign("زلزال يضرب تركيا", "ضرب زلزال بقوة 5.8 درجات جنوب تركيا. وشعر السكان بالهزة في سوريا.")
	terms := map[uint32]Term{}
	for _, tm := range s.Terms {
		terms[tm.Hash] = tm
	}
	if tm := terms[HashKey("زلزال")]; !tm.Title || tm.Count != 1 || !tm.Lead {
		t.Errorf("زلزال = %+v, want in title, lead, count 1", tm)
	}
	if tm := terms[HashKey("5.8")]; !tm.Number || tm.Title {
		t.Errorf("5.8 = %+v, want a number outside the title", tm)
	}
	if _, ok := terms[HashKey("في")]; ok {
		t.Error("stop word في kept")
	}
	if len(s.Sentences) != 3 {
		t.Fatalf("got %d sentences, want 3 (headline and two)", len(s.Sentences))
	}
	for _, sent := range s.Sentences {
		if !slices.IsSorted(sent) {
			t.Errorf("sentence %v not sorted", sent)
		}
	}
	if !slices.IsSortedFunc(s.Terms, func(a, b Term) int { return cmpU32(a.Hash, b.Hash) }) {
		t.Error("terms not sorted by hash")
	}
}

func TestSignLatinCaption(t *testing.T) {
	with := Sign("عنوان الخبر", "Minister Sergei Lavrov talks in Vienna.\nقال الوزير إن المحادثات مستمرة.")
	without := Sign("عنوان الخبر", "قال الوزير إن المحادثات مستمرة.")
	if len(with.Terms) != len(without.Terms) {
		t.Errorf("an English caption added %d terms to an Arabic article", len(with.Terms)-len(without.Terms))
	}
	english := Sign("Talks in Vienna", "Minister Sergei Lavrov talks in Vienna.")
	if len(english.Terms) == 0 {
		t.Error("a text without Arabic lost all its terms")
	}
}

func TestSignatureRoundTrip(t *testing.T) {
	for _, f := range allFixtures {
		s := Sign(f.title, f.body)
		b, err := s.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var got Signature
		if err := got.UnmarshalBinary(b); err != nil {
			t.Fatalf("fixture %d: %v", f.id, err)
		}
		if !slices.Equal(got.Terms, s.Terms) || !slices.EqualFunc(got.Sentences, s.Sentences, slices.Equal) {
			t.Errorf("fixture %d: round trip changed the signature", f.id)
		}
	}
}

func TestSignatureRejectsDamage(t *testing.T) {
	b, _ := Sign(quakeA.title, quakeA.body).MarshalBinary()
	for _, bad := range [][]byte{nil, {9}, b[:len(b)/2], append(slices.Clone(b), 0)} {
		var s Signature
		if err := s.UnmarshalBinary(bad); err == nil {
			t.Errorf("UnmarshalBinary(% x…) = nil, want an error", bad[:min(len(bad), 4)])
		}
	}
}

func FuzzSignatureUnmarshal(f *testing.F) {
	for _, fx := range allFixtures[:3] {
		b, _ := Sign(fx.title, fx.body).MarshalBinary()
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var s Signature
		if err := s.UnmarshalBinary(b); err != nil {
			return
		}
		out, err := s.MarshalBinary()
		if err != nil {
			t.Fatalf("decoded signature does not encode: %v", err)
		}
		var again Signature
		if err := again.UnmarshalBinary(out); err != nil || !slices.Equal(again.Terms, s.Terms) {
			t.Fatalf("re-encoded signature differs: %v", err)
		}
	})
}

func FuzzSign(f *testing.F) {
	// Short seeds: the fuzzer crawls on kilobyte-long ones.
	for _, fx := range allFixtures {
		first, _, _ := strings.Cut(fx.body, ". ")
		f.Add(fx.title, first+". وقال إن 25 شخصا أصيبوا")
	}
	f.Fuzz(func(t *testing.T, title, body string) {
		s := Sign(title, body)
		for _, sent := range s.Sentences {
			for _, i := range sent {
				if int(i) >= len(s.Terms) {
					t.Fatalf("sentence term %d out of %d terms", i, len(s.Terms))
				}
			}
		}
		if _, err := s.MarshalBinary(); err != nil {
			t.Fatal(err)
		}
	})
}
