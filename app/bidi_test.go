package app

import (
	"testing"
)

func TestSplitPieces(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"قال لافروف", []string{"قال", "لافروف"}},
		{"كيري (يمين) ولافروف", []string{"كيري", "(", "يمين", ")", "ولافروف"}},
		{"في Vienna يوم 17 May", []string{"في", "Vienna", "يوم", "17", "May"}},
		{"مستعدة.", []string{"مستعدة", "."}},
		{"«لا نتعاون»", []string{"«", "لا", "نتعاون", "»"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			ps := splitPieces(tt.in, 0)
			var got []string
			for _, p := range ps {
				got = append(got, p.text)
				if tt.in[p.start:p.end] != p.text {
					t.Errorf("piece %q has offsets %d:%d = %q", p.text, p.start, p.end, tt.in[p.start:p.end])
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("got %q, want %q", got, tt.want)
				}
			}
		})
	}
}

func TestResolveDirs(t *testing.T) {
	ps := splitPieces("قال (كيري) في 17 May 2016 إن", 0)
	resolveDirs(ps, dirRTL)
	want := map[string]dir{"قال": dirRTL, "كيري": dirRTL, "17": dirLTR, "May": dirLTR, "2016": dirLTR, "إن": dirRTL}
	for _, p := range ps {
		if d, ok := want[p.text]; ok && p.dir != d {
			t.Errorf("%q: dir %d, want %d", p.text, p.dir, d)
		}
	}
	// brackets around an Arabic word are mirrored to face it
	if ps[1].dir != dirRTL || ps[1].text != ")" || ps[3].text != "(" {
		t.Errorf("brackets = %q %q (dir %d), want mirrored and right to left", ps[1].text, ps[3].text, ps[1].dir)
	}
}

// widthsOf gives every piece the width of its length in bytes.
func widthsOf(ps []piece) []float32 {
	w := make([]float32, len(ps))
	for i, p := range ps {
		w[i] = float32(len(p.text))
	}
	return w
}

func TestLayoutRTLKeepsLatinRunInOrder(t *testing.T) {
	ps := splitPieces("في Vienna City اليوم", 0)
	resolveDirs(ps, dirRTL)
	pl, lines := layoutPieces(ps, widthsOf(ps), 1, 200, dirRTL)
	if lines != 1 {
		t.Fatalf("lines = %d, want 1", lines)
	}
	// reading right to left: في, then the Latin run (Vienna left of City), then اليوم
	fi, vienna, city, today := pl[0].x, pl[1].x, pl[2].x, pl[3].x
	if !(fi > city && city > vienna && vienna > today) {
		t.Errorf("x: في=%v Vienna=%v City=%v اليوم=%v; want في rightmost, Vienna before City, اليوم leftmost", fi, vienna, city, today)
	}
	if right := pl[0].x + float32(len("في")); right != 200 {
		t.Errorf("first word ends at %v, want the right edge 200", right)
	}
	if gap := city - (vienna + float32(len("Vienna"))); gap != 1 {
		t.Errorf("space between Vienna and City = %v, want 1", gap)
	}
	if gap := fi - (city + float32(len("City"))); gap != 1 {
		t.Errorf("space at the Arabic–Latin join = %v, want 1", gap)
	}
}

func TestLayoutWraps(t *testing.T) {
	ps := splitPieces("واحد اثنان ثلاثة أربعة", 0)
	resolveDirs(ps, dirRTL)
	w := widthsOf(ps)
	width := w[2] + w[3] + 1
	pl, lines := layoutPieces(ps, w, 1, width, dirRTL)
	if lines != 2 || pl[1].line != 0 || pl[2].line != 1 || pl[3].line != 1 {
		t.Fatalf("lines = %d, placements %v; want two words per line", lines, pl)
	}
	if pl[2].x+w[2] != width || pl[3].x != 0 {
		t.Errorf("second line does not start at the right edge: %v", pl[2])
	}
}

func TestLayoutLTRParagraphWithArabicRun(t *testing.T) {
	ps := splitPieces("The minister said موسكو مستعدة today", 0)
	resolveDirs(ps, dirLTR)
	pl, _ := layoutPieces(ps, widthsOf(ps), 1, 400, dirLTR)
	if pl[0].x != 0 {
		t.Errorf("LTR paragraph starts at %v, want 0", pl[0].x)
	}
	moscow, ready, today := pl[3].x, pl[4].x, pl[5].x
	if !(ready < moscow && moscow < today) {
		t.Errorf("Arabic run not right to left inside LTR text: موسكو=%v مستعدة=%v today=%v", moscow, ready, today)
	}
}

func TestSnippetMarks(t *testing.T) {
	text, marks := snippetMarks("… قال &lt;الوزير&gt; إن <mark>موسكو</mark> مستعدة <mark>للتنسيق</mark>")
	if text != "… قال <الوزير> إن موسكو مستعدة للتنسيق" {
		t.Fatalf("text = %q", text)
	}
	if len(marks) != 2 || text[marks[0].start:marks[0].end] != "موسكو" || text[marks[1].start:marks[1].end] != "للتنسيق" {
		t.Fatalf("marks = %+v", marks)
	}
}
