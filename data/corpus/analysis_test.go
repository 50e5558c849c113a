package corpus

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"marsad/data"
	"marsad/data/analyze"
	"marsad/data/store"
)

const (
	topicName = "التعاون العسكري"
	artOne    = "قال وزير الخارجية الفرنسي لوران فابيوس إن بلاده لا تنسق مع موسكو. وأضاف فابيوس أن الحوار مستمر."
	artTwo    = "رحبت طهران بالتعاون مع بغداد. وقال حيدر العبادي إن التنسيق مع إيران ضروري."
)

// analysedCorpus stores two articles, adds a topic and analyses them.
func analysedCorpus(t *testing.T) (*store.Store, []int64) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "c.marsad"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var arts []*data.Article
	for i, body := range []string{artOne, artTwo} {
		arts = append(arts, &data.Article{Title: "خبر", Body: body, Hash: body, File: []string{"a.txt", "b.txt"}[i]})
	}
	added, err := st.AddArticles(ctx, arts)
	if err != nil {
		t.Fatal(err)
	}
	ids := []int64{added[0].ID, added[1].ID}
	if _, err := st.AddTopic(ctx, topicName, []string{"تعاون", "تنسيق"}); err != nil {
		t.Fatal(err)
	}
	if err := AnalyzeArticles(ctx, st, ids); err != nil {
		t.Fatal(err)
	}
	return st, ids
}

func findStatement(t *testing.T, st *store.Store, actor string) store.StatementView {
	t.Helper()
	ss, err := st.Statements(context.Background(), store.StatementFilter{OnTopic: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range ss {
		if s.Actor == actor {
			return s
		}
	}
	t.Fatalf("no statement by %s in %+v", actor, ss)
	return store.StatementView{}
}

func findActor(t *testing.T, st *store.Store, name string) store.ActorSummary {
	t.Helper()
	as, err := st.Actors(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range as {
		if a.Name == name {
			return a
		}
	}
	t.Fatalf("no actor %s", name)
	return store.ActorSummary{}
}

func TestAnalyzeArticlesStores(t *testing.T) {
	st, _ := analysedCorpus(t)
	s := findStatement(t, st, "لوران فابيوس")
	if s.Stance == "" || s.Topic != topicName || s.Origin != data.OriginAuto || !strings.Contains(s.Sentence, "لا تنسق") {
		t.Errorf("statement = %+v", s)
	}
	if len(s.Cues) == 0 {
		t.Errorf("statement has no cues")
	}
	a := findActor(t, st, "لوران فابيوس")
	if a.Mentions != 2 || a.Stance[s.Stance] < 1 || a.Kind != analyze.KindPerson || a.Affiliation != "فرنسا" {
		t.Errorf("actor = %+v", a)
	}
}

func TestCorrectionsSurviveReanalysis(t *testing.T) {
	ctx := context.Background()
	st, ids := analysedCorpus(t)
	fab := findStatement(t, st, "لوران فابيوس")
	support := data.StanceSupport
	if err := st.SetStatement(ctx, fab.ID, store.StatementChange{Stance: &support}); err != nil {
		t.Fatal(err)
	}
	abadi := findStatement(t, st, "حيدر العبادي")
	if err := st.DeleteStatement(ctx, abadi.ID); err != nil {
		t.Fatal(err)
	}
	check := func(when string) {
		t.Helper()
		s := findStatement(t, st, "لوران فابيوس")
		if s.Stance != support || s.Origin != data.OriginUser {
			t.Errorf("%s: corrected statement = %+v", when, s)
		}
		ss, _ := st.Statements(ctx, store.StatementFilter{OnTopic: true})
		n := 0
		for _, x := range ss {
			if x.Actor == "لوران فابيوس" && strings.Contains(x.Sentence, "لا تنسق") {
				n++
			}
			if x.Actor == "حيدر العبادي" {
				t.Errorf("%s: deleted statement is back: %+v", when, x)
			}
		}
		if n != 1 {
			t.Errorf("%s: %d statements on the corrected sentence, want 1", when, n)
		}
	}
	check("after the correction")
	if err := Reanalyze(ctx, st); err != nil {
		t.Fatal(err)
	}
	check("after reanalysis")
	if _, err := st.AddTopic(ctx, "الحوار", []string{"حوار"}); err != nil {
		t.Fatal(err)
	}
	if err := Reanalyze(ctx, st); err != nil {
		t.Fatal(err)
	}
	check("after a new topic")
	// a changed gazetteer: Fabius now listed, under another spelling
	lx, err := analyze.DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	lx.Gazetteer = append([]analyze.Entry{{Name: "لوران فابيوس", Kind: analyze.KindPerson, Affiliation: "فرنسا", Aliases: []string{"فابيوس"}}}, lx.Gazetteer...)
	a, err := AnalyzerWith(ctx, st, lx)
	if err != nil {
		t.Fatal(err)
	}
	if err := analyzeWith(ctx, st, a, ids); err != nil {
		t.Fatal(err)
	}
	check("after a gazetteer change")
}

func TestUndoRedo(t *testing.T) {
	ctx := context.Background()
	st, _ := analysedCorpus(t)
	fab := findStatement(t, st, "لوران فابيوس")
	auto := fab.Stance
	neutral := data.StanceNeutral
	if auto == neutral {
		neutral = data.StanceConditional // a correction that changes it
	}
	if err := st.SetStatement(ctx, fab.ID, store.StatementChange{Stance: &neutral}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Undo(ctx); err != nil {
		t.Fatal(err)
	}
	if s := findStatement(t, st, "لوران فابيوس"); s.Stance != auto || s.Origin != data.OriginAuto {
		t.Errorf("after undo: %+v, want the automatic %s back", s, auto)
	}
	if _, err := st.Redo(ctx); err != nil {
		t.Fatal(err)
	}
	if s := findStatement(t, st, "لوران فابيوس"); s.Stance != neutral {
		t.Errorf("after redo: %+v, want %s", s, neutral)
	}
	st.Undo(ctx)
	if _, err := st.Undo(ctx); err != nil {
		t.Fatal(err) // the topic added before
	}
	if _, err := st.Undo(ctx); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("undo with nothing left: err = %v, want ErrNotFound", err)
	}
}

func TestActorEditsStick(t *testing.T) {
	ctx := context.Background()
	st, _ := analysedCorpus(t)
	a, err := Analyzer(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	abadi := findActor(t, st, "حيدر العبادي")
	iraq := findActor(t, st, "إيران")
	// merge, rename, set, alias: then analyse again
	if err := st.MergeActors(ctx, abadi.ID, iraq.ID); err != nil {
		t.Fatal(err)
	}
	if err := st.RenameActor(ctx, abadi.ID, "العبادي (رئيس الوزراء)", a.KeyOf("العبادي (رئيس الوزراء)")); err != nil {
		t.Fatal(err)
	}
	org := analyze.KindOrg
	if err := st.SetActor(ctx, abadi.ID, &org, nil); err != nil {
		t.Fatal(err)
	}
	if err := st.RemoveAlias(ctx, "طهران", a.KeyOf("طهران")); err != nil {
		t.Fatal(err)
	}
	if err := Reanalyze(ctx, st); err != nil {
		t.Fatal(err)
	}
	got := findActor(t, st, "العبادي (رئيس الوزراء)")
	// two mentions of العبادي's own, one of إيران; طهران no longer counts
	if got.Kind != analyze.KindOrg || got.Mentions != 2 {
		t.Errorf("merged actor = %+v, want kind org and 2 mentions", got)
	}
	as, _ := st.Actors(ctx, "")
	for _, x := range as {
		if x.Name == "إيران" {
			t.Errorf("merged actor still listed: %+v", x)
		}
	}
	// split إيران back out
	id, err := st.SplitActor(ctx, got.ID, "إيران", a.KeyOf("إيران"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if sp := findActor(t, st, "إيران"); sp.ID != id || sp.Mentions != 1 {
		t.Errorf("split actor = %+v, want 1 mention", sp)
	}
}

// BenchmarkImportWithAnalysis imports the SaudiNewsNet archives with the
// analysis stage (and no other) into a fresh corpus per iteration and
// reports articles per second.
func BenchmarkImportWithAnalysis(b *testing.B) {
	benchImport(b, saudiNewsNet(b), []Stage{AnalysisStage()})
}

// BenchmarkReanalyze imports SaudiNewsNet once without stages, adds a
// topic, then times the re-analysis of the whole corpus.
func BenchmarkReanalyze(b *testing.B) {
	zips := saudiNewsNet(b)
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(b.TempDir(), "bench.marsad"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	rep, err := Import(ctx, st, zips, ImportOptions{Stages: []Stage{}})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := st.AddTopic(ctx, "التعاون العسكري", []string{"تعاون", "تنسيق", "ضربات مشتركة"}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		if err := Reanalyze(ctx, st); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(rep.Imported*b.N)/b.Elapsed().Seconds(), "articles/s")
	// the process's CPU time, which others' load on a shared machine
	// does not inflate as it does wall time
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(rep.Imported*b.N)/cpu.Seconds(), "articles/cpu-s")
	}
}

// cpuTime returns the user and system CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestStatementIDsStay checks that a corrected statement keeps its ID,
// and that the analysis run again gives the statements it finds again
// the IDs they had.
func TestStatementIDsStay(t *testing.T) {
	ctx := context.Background()
	st, _ := analysedCorpus(t)
	before, err := st.Statements(ctx, store.StatementFilter{})
	if err != nil || len(before) < 2 {
		t.Fatalf("statements = %v, %v", before, err)
	}
	fab := findStatement(t, st, "لوران فابيوس")
	support := data.StanceSupport
	if err := st.SetStatement(ctx, fab.ID, store.StatementChange{Stance: &support}); err != nil {
		t.Fatal(err)
	}
	if s := findStatement(t, st, "لوران فابيوس"); s.ID != fab.ID || s.Stance != support || s.Origin != data.OriginUser {
		t.Errorf("after the correction: %+v, want ID %d, support, user", s, fab.ID)
	}
	if err := Reanalyze(ctx, st); err != nil {
		t.Fatal(err)
	}
	after, err := st.Statements(ctx, store.StatementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[int64]bool{}
	for _, s := range after {
		ids[s.ID] = true
	}
	for _, s := range before {
		if !ids[s.ID] {
			t.Errorf("statement %d (%s: %s) lost its ID in the new analysis", s.ID, s.Actor, s.Sentence)
		}
	}
	if len(after) != len(before) {
		t.Errorf("%d statements after, %d before", len(after), len(before))
	}
}

// TestLearnFromCorrections learns from one correction: the corpus keeps
// the learned model, the correction stays as the user made it, and
// forgetting brings the shipped model back.
func TestLearnFromCorrections(t *testing.T) {
	ctx := context.Background()
	st, _ := analysedCorpus(t)
	if _, err := Learn(ctx, st); err == nil {
		t.Error("learning with no corrections did not say so")
	}
	fab := findStatement(t, st, "لوران فابيوس")
	want := data.StanceSupport
	if fab.Stance == want {
		want = data.StanceOppose
	}
	if err := st.SetStatement(ctx, fab.ID, store.StatementChange{Stance: &want}); err != nil {
		t.Fatal(err)
	}
	rep, err := Learn(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Corrections != 1 {
		t.Errorf("learned from %d corrections, want 1", rep.Corrections)
	}
	if _, ok, err := st.StanceModel(ctx); !ok || err != nil {
		t.Errorf("no learned model kept (%v)", err)
	}
	if s := findStatement(t, st, "لوران فابيوس"); s.ID != fab.ID || s.Stance != want || s.Origin != data.OriginUser {
		t.Errorf("the correction changed: %+v", s)
	}
	if err := Unlearn(ctx, st); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := st.StanceModel(ctx); ok {
		t.Error("the learned model is still there")
	}
}
