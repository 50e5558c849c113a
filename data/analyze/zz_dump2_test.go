package analyze

import (
	"fmt"
	"os"
	"testing"
)

func TestZZStatements(t *testing.T) {
	if os.Getenv("ZZ") == "" {
		t.Skip()
	}
	arts := loadSaudiNewsNet(t, 3000)
	a := testAnalyzer(t)
	n := 0
	for i := 2000; i < len(arts) && n < 45; i += 23 {
		r := a.Article(arts[i])
		for _, s := range r.Statements {
			if n >= 45 {
				break
			}
			txt := arts[i].Body
			if s.InTitle {
				txt = arts[i].Title
			}
			seg := []rune(txt[s.Start:s.End])
			if len(seg) > 90 {
				seg = seg[:90]
			}
			fmt.Printf("%-14s %-28s | %s\n", s.Pattern, s.Speaker, string(seg))
			n++
			break
		}
	}
}
