package analyze

import (
	"testing"

	"marsad/data/arabic"
)

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"قال لافروف، إن 3.5 مليون O'Brien «لا نتعاون».", "أُمّة مستشفى ـــ ﻻ ٢٠١٦", "U.S. الأمم\u200cالمتحدة", "\xff\xd8"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := tokenize(s), arabic.Tokens(s)
		if len(got) != len(want) {
			t.Fatalf("tokenize(%q) = %d tokens, arabic.Tokens %d", s, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("token %d of %q: %+v, want %+v", i, s, got[i], want[i])
			}
		}
	})
}
