package corpus

import (
	"context"
	"errors"
	"fmt"

	"marsad/data"
	"marsad/data/ingest"
	"marsad/data/store"
)

// Status of one imported file or record.
const (
	StatusImported  = "imported"
	StatusDuplicate = "duplicate"
	StatusRefused   = "refused"
)

// FileResult is what happened to one file, archive member or record.
type FileResult struct {
	File        string `json:"file"`
	Status      string `json:"status"`
	Reason      string `json:"reason,omitempty"`
	ArticleID   int64  `json:"article_id,omitempty"`
	DuplicateOf int64  `json:"duplicate_of,omitempty"`
	Title       string `json:"title,omitempty"`
}

// Report sums up an import.
type Report struct {
	Results    []FileResult `json:"results"`
	Imported   int          `json:"imported"`
	Duplicates int          `json:"duplicates"`
	Refused    int          `json:"refused"`
	Cancelled  bool         `json:"cancelled"`
}

// Progress is sent after every stored batch and at the end.
type Progress struct {
	Files      int    // files, members and records read so far
	Imported   int    // articles stored
	Duplicates int    // articles skipped as already in the corpus
	Refused    int    // files or records refused
	Current    string // the file being read
	Done       bool
}

// Stage is work run on the articles of each stored batch (analysis, story
// grouping). A stage must be safe to run again on the same articles.
type Stage struct {
	Name    string
	Column  string // store.StageAnalysis or store.StageStories: where progress is recorded; "" = not recorded
	Version int    // bumped when the stage's results would change, so that older articles are redone
	Run     func(ctx context.Context, st *store.Store, ids []int64) error
}

// ImportOptions tune an import.
type ImportOptions struct {
	Ingest    ingest.Options
	BatchSize int            // articles per transaction; 0 = 500
	Stages    []Stage        // nil = DefaultStages()
	Progress  func(Progress) // called from the import's goroutine
}

// Import reads paths (files, folders, zip archives), stores every article
// not already in the corpus, and runs the stages on each stored batch.
// Each batch is one transaction, so an import cancelled or killed at any
// moment leaves whole articles only, and running it again completes it.
// One bad file never stops an import: it is refused in the report. The
// error is non-nil only when the corpus itself fails; a cancelled import
// returns the report so far with Cancelled set.
func Import(ctx context.Context, st *store.Store, paths []string, opts ImportOptions) (*Report, error) {
	if opts.BatchSize <= 0 {
		opts.BatchSize = 500
	}
	if opts.Stages == nil {
		opts.Stages = DefaultStages()
	}
	rep := &Report{}
	var prog Progress
	var batch []*data.Article
	var batchIdx []int // index in rep.Results of each batched article
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		added, err := st.AddArticles(ctx, batch)
		if err != nil {
			return err
		}
		var ids []int64
		for i, a := range added {
			r := &rep.Results[batchIdx[i]]
			if a.Duplicate {
				r.Status, r.DuplicateOf = StatusDuplicate, a.ID
				rep.Duplicates++
				continue
			}
			r.Status, r.ArticleID = StatusImported, a.ID
			rep.Imported++
			ids = append(ids, a.ID)
		}
		batch, batchIdx = batch[:0], batchIdx[:0]
		if err := runStages(ctx, st, opts.Stages, ids); err != nil {
			return err
		}
		prog.Imported, prog.Duplicates = rep.Imported, rep.Duplicates
		report(opts.Progress, prog)
		return nil
	}
	err := ingest.Walk(ctx, paths, opts.Ingest, func(it ingest.Item) error {
		prog.Files++
		prog.Current = it.File
		if it.Err != nil {
			rep.Results = append(rep.Results, FileResult{File: it.File, Status: StatusRefused, Reason: it.Err.Error()})
			rep.Refused++
			prog.Refused = rep.Refused
			return nil
		}
		rep.Results = append(rep.Results, FileResult{File: it.File, Title: it.Article.Title})
		batch = append(batch, it.Article)
		batchIdx = append(batchIdx, len(rep.Results)-1)
		if len(batch) >= opts.BatchSize {
			return flush()
		}
		if prog.Files%100 == 0 {
			report(opts.Progress, prog)
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) || ctx.Err() != nil {
		rep.Cancelled = true
		rep.Results = dropUnstored(rep.Results)
		err = nil
	}
	if err != nil {
		return rep, fmt.Errorf("import: %w", err)
	}
	if !rep.Cancelled {
		// finish what an earlier, interrupted run left behind
		if err := runPending(ctx, st, opts.Stages); err != nil && ctx.Err() == nil {
			return rep, fmt.Errorf("import: %w", err)
		}
	}
	prog.Done = true
	report(opts.Progress, prog)
	return rep, nil
}

// dropUnstored removes the results of articles read but not stored when
// an import was cancelled.
func dropUnstored(rs []FileResult) []FileResult {
	out := rs[:0]
	for _, r := range rs {
		if r.Status != "" {
			out = append(out, r)
		}
	}
	return out
}

func report(fn func(Progress), p Progress) {
	if fn != nil {
		fn(p)
	}
}
