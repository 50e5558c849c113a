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

func TestModelRoundTrip(t *testing.T) {
	exs := []Example{
		{Features: []string{"cue:support", "s:رحب"}, Label: "support"},
		{Features: []string{"cue:oppose", "s:رفض"}, Label: "oppose"},
		{Features: []string{"cue:none"}, Label: LabelNone},
	}
	m := Train(exs, TrainOptions{Epochs: 30})
	m.Temperature = 1.5
	m.Topical = true
	var b strings.Builder
	if err := m.Write(&b); err != nil {
		t.Fatal(err)
	}
	back, err := ParseModel(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if back.Temperature != 1.5 || !back.Topical || len(back.Weights) != len(m.Weights) {
		t.Errorf("round trip lost the model: %+v", back)
	}
	for _, e := range exs {
		p := back.Probabilities(e.Features)
		best := 0
		for i := range p {
			if p[i] > p[best] {
				best = i
			}
		}
		if ModelLabels[best] != e.Label {
			t.Errorf("%v → %s, want %s", e.Features, ModelLabels[best], e.Label)
		}
	}
	// the same examples give the same weights
	var b2 strings.Builder
	again := Train(exs, TrainOptions{Epochs: 30})
	again.Temperature, again.Topical = 1.5, true
	again.Write(&b2)
	if b.String() != b2.String() {
		t.Error("training is not reproducible")
	}
}

func TestTermsAndNames(t *testing.T) {
	es, err := ParseGazetteer(strings.NewReader("محمد جواد ظريف\tperson\tإيران\tوزير الخارجية\tظريف\t\tوزير الخارجية@2013-2021|مساعد وزير@2002-2007\n"))
	if err != nil || len(es) != 1 || len(es[0].Terms) != 2 || es[0].Terms[0].From != 2013 || es[0].Terms[0].To != 2021 {
		t.Fatalf("terms = %+v, %v", es, err)
	}
	if _, err := ParseGazetteer(strings.NewReader("س\tperson\t\t\t\t\tوزير@عام\n")); err == nil {
		t.Error("a term without years was accepted")
	}
	g, amb, err := parseNames(strings.NewReader("سامر\tname\nعادل\tambiguous\n"), nil)
	if err != nil || len(g) != 1 || len(amb) != 1 {
		t.Errorf("names = %v %v %v", g, amb, err)
	}
	if _, _, err := parseNames(strings.NewReader("سامر\tmaybe\n"), nil); err == nil {
		t.Error("an unknown flag was accepted")
	}
}

func FuzzParseModel(f *testing.F) {
	f.Add("# header\n#bias\t0\t0\t0\t0\t0\ncue:support\t1\t-1\t0\t0\t0\n")
	f.Add("#temperature\t2\t2\t2\t2\t2\n#topical\t0\t0\t0\t0\t0\n")
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseModel(strings.NewReader(s))
		if err != nil {
			return
		}
		p := m.Probabilities([]string{"cue:support", "x"})
		if len(p) != len(ModelLabels) {
			t.Fatalf("probabilities = %v", p)
		}
	})
}
