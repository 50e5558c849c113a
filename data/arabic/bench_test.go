package arabic

import (
	"strings"
	"testing"
)

var benchText = strings.Repeat("قالت وزيرة الزراعة، صباح الثلاثاء، إن حكومتها ستبدأ خطة جديدة لدعم صغار المزارعين في المحافظات الجنوبية خلال الموسم المقبل. ", 40)

func BenchmarkIndexText(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		IndexText(benchText)
	}
}

func BenchmarkNormalize(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Normalize(benchText)
	}
}
