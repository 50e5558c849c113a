package app

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"marsad/data"
	"marsad/data/arabic"
	"marsad/data/store"
)

// storyInfo is a story as the list shows it.
type storyInfo struct {
	ID       int64
	Label    string
	Sources  []string
	From, To string // date span, "" when unknown
	Articles []int64
}

// storyStore lists the stories of a corpus.
type storyStore interface {
	Stories(ctx context.Context) ([]storyInfo, error)
}

// storyStoreOf returns the stories of st, or nil while the corpus has
// none.
func storyStoreOf(st *store.Store) storyStore { return nil }

// alignerOf returns the corpus's sentence aligner, or nil to use the
// plain stem aligner.
func alignerOf(st *store.Store) aligner { return nil }

// storiesView is the Stories & Compare view: the stories on the left;
// on the right the articles chosen for comparison, side by side.
type storiesView struct {
	win    fyne.Window
	st     storyStore // nil while the corpus has no stories
	arts   articleStore
	an     analysisStore
	align  aligner
	rtl    bool // columns run right to left, for an Arabic interface
	onOpen func(articleID int64, at int)

	list    *widget.List
	stories []storyInfo
	chosen  []int64
	picked  *widget.Label
	compare *fyne.Container
	gen     int
}

func newStoriesView(w fyne.Window, st storyStore, arts articleStore, an analysisStore, al aligner) *storiesView {
	if al == nil {
		al = stemAligner{}
	}
	return &storiesView{win: w, st: st, arts: arts, an: an, align: al}
}

// buildUI builds the view.
func (v *storiesView) buildUI() fyne.CanvasObject {
	v.list = widget.NewList(func() int { return len(v.stories) }, v.createStory, v.updateStory)
	v.list.OnSelected = func(i widget.ListItemID) { v.openStory(v.stories[i]) }
	var left fyne.CanvasObject = v.list
	if v.st == nil {
		left = emptyState(theme.ViewRestoreIcon(), lang.L("No stories yet"),
			lang.L("Articles about the same event are grouped into stories once the corpus has been analysed. Meanwhile, choose articles to compare with the Compare button of the reader."))
	}
	v.picked = &widget.Label{Wrapping: fyne.TextWrapWord}
	clear := widget.NewButtonWithIcon(lang.L("Clear"), theme.ContentClearIcon(), func() { v.setChosen(nil) })
	v.compare = container.NewStack()
	right := container.NewBorder(container.NewBorder(nil, nil, nil, clear, v.picked), nil, nil, nil, v.compare)
	split := container.NewHSplit(left, right)
	split.Offset = 0.25
	v.showChosen()
	return split
}

func (v *storiesView) createStory() fyne.CanvasObject {
	title := newFlowText("", nil)
	title.Bold, title.OneLine = true, true
	return container.NewVBox(title, &widget.Label{Importance: widget.LowImportance, Truncation: fyne.TextTruncateEllipsis})
}

func (v *storiesView) updateStory(i widget.ListItemID, o fyne.CanvasObject) {
	s := v.stories[i]
	box := o.(*fyne.Container)
	box.Objects[0].(*flowText).SetText(s.Label, nil)
	span := orDash(s.From)
	if s.To != "" && s.To != s.From {
		span += " – " + s.To
	}
	meta := box.Objects[1].(*widget.Label)
	meta.Alignment = alignFor(strings.Join(s.Sources, ""))
	meta.SetText(lang.L("{{.N}} articles", map[string]any{"N": len(s.Articles)}) + " · " + span + " · " + strings.Join(s.Sources, "، "))
}

// refresh reloads the stories.
func (v *storiesView) refresh() {
	if v.st == nil || v.list == nil {
		return
	}
	v.gen++
	gen := v.gen
	go func() {
		list, err := v.st.Stories(context.Background())
		uiDo(func() {
			if gen != v.gen {
				return
			}
			if err != nil {
				showError(v.win, err)
				return
			}
			v.stories = list
			v.list.Refresh()
		})
	}()
}

// openStory compares the articles of a story.
func (v *storiesView) openStory(s storyInfo) { v.setChosen(slices.Clone(s.Articles)) }

// toggle adds an article to the comparison, or takes it out.
func (v *storiesView) toggle(id int64) {
	if i := slices.Index(v.chosen, id); i >= 0 {
		v.setChosen(slices.Delete(slices.Clone(v.chosen), i, i+1))
		return
	}
	v.setChosen(append(slices.Clone(v.chosen), id))
}

// isChosen reports whether an article is in the comparison.
func (v *storiesView) isChosen(id int64) bool { return slices.Contains(v.chosen, id) }

// setChosen compares these articles.
func (v *storiesView) setChosen(ids []int64) {
	v.chosen = ids
	if v.compare != nil {
		v.showChosen()
	}
}

// showChosen loads the chosen articles and lays them out side by side.
func (v *storiesView) showChosen() {
	v.picked.SetText(lang.L("{{.N}} articles chosen for comparison", map[string]any{"N": len(v.chosen)}))
	if len(v.chosen) < 2 {
		v.compare.Objects = []fyne.CanvasObject{emptyState(theme.ViewRestoreIcon(), lang.L("Choose two or more articles"),
			lang.L("Open a story, or press Compare in the reader of each article you want side by side."))}
		v.compare.Refresh()
		return
	}
	v.gen++
	gen, ids := v.gen, slices.Clone(v.chosen)
	go func() {
		cmp, err := loadComparison(context.Background(), v.arts, v.an, v.align, ids)
		uiDo(func() {
			if gen != v.gen {
				return
			}
			if err != nil {
				showError(v.win, err)
				return
			}
			v.compare.Objects = []fyne.CanvasObject{v.buildComparison(cmp)}
			v.compare.Refresh()
		})
	}()
}

// comparison is articles laid out for side-by-side reading.
type comparison struct {
	arts  []*data.Article
	rows  [][]cell
	sides []sideInfo
}

// sideInfo is what a column's header says about its article.
type sideInfo struct {
	actors   []string
	stances  map[string]int
	mentions []mentionInfo
	stmts    []statementInfo
	flags    []string
}

// loadComparison reads the articles, aligns each with the first, and
// finds their actors, stances and differences.
func loadComparison(ctx context.Context, st articleStore, an analysisStore, al aligner, ids []int64) (*comparison, error) {
	c := &comparison{}
	for _, id := range ids {
		a, err := st.Article(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("compare article %d: %w", id, err)
		}
		c.arts = append(c.arts, a)
	}
	var pivot []arabic.Span
	var others [][]arabic.Span
	var pairs [][]int
	for _, a := range c.arts[1:] {
		p, sa, sb, err := al.Align(ctx, c.arts[0], a)
		if err != nil {
			return nil, err
		}
		pivot = sa
		others, pairs = append(others, sb), append(pairs, p)
	}
	c.rows = alignRows(pivot, others, pairs)
	c.sides = make([]sideInfo, len(c.arts))
	for i, a := range c.arts {
		s := &c.sides[i]
		s.stances = map[string]int{}
		if an != nil {
			ms, ss, err := an.Analysis(ctx, a.ID)
			if err != nil {
				return nil, err
			}
			s.mentions, s.stmts = ms, ss
			for _, m := range ms {
				if !slices.Contains(s.actors, m.Actor) {
					s.actors = append(s.actors, m.Actor)
				}
			}
			for _, st := range ss {
				if st.Stance != "" {
					s.stances[st.Stance]++
				}
			}
		}
	}
	flagDifferences(c, pairs)
	return c, nil
}

// flagDifferences notes what sets each article apart from the first:
// sentences without a counterpart, actors only it names, actors whose
// stance differs, and a different date.
func flagDifferences(c *comparison, pairs [][]int) {
	pivotStance := stanceByActor(c.sides[0].stmts)
	for i := 1; i < len(c.arts); i++ {
		s := &c.sides[i]
		unpaired := 0
		for _, p := range pairs[i-1] {
			if p < 0 {
				unpaired++
			}
		}
		if unpaired > 0 {
			s.flags = append(s.flags, lang.L("sentences without a counterpart: {{.N}}", map[string]any{"N": unpaired}))
		}
		for _, a := range s.actors {
			if !slices.Contains(c.sides[0].actors, a) {
				s.flags = append(s.flags, lang.L("only here: {{.Actor}}", map[string]any{"Actor": a}))
			}
		}
		for actor, st := range stanceByActor(s.stmts) {
			if ps, ok := pivotStance[actor]; ok && ps != st {
				s.flags = append(s.flags, lang.L("{{.Actor}}: {{.Here}} here, {{.There}} in the first", map[string]any{
					"Actor": actor, "Here": lang.L(stanceLabel(st)), "There": lang.L(stanceLabel(ps))}))
			}
		}
		if a, b := c.arts[i].Date, c.arts[0].Date; a != "" && b != "" && a != b {
			s.flags = append(s.flags, lang.L("dated {{.Date}}", map[string]any{"Date": a}))
		}
	}
}

// stanceByActor is the most frequent stance of each actor's statements.
func stanceByActor(ss []statementInfo) map[string]string {
	counts := map[string]map[string]int{}
	for _, s := range ss {
		if s.Stance == "" {
			continue
		}
		if counts[s.Actor] == nil {
			counts[s.Actor] = map[string]int{}
		}
		counts[s.Actor][s.Stance]++
	}
	out := map[string]string{}
	for actor, m := range counts {
		best := ""
		for _, st := range data.Stances {
			if m[st] > m[best] {
				best = st
			}
		}
		out[actor] = best
	}
	return out
}
