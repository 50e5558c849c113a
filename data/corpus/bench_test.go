package corpus

import (
	"context"
	"path/filepath"
	"runtime"
	"sort"
	"testing"
	"time"

	"marsad/data/sharedtest"
	"marsad/data/store"
)

// saudiNewsNet returns the SaudiNewsNet archives, or skips.
func saudiNewsNet(tb testing.TB) []string {
	tb.Helper()
	return sharedtest.SaudiNewsNet(tb)
}

// BenchmarkImportSaudiNewsNet imports the 13 SaudiNewsNet archives into a
// fresh corpus file per iteration, with every import stage, and reports
// articles per second.
func BenchmarkImportSaudiNewsNet(b *testing.B) {
	zips := saudiNewsNet(b)
	benchImport(b, zips, nil)
}

// BenchmarkImportSaudiNewsNetAnalysisOnly imports with the analysis
// stage but without story grouping.
func BenchmarkImportSaudiNewsNetAnalysisOnly(b *testing.B) {
	zips := saudiNewsNet(b)
	benchImport(b, zips, []Stage{AnalysisStage()})
}

// BenchmarkImportSaudiNewsNetStoreOnly is the same import without the
// analysis and grouping stages: reading, metadata and storing only.
func BenchmarkImportSaudiNewsNetStoreOnly(b *testing.B) {
	zips := saudiNewsNet(b)
	benchImport(b, zips, []Stage{})
}

func benchImport(b *testing.B, zips []string, stages []Stage) {
	ctx := context.Background()
	var total int
	var elapsed time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		st, err := store.Open(ctx, filepath.Join(b.TempDir(), "bench.marsad"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		rep, err := Import(ctx, st, zips, ImportOptions{Stages: stages})
		elapsed += time.Since(start)
		if err != nil {
			b.Fatal(err)
		}
		total += rep.Imported
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(total)/elapsed.Seconds(), "articles/s")
	b.ReportMetric(float64(total)/float64(b.N), "articles")
}

// searchQueries are varied: single words with and without prefixes and
// hamza, phrases, OR, exclusions, frequent and rare words.
var searchQueries = []string{
	"السعودية", "وزير الخارجية", `"مجلس الوزراء"`, "النفط", "بالرياض", "الإرهاب", "أمير منطقة",
	"الأمم المتحدة", "اليمن OR سوريا", "الحوثيين", "الهلال -النصر", "جامعة الملك سعود", "وزارة الصحة",
	"كورونا", "إيران", "الانتخابات البلدية", "للمواطنين", "داعش", `"خادم الحرمين الشريفين"`, "الاقتصاد السعودي",
}

// BenchmarkSearchSaudiNewsNet imports SaudiNewsNet once (without the
// analysis stages), runs 20 varied queries once to warm the cache, then
// times them b.N times and reports the median and 95th percentile latency
// in milliseconds (-v logs each query's slowest run).
func BenchmarkSearchSaudiNewsNet(b *testing.B) {
	zips := saudiNewsNet(b)
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(b.TempDir(), "search.marsad"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if _, err := Import(ctx, st, zips, ImportOptions{Stages: []Stage{}}); err != nil {
		b.Fatal(err)
	}
	runtime.GC()                      // the import's garbage is not the searches' cost
	for _, q := range searchQueries { // warm the page cache once
		if _, err := st.Search(ctx, q, 50); err != nil {
			b.Fatalf("search %q: %v", q, err)
		}
	}
	var lat []time.Duration
	slowest := map[string]time.Duration{}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, q := range searchQueries {
			start := time.Now()
			if _, err := st.Search(ctx, q, 50); err != nil {
				b.Fatalf("search %q: %v", q, err)
			}
			d := time.Since(start)
			lat = append(lat, d)
			slowest[q] = max(slowest[q], d)
		}
	}
	for q, d := range slowest {
		b.Logf("%-30s slowest %v", q, d)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	b.ReportMetric(ms(lat[len(lat)/2]), "p50-ms")
	b.ReportMetric(ms(lat[len(lat)*95/100]), "p95-ms")
	b.ReportMetric(0, "ns/op")
}
