package arabic

import (
	"strings"
	"testing"
)

var benchText = strings.Repeat("أعلن وزير الخارجية الروسي، يوم الاثنين، أن بلاده ستواصل التعاون العسكري مع الجانب الأمريكي من أجل التوصل إلى نتائج ملموسة. ", 40)

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
