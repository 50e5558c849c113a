package eval

import (
	"testing"

	"marsad/data/analyze"
)

// TestEvaluationSet runs the evaluation set and guards its figures: a
// change to the rules or lexicon that lowers them below these floors
// must be looked at, not merged.
func TestEvaluationSet(t *testing.T) {
	lx, err := analyze.DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	// the written set guards the hand rules; the stance model, learned
	// from real news, is measured on real news (eval/news)
	lx.Model = nil
	rep, err := Run(".", lx)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Articles < 15 {
		t.Errorf("%d articles, want at least 15", rep.Articles)
	}
	t.Logf("actors P %.3f R %.3f; stance accuracy %.3f, macro-F1 %.3f", rep.Actors.Precision, rep.Actors.Recall, rep.Accuracy, rep.MacroF1)
	floors := []struct {
		name      string
		got, want float64
	}{
		{"actor precision", rep.Actors.Precision, 0.90},
		{"actor recall", rep.Actors.Recall, 0.85},
		{"stance accuracy", rep.Accuracy, 0.75},
		{"stance macro-F1", rep.MacroF1, 0.70},
	}
	for _, f := range floors {
		if f.got < f.want {
			t.Errorf("%s = %.3f, below the floor %.2f", f.name, f.got, f.want)
		}
	}
}

func TestLoadRefusesBadGold(t *testing.T) {
	if _, _, err := Load(t.TempDir()); err == nil {
		t.Error("Load of an empty folder succeeded")
	}
}
