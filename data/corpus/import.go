package corpus

import (
	"context"
	"errors"
	"fmt"

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
	Stage      string // after the last file: the stage finishing the import ("analysis", "stories")
	Done       bool
}

// Stage is work run on the articles of each stored batch (analysis, story
// grouping). A stage must be safe to run again on the same articles.
type Stage struct {
	Name    string
	Column  string // store.StageAnalysis or store.StageStories: where progress is recorded; "" = not recorded
	Version int    // bumped when the stage's results would change, so that older articles are redone
	AtEnd   bool   // run once on all the import's articles after the last batch, not per batch
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
	im := &importer{st: st, opts: opts, rep: &Report{}}
	err := im.run(ctx, paths)
	rep := im.rep
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
		starting := func(stage string) {
			im.prog.Stage, im.prog.Current = stage, ""
			report(opts.Progress, im.prog)
		}
		if err := runPending(ctx, st, opts.Stages, starting); err != nil && ctx.Err() == nil {
			return rep, fmt.Errorf("import: %w", err)
		}
	}
	im.prog.Done = true
	report(opts.Progress, im.prog)
	return rep, nil
}

// importer is one import's state: reading runs in its own goroutine and
// prepares each article's index text, while this one stores batches and
// runs the stages, so that both cores work.
type importer struct {
	st    *store.Store
	opts  ImportOptions
	rep   *Report
	prog  Progress
	batch []store.Prepared
	idx   []int // index in rep.Results of each batched article
}

type readItem struct {
	item ingest.Item
	prep store.Prepared
}

func (im *importer) run(ctx context.Context, paths []string) error {
	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	items := make(chan readItem, 2*im.opts.BatchSize)
	var walkErr error
	go func() {
		defer close(items)
		walkErr = ingest.Walk(rctx, paths, im.opts.Ingest, func(it ingest.Item) error {
			ri := readItem{item: it}
			if it.Err == nil {
				ri.prep = store.Prepare(it.Article)
			}
			select {
			case items <- ri:
				return nil
			case <-rctx.Done():
				return rctx.Err()
			}
		})
	}()
	var err error
	for ri := range items {
		if err == nil {
			err = im.add(ctx, ri)
			if err != nil {
				cancel() // stop reading; drain what was sent
			}
		}
	}
	if err == nil {
		err = walkErr
	}
	if err == nil {
		err = im.flush(ctx)
	}
	return err
}

func (im *importer) add(ctx context.Context, ri readItem) error {
	it := ri.item
	im.prog.Files++
	im.prog.Current = it.File
	if it.Err != nil {
		im.rep.Results = append(im.rep.Results, FileResult{File: it.File, Status: StatusRefused, Reason: it.Err.Error()})
		im.rep.Refused++
		im.prog.Refused = im.rep.Refused
		return nil
	}
	im.rep.Results = append(im.rep.Results, FileResult{File: it.File, Title: it.Article.Title})
	im.batch = append(im.batch, ri.prep)
	im.idx = append(im.idx, len(im.rep.Results)-1)
	if len(im.batch) >= im.opts.BatchSize {
		return im.flush(ctx)
	}
	if im.prog.Files%100 == 0 {
		report(im.opts.Progress, im.prog)
	}
	return nil
}

// flush stores the batch in one transaction and runs the stages on it.
func (im *importer) flush(ctx context.Context) error {
	if len(im.batch) == 0 {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	added, err := im.st.AddPrepared(ctx, im.batch)
	if err != nil {
		return err
	}
	var ids []int64
	for i, a := range added {
		r := &im.rep.Results[im.idx[i]]
		if a.Duplicate {
			r.Status, r.DuplicateOf = StatusDuplicate, a.ID
			im.rep.Duplicates++
			continue
		}
		r.Status, r.ArticleID = StatusImported, a.ID
		im.rep.Imported++
		ids = append(ids, a.ID)
	}
	im.batch, im.idx = im.batch[:0], im.idx[:0]
	if err := runStages(ctx, im.st, im.opts.Stages, ids); err != nil {
		return err
	}
	im.prog.Imported, im.prog.Duplicates = im.rep.Imported, im.rep.Duplicates
	report(im.opts.Progress, im.prog)
	return nil
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
