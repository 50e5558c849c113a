package analyze

import (
	"archive/zip"
	"encoding/json"
	"io"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"marsad/data"
)

// loadSaudiNewsNet reads up to max articles of the SaudiNewsNet corpus
// from the shared directory, or skips.
func loadSaudiNewsNet(tb testing.TB, max int) []*data.Article {
	tb.Helper()
	zips, _ := filepath.Glob(filepath.Join(sharedDir(tb), "corpora", "saudinewsnet", "*.zip"))
	if len(zips) == 0 {
		tb.Skip("SaudiNewsNet corpus absent")
	}
	var out []*data.Article
	for _, z := range zips {
		zr, err := zip.OpenReader(z)
		if err != nil {
			tb.Fatal(err)
		}
		for _, f := range zr.File {
			rc, err := f.Open()
			if err != nil {
				tb.Fatal(err)
			}
			b, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				tb.Fatal(err)
			}
			var recs []struct{ Title, Content string }
			if err := json.Unmarshal(b, &recs); err != nil {
				tb.Fatalf("%s: %v", f.Name, err)
			}
			for _, r := range recs {
				out = append(out, &data.Article{Title: r.Title, Body: r.Content})
				if len(out) >= max {
					zr.Close()
					return out
				}
			}
		}
		zr.Close()
	}
	return out
}

// BenchmarkAnalyze analyses SaudiNewsNet articles one after another on
// one goroutine and reports articles per second.
func BenchmarkAnalyze(b *testing.B) {
	arts := loadSaudiNewsNet(b, 3000)
	lx, err := DefaultLexicon()
	if err != nil {
		b.Fatal(err)
	}
	a := New(lx, []Topic{seedTopic})
	var bytes int64
	for _, art := range arts {
		bytes += int64(len(art.Body) + len(art.Title))
	}
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		a.Article(arts[i%len(arts)])
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	// on a shared machine wall time varies with others' load; the
	// process's own CPU time gives the rate per core
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "articles/cpu-s")
	}
	b.SetBytes(bytes / int64(len(arts)))
}

// cpuTime returns the user and system CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
