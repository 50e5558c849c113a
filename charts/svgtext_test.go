package charts

import (
	"strings"
	"testing"
)

const sampleSVG = `<svg width="800" height="500" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 500">
<text dominant-baseline="central" text-anchor="end" style="font-size:12px;font-family:'Noto Sans Arabic', sans-serif;" transform="translate(112 420)" fill="#54555a">0</text>
<text dominant-baseline="central" text-anchor="middle" style="font-size:18px;font-weight:bold;" xml:space="preserve" y="5.4" transform="translate(400 20)" fill="#3c3c41">موقف &amp; الفاعلين</text>
<text x="30" y="7" fill="rgb(0,0,0)" fill-opacity="0.5" stroke="#fff" stroke-width="2">RT عربي</text>
</svg>`

func TestFindTextsReadsEChartsText(t *testing.T) {
	spans := findTexts(sampleSVG)
	if len(spans) != 3 {
		t.Fatalf("found %d text elements, want 3", len(spans))
	}
	e := spans[1].Elem
	if e.Text != "موقف & الفاعلين" || e.Anchor != "middle" || e.Baseline != "central" ||
		e.Size != 18 || !e.Bold || e.Y != 5.4 || e.Transform != "translate(400 20)" || e.Fill != "#3c3c41" {
		t.Errorf("title element = %+v", e)
	}
	if e := spans[2].Elem; e.X != 30 || e.FillOp != "0.5" || e.Stroke != "#fff" || e.StrokeW != 2 || e.Size != 12 {
		t.Errorf("legend element = %+v", e)
	}
	for _, sp := range spans {
		if !strings.HasPrefix(sampleSVG[sp.Start:], "<text") || !strings.HasSuffix(sampleSVG[:sp.End], "</text>") {
			t.Errorf("span %d–%d does not cover one element", sp.Start, sp.End)
		}
	}
}

func TestTextToPathsKeepsStyle(t *testing.T) {
	ts, err := sharedTypesetter()
	if err != nil {
		t.Fatal(err)
	}
	out := ts.textToPaths(sampleSVG)
	if strings.Contains(out, "<text") {
		t.Fatal("text elements left in output")
	}
	for _, want := range []string{`transform="translate(400 20)"`, `fill="#3c3c41"`, `fill-opacity="0.5"`, `stroke="#fff"`} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s", want)
		}
	}
	if _, err := parseIcon(out); err != nil {
		t.Errorf("output does not parse: %v", err)
	}
}

func FuzzFindTexts(f *testing.F) {
	f.Add(sampleSVG)
	f.Add(`<text x="1">a</text><text`)
	f.Add(`<text style="font:bold 14px x" x='2'>ب</text><textPath/><text/>`)
	f.Add(`<text x="1" y=">">&#1575;&lt;</text>`)
	ts, err := sharedTypesetter()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, svg string) {
		prev := 0
		for _, sp := range findTexts(svg) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(svg) {
				t.Fatalf("span %d–%d out of order or bounds (prev %d, len %d)", sp.Start, sp.End, prev, len(svg))
			}
			if sp.Elem.Size <= 0 {
				t.Fatalf("font size %v", sp.Elem.Size)
			}
			prev = sp.End
		}
		out := ts.textToPaths(svg)
		if len(findTexts(out)) > 0 && len(findTexts(svg)) > 0 && strings.Count(out, "<text") >= strings.Count(svg, "<text") {
			t.Fatalf("no text element replaced")
		}
	})
}
