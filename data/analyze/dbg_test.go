package analyze

import (
	"os"
	"testing"

	"marsad/data"
)

func TestDbg(t *testing.T) {
	a := testAnalyzer(t)
	b, _ := os.ReadFile(os.Getenv("F"))
	r := a.Article(&data.Article{Body: string(b)})
	for _, m := range r.Mentions {
		t.Logf("M %s %q %s", m.Rule, string(b)[m.Start:m.End], m.Name)
	}
}
