package stories

import (
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"testing"

	"marsad/data/arabic"
)

// The seeds: 000 and 002 report the Pentagon turning down the Russian
// proposal of joint strikes (May 2016); 001 and 004 the American offer of
// a military partnership and the answers to it (July 2016); 003 the State
// Department denying coordination (August 2016) stands alone.
func TestGroupSeeds(t *testing.T) {
	arts := readSeeds(t)
	got := memberSets(Group(nil, items(arts), defaultOptions(t)))
	if want := "[1000001 1000003] [1000002 1000005]"; got != want {
		t.Errorf("stories = %q, want %q (000+002, 001+004)", got, want)
	}
}

// Wire copy: articles from different outlets under the same headline of
// five words or more are, with few exceptions, one agency report; nearly
// all such pairs must land in one story.
func TestGroupSaudiNewsNetWireCopy(t *testing.T) {
	if testing.Short() {
		t.Skip("groups the whole corpus")
	}
	arts := readSaudiNewsNet(t)
	sts := Group(nil, items(arts), defaultOptions(t))
	storyOf := map[int64]int{}
	for i, s := range sts {
		for _, m := range s.Members {
			storyOf[m] = i + 1
		}
	}
	byTitle := map[string][]testArticle{}
	for _, a := range arts {
		key := strings.Join(arabic.Words(a.Title), " ")
		if len(arabic.Words(a.Title)) >= 5 {
			byTitle[key] = append(byTitle[key], a)
		}
	}
	pairs, together := 0, 0
	for _, group := range byTitle {
		for i := 1; i < len(group); i++ {
			a, b := group[0], group[i]
			if a.Source == b.Source {
				continue
			}
			pairs++
			if storyOf[a.ID] != 0 && storyOf[a.ID] == storyOf[b.ID] {
				together++
			}
		}
	}
	if pairs < 200 {
		t.Fatalf("found only %d cross-outlet pairs with one headline", pairs)
	}
	if share := float64(together) / float64(pairs); share < 0.9 {
		t.Errorf("%d of %d cross-outlet same-headline pairs grouped (%.1f%%), want at least 90%%", together, pairs, 100*share)
	} else {
		t.Logf("%d of %d cross-outlet same-headline pairs grouped (%.1f%%)", together, pairs, 100*share)
	}
}

// BenchmarkGroupSaudiNewsNet signs and groups the whole SaudiNewsNet
// corpus, as Regroup does.
func BenchmarkGroupSaudiNewsNet(b *testing.B) {
	arts := readSaudiNewsNet(b)
	opts := defaultOptions(b)
	b.ResetTimer()
	for b.Loop() {
		sts := Group(nil, items(arts), opts)
		b.ReportMetric(float64(len(sts)), "stories")
	}
}

// TestSampleSaudiNewsNetStories prints 30 stories of SaudiNewsNet drawn at
// random (seed MARSAD_STORY_SAMPLE) for judging by hand: label, then per
// member its cosine and sentence evidence against the labelling article,
// date, outlet and headline. It runs only when asked.
func TestSampleSaudiNewsNetStories(t *testing.T) {
	seed, err := strconv.ParseInt(os.Getenv("MARSAD_STORY_SAMPLE"), 10, 64)
	if err != nil {
		t.Skip("set MARSAD_STORY_SAMPLE=seed to print a sample of stories")
	}
	arts := readSaudiNewsNet(t)
	opts := defaultOptions(t)
	its := items(arts)
	sts := Group(nil, its, opts)
	g := newGrouper(nil, its, opts.withDefaults())
	pos := map[int64]int{}
	for i := range its {
		pos[its[i].ID] = i
	}
	r := rand.New(rand.NewSource(seed))
	for k, idx := range r.Perm(len(sts))[:min(30, len(sts))] {
		s := sts[idx]
		c := &g.entries[pos[s.Central]]
		fmt.Printf("--- %d (%d articles) %s\n", k+1, len(s.Members), arts[pos[s.Central]].Title)
		for _, m := range s.Members {
			a, e := arts[pos[m]], &g.entries[pos[m]]
			fmt.Printf("   %.2f %.2f %s %s | %s\n", cosine(c.vec, e.vec), g.alignScore(c, e), a.Date, a.Source, a.Title)
		}
	}
}
