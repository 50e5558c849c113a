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
	"marsad/data/stories"
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

// storiesView is the Stories & Compare view: the stories on the left;
// on the right the articles chosen for comparison, side by side.
type storiesView struct {
	win    fyne.Window
	st     storyStore // nil while the corpus has no stories
	arts   articleStore
	an     analysisStore
	cmp    comparer
	rtl    bool // columns run right to left, for an Arabic interface
	onOpen func(articleID int64, at int)

	list      *widget.List
	noStories fyne.CanvasObject
	stories   []storyInfo
	chosen    []int64
	picked    *flowText
	compare   *fyne.Container
	gen       int // of the stories list
	cmpGen    int // of the comparison
}

func newStoriesView(w fyne.Window, st storyStore, arts articleStore, an analysisStore, cmp comparer) *storiesView {
	return &storiesView{win: w, st: st, arts: arts, an: an, cmp: cmp}
}

// buildUI builds the view.
func (v *storiesView) buildUI() fyne.CanvasObject {
	v.list = widget.NewList(func() int { return len(v.stories) }, v.createStory, v.updateStory)
	v.list.OnSelected = func(i widget.ListItemID) { v.openStory(v.stories[i]) }
	v.noStories = emptyState(theme.ViewRestoreIcon(), lang.L("No stories yet"),
		lang.L("Articles about the same event are grouped into stories as they are imported. You can also choose articles to compare with the Compare button of the reader."))
	left := container.NewStack(v.list, v.noStories)
	v.picked = newFlowText("", nil)
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
	goBackground(func() {
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
			if len(list) == 0 {
				v.noStories.Show()
			} else {
				v.noStories.Hide()
			}
			v.list.Refresh()
		})
	})
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
	v.picked.SetText(lang.L("{{.N}} articles chosen for comparison", map[string]any{"N": len(v.chosen)}), nil)
	if len(v.chosen) < 2 {
		v.compare.Objects = []fyne.CanvasObject{emptyState(theme.ViewRestoreIcon(), lang.L("Choose two or more articles"),
			lang.L("Open a story, or press Compare in the reader of each article you want side by side."))}
		v.compare.Refresh()
		return
	}
	v.cmpGen++
	gen, ids := v.cmpGen, slices.Clone(v.chosen)
	goBackground(func() {
		cmp, err := loadComparison(context.Background(), v.arts, v.an, v.cmp, ids)
		uiDo(func() {
			if gen != v.cmpGen {
				return
			}
			if err != nil {
				showError(v.win, err)
				return
			}
			v.compare.Objects = []fyne.CanvasObject{v.buildComparison(cmp)}
			v.compare.Refresh()
		})
	})
}

// comparer lines articles up side by side.
type comparer interface {
	Compare(ctx context.Context, ids []int64) (stories.Comparison, error)
}

// comparison is articles laid out for side-by-side reading.
type comparison struct {
	arts  []*data.Article
	rows  [][]cell
	sides []sideInfo
}

// sideInfo is what a column's header says about its article.
type sideInfo struct {
	actors   []string // "name (stance)"
	stances  map[string]int
	mentions []mentionInfo
	stmts    []statementInfo
	flags    []string
}

// loadComparison reads the articles, lines them up with the first, and
// gathers each one's actors, stances and flagged differences.
func loadComparison(ctx context.Context, st articleStore, an analysisStore, cmp comparer, ids []int64) (*comparison, error) {
	res, err := cmp.Compare(ctx, ids)
	if err != nil {
		return nil, err
	}
	c := &comparison{}
	for _, id := range ids {
		a, err := st.Article(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("compare article %d: %w", id, err)
		}
		c.arts = append(c.arts, a)
	}
	sents := sentencesOf(res)
	pivot := ids[0]
	pos := make(map[int64]map[int]int, len(ids)) // article → sentence index → position
	for _, id := range ids {
		pos[id] = map[int]int{}
		for i, r := range sents[id] {
			pos[id][r.Index] = i
		}
	}
	var others [][]arabic.Span
	var pairs [][]int
	for _, id := range ids[1:] {
		p := make([]int, len(sents[id]))
		for j := range p {
			p[j] = -1
		}
		for _, pr := range res.Pairs {
			a, b := pr.A, pr.B
			if b.Article == pivot {
				a, b = b, a
			}
			if a.Article == pivot && b.Article == id {
				p[pos[id][b.Index]] = pos[pivot][a.Index]
			}
		}
		others, pairs = append(others, spansOf(sents[id])), append(pairs, p)
	}
	c.rows = alignRows(spansOf(sents[pivot]), others, pairs)
	c.sides = make([]sideInfo, len(c.arts))
	for i, a := range c.arts {
		s := &c.sides[i]
		s.stances = map[string]int{}
		if an != nil {
			if s.mentions, s.stmts, err = an.Analysis(ctx, a.ID); err != nil {
				return nil, err
			}
			for _, st := range s.stmts {
				if st.Stance != "" {
					s.stances[st.Stance]++
				}
			}
		}
		for _, rep := range res.Articles {
			if rep.ID != a.ID {
				continue
			}
			for _, as := range rep.Actors {
				name := as.Actor
				if as.Stance != "" {
					name += " (" + lang.L(stanceLabel(as.Stance)) + ")"
				}
				s.actors = append(s.actors, name)
			}
			if n := len(rep.Only.Sentences); n > 0 && len(ids) > 1 {
				s.flags = append(s.flags, lang.L("sentences without a counterpart: {{.N}}", map[string]any{"N": n}))
			}
			if len(rep.Only.Actors) > 0 {
				s.flags = append(s.flags, lang.L("only here: {{.Actor}}", map[string]any{"Actor": strings.Join(rep.Only.Actors, "، ")}))
			}
		}
		for _, d := range res.Differences {
			if slices.Contains(d.Articles, a.ID) && d.Detail != "" {
				s.flags = append(s.flags, d.Detail)
			}
		}
	}
	return c, nil
}

// sentencesOf returns each article's body sentences, paired or not, in
// text order.
func sentencesOf(res stories.Comparison) map[int64][]stories.SentenceRef {
	seen := map[[2]int64]bool{}
	out := map[int64][]stories.SentenceRef{}
	add := func(r stories.SentenceRef) {
		k := [2]int64{r.Article, int64(r.Index)}
		if !seen[k] {
			seen[k] = true
			out[r.Article] = append(out[r.Article], r)
		}
	}
	for _, p := range res.Pairs {
		add(p.A)
		add(p.B)
	}
	for _, r := range res.Unpaired {
		add(r)
	}
	for id := range out {
		slices.SortFunc(out[id], func(a, b stories.SentenceRef) int { return a.Index - b.Index })
	}
	return out
}

func spansOf(refs []stories.SentenceRef) []arabic.Span {
	out := make([]arabic.Span, len(refs))
	for i, r := range refs {
		out[i] = arabic.Span{Start: r.Start, End: r.End}
	}
	return out
}
