package analyze

import (
	"testing"

	"marsad/data"
)

func TestDbg(t *testing.T) {
	lx, _ := DefaultLexicon()
	a := New(lx, []Topic{seedTopic})
	body := "وقال كارتر، في مؤتمر صحفي عقده في مبنى وزارة الدفاع “نحن على استعداد للتعاون مع روسيا، بما يخص الشأن السوري، بشرط التزامها بالتوجّه الصحيح”.\nوأوضحت الخارجية الأميركية، في بيانٍ صادر عن مكتب المبعوث الأميركي إلى سورية، مايكل راتني، أمس الإثنين، أنه \"منذ بداية الثورة."
	r := a.Article(&data.Article{Body: body})
	for _, m := range r.Mentions {
		t.Logf("M %s %q", m.Rule, body[m.Start:m.End])
	}
	for _, s := range r.Statements {
		t.Logf("S %s %s %s", s.Pattern, s.Speaker, s.Stance)
	}
}
