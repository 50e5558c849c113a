package corpus

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"strings"
	"sync"

	"marsad/data"
	"marsad/data/analyze"
	"marsad/data/arabic"
	"marsad/data/store"
)

// AnalysisVersion is the version of the actor and stance analysis; bump
// it when its results change, so that articles analysed by an older
// Marsad are analysed again.
const AnalysisVersion = 2

// AnalysisStage is the analysis as an import stage.
func AnalysisStage() Stage {
	return Stage{Name: "analysis", Column: store.StageAnalysis, Version: AnalysisVersion, Run: AnalyzeArticles}
}

var (
	lexOnce sync.Once
	lexVal  analyze.Lexicon
	lexErr  error
)

// shippedLexicon reads the embedded lexicon once.
func shippedLexicon() (analyze.Lexicon, error) {
	lexOnce.Do(func() { lexVal, lexErr = analyze.DefaultLexicon() })
	return lexVal, lexErr
}

// Analyzer builds the analyser for a corpus: the shipped lexicon, the
// actors and aliases the user added to the corpus, and its topics.
// The analyser is built again only when the corpus's own actors or topics
// changed: building it from the shipped lexicon takes a while, and an
// import asks for it once per batch.
func Analyzer(ctx context.Context, st *store.Store) (*analyze.Analyzer, error) {
	lx, err := shippedLexicon()
	if err != nil {
		return nil, err
	}
	users, topics, err := corpusLexicon(ctx, st)
	if err != nil {
		return nil, err
	}
	learned, hasLearned, err := st.StanceModel(ctx)
	if err != nil {
		return nil, err
	}
	key, err := json.Marshal([]any{users, topics, learned.Weights})
	if err != nil {
		return nil, err
	}
	built.Lock()
	defer built.Unlock()
	if built.a != nil && string(key) == built.key {
		return built.a, nil
	}
	a := buildAnalyzer(lx, users, topics)
	if hasLearned {
		// the model this corpus learned from its corrections
		m, err := analyze.ParseModel(strings.NewReader(learned.Weights))
		if err != nil {
			return nil, fmt.Errorf("the corpus's learned stance model: %w", err)
		}
		a = a.WithModel(m)
	}
	built.a, built.key = a, string(key)
	return built.a, nil
}

// built is the analyser last built from the shipped lexicon, and the
// corpus actors and topics it was built with.
var built struct {
	sync.Mutex
	key string
	a   *analyze.Analyzer
}

func corpusLexicon(ctx context.Context, st *store.Store) ([]store.UserEntry, []store.Topic, error) {
	users, err := st.UserGazetteer(ctx)
	if err != nil {
		return nil, nil, err
	}
	topics, err := st.Topics(ctx)
	if err != nil {
		return nil, nil, err
	}
	return users, topics, nil
}

// AnalyzerWith is Analyzer with a lexicon of the caller's.
func AnalyzerWith(ctx context.Context, st *store.Store, lx analyze.Lexicon) (*analyze.Analyzer, error) {
	users, topics, err := corpusLexicon(ctx, st)
	if err != nil {
		return nil, err
	}
	return buildAnalyzer(lx, users, topics), nil
}

func buildAnalyzer(lx analyze.Lexicon, users []store.UserEntry, topics []store.Topic) *analyze.Analyzer {
	// the user's entries come first, so that their names win
	gaz := make([]analyze.Entry, 0, len(users)+len(lx.Gazetteer))
	for _, u := range users {
		gaz = append(gaz, analyze.Entry{Key: u.Key, Name: u.Name, Kind: u.Kind, Affiliation: u.Affiliation, Aliases: u.Aliases})
	}
	lx.Gazetteer = append(gaz, lx.Gazetteer...)
	ts := make([]analyze.Topic, len(topics))
	for i, t := range topics {
		ts[i] = analyze.Topic{Name: t.Name, Keywords: t.Keywords}
	}
	return analyze.New(lx, ts)
}

// AnalyzeArticles analyses the stored articles with these IDs and writes
// the results in one transaction, replacing only automatic results:
// the user's corrections stay. The import runs it after each stored batch.
func AnalyzeArticles(ctx context.Context, st *store.Store, ids []int64) error {
	a, err := Analyzer(ctx, st)
	if err != nil {
		return fmt.Errorf("analyse articles: %w", err)
	}
	return analyzeWith(ctx, st, a, ids)
}

func analyzeWith(ctx context.Context, st *store.Store, a *analyze.Analyzer, ids []int64) error {
	results, err := analyzeBatch(ctx, st, a, ids)
	if err != nil {
		return err
	}
	if err := st.WriteAnalysis(ctx, results); err != nil {
		return fmt.Errorf("analyse articles: %w", err)
	}
	return nil
}

// analyzeBatch reads and analyses articles on every core.
func analyzeBatch(ctx context.Context, st *store.Store, a *analyze.Analyzer, ids []int64) ([]store.ArticleAnalysis, error) {
	arts, err := st.ArticlesByID(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("analyse articles: %w", err)
	}
	results := make([]store.ArticleAnalysis, len(arts))
	workers := min(runtime.GOMAXPROCS(0), len(arts))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(arts); i += workers {
				if ctx.Err() != nil {
					return
				}
				results[i] = toStore(a, arts[i], a.Article(arts[i]))
			}
		}()
	}
	wg.Wait()
	return results, ctx.Err()
}

// Reanalyze analyses every article of the corpus again, in batches, at
// the rate of the import; the user's corrections stay. It marks every
// article as not analysed first, so that a run interrupted here is
// completed by the next import or re-analysis.
func Reanalyze(ctx context.Context, st *store.Store) error {
	if _, err := st.DB().ExecContext(ctx, "UPDATE articles SET "+store.StageAnalysis+" = 0"); err != nil {
		return fmt.Errorf("reanalyse: %w", err)
	}
	if err := st.ClearShownAliases(ctx); err != nil {
		return fmt.Errorf("reanalyse: %w", err)
	}
	a, err := Analyzer(ctx, st)
	if err != nil {
		return fmt.Errorf("reanalyse: %w", err)
	}
	ids, err := st.Pending(ctx, store.StageAnalysis, AnalysisVersion, 1<<31-1)
	if err != nil {
		return fmt.Errorf("reanalyse: %w", err)
	}
	// one goroutine analyses the next batch while this one writes the last
	type batch struct {
		ids     []int64
		results []store.ArticleAnalysis
		err     error
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	batches := make(chan batch, 1)
	go func() {
		defer close(batches)
		for start := 0; start < len(ids); start += 500 {
			chunk := ids[start:min(start+500, len(ids))]
			res, err := analyzeBatch(ctx, st, a, chunk)
			select {
			case batches <- batch{chunk, res, err}:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	for b := range batches {
		if b.err == nil {
			b.err = st.WriteAnalysis(ctx, b.results)
		}
		if b.err == nil {
			b.err = st.MarkStage(ctx, store.StageAnalysis, AnalysisVersion, b.ids)
		}
		if b.err != nil {
			return fmt.Errorf("reanalyse: %w", b.err)
		}
	}
	return ctx.Err()
}

// toStore turns one article's analysis into the rows the store keeps.
func toStore(a *analyze.Analyzer, art *data.Article, r analyze.Result) store.ArticleAnalysis {
	out := store.ArticleAnalysis{ArticleID: art.ID}
	for _, act := range r.Actors {
		row := store.ActorRow{Key: act.Key, Name: act.Name, Kind: act.Kind, Affiliation: act.Affiliation, Role: act.Role}
		for _, al := range act.Aliases {
			if k := a.KeyOf(al); k != act.Key && k != "" {
				row.Aliases = append(row.Aliases, store.AliasRow{Key: k, Alias: al})
			}
		}
		out.Actors = append(out.Actors, row)
	}
	for _, m := range r.Mentions {
		out.Mentions = append(out.Mentions, store.MentionRow{ActorKey: m.ActorKey, AliasKey: m.AliasKey,
			InTitle: m.InTitle, Start: m.Start, End: m.End, Rule: m.Rule})
	}
	for _, s := range r.Statements {
		row := store.StatementRow{InTitle: s.InTitle, SentStart: s.SentStart, SentEnd: s.SentEnd, Start: s.Start, End: s.End,
			SpeakerKey: s.SpeakerKey, AliasKey: s.SpeakerAlias, Topic: s.TopicName, Stance: s.Stance,
			Confidence: s.Confidence, Verb: s.Verb, Pattern: s.Pattern}
		for _, c := range s.Cues {
			row.Cues = append(row.Cues, store.CueRow{Text: c.Text, Class: c.Class, Start: c.Start, End: c.End, Negated: c.Negated})
		}
		out.Statements = append(out.Statements, row)
	}
	for _, p := range r.ProposedMerges {
		out.Proposals = append(out.Proposals, store.ProposalRow{Alias: p.Surface, AliasKey: p.AliasKey, ActorKey: p.ActorKey,
			InTitle: p.InTitle, Start: p.Start, End: p.End})
	}
	return out
}

// SentenceSpan returns the byte span of the n-th sentence (from 1) of an
// article's body, for a statement the user adds.
func SentenceSpan(art *data.Article, n int) (start, end int, err error) {
	sents := arabic.Sentences(art.Body)
	if n < 1 || n > len(sents) {
		return 0, 0, fmt.Errorf("sentence %d of %d: %w", n, len(sents), data.ErrInvalid)
	}
	return sents[n-1].Start, sents[n-1].End, nil
}
