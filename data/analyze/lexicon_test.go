package analyze

import (
	"strings"
	"testing"

	"marsad/data"
)

func TestParseGazetteer(t *testing.T) {
	in := "# comment\nسيرغي لافروف\tperson\tروسيا\tوزير الخارجية\tلافروف|?الوزير\tسمولينسكايا\n\nروسيا\tstate\tروسيا\t\t\tموسكو\n"
	es, err := ParseGazetteer(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 2 || es[0].Role != "وزير الخارجية" || len(es[0].Aliases) != 1 || es[0].Contextual[0] != "الوزير" || es[1].Metonyms[0] != "موسكو" {
		t.Errorf("ParseGazetteer = %+v", es)
	}
	for _, bad := range []string{"اسم\tplanet\n", "\tperson\n"} {
		if _, err := ParseGazetteer(strings.NewReader(bad)); err == nil {
			t.Errorf("ParseGazetteer(%q) accepted", bad)
		}
	}
}

func TestParseCues(t *testing.T) {
	cs, err := ParseCues(strings.NewReader("قال|قالت\treport\tverb\nلا\tnegation\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 2 || cs[0].Forms[1] != "قالت" || cs[1].Kind != CueWord {
		t.Errorf("ParseCues = %+v", cs)
	}
	if _, err := ParseCues(strings.NewReader("قال\tshouting\tverb\n")); err == nil {
		t.Error("unknown class accepted")
	}
}

func TestDefaultLexiconLoads(t *testing.T) {
	lx, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.Gazetteer) < 100 || len(lx.Cues) < 40 || len(lx.Nisba) < 20 || len(lx.GivenNames) < 50 {
		t.Errorf("lexicon too small: %d entries, %d cues, %d nisbas, %d names", len(lx.Gazetteer), len(lx.Cues), len(lx.Nisba), len(lx.GivenNames))
	}
	a := New(lx, nil)
	// every shipped name and alias finds its own entry
	for _, e := range a.Entries() {
		if e.Kind == KindState {
			continue
		}
		r := a.Article(&data.Article{Body: "قال " + e.Name + " إن"})
		ok := false
		for _, m := range r.Mentions {
			ok = ok || m.ActorKey == e.Key
		}
		if !ok {
			t.Errorf("%s is not found by its own name: %+v", e.Name, r.Mentions)
		}
	}
}

func FuzzParseGazetteer(f *testing.F) {
	f.Add("سيرغي لافروف\tperson\tروسيا\t\tلافروف|?الوزير\tموسكو\n")
	f.Add("#\n\t\t\n")
	f.Add("قال|قالت\treport\tverb\n")
	f.Fuzz(func(t *testing.T, s string) {
		es, err := ParseGazetteer(strings.NewReader(s))
		if err == nil {
			for _, e := range es {
				if e.Name == "" || !kinds[e.Kind] {
					t.Fatalf("bad entry %+v", e)
				}
			}
			New(Lexicon{Gazetteer: es}, nil)
		}
		cs, err := ParseCues(strings.NewReader(s))
		if err == nil {
			New(Lexicon{Cues: cs}, []Topic{{Name: "t", Keywords: []string{s}}})
		}
	})
}
