package app

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"marsad/data/store"
)

// actorKinds are the kinds an actor may have.
var actorKinds = []string{"person", "org", "state", "group", "media"}

// actorStore is what the Actors view reads and corrects.
type actorStore interface {
	Actors(ctx context.Context) ([]store.ActorSummary, error)
	Proposals(ctx context.Context) ([]store.Proposal, error)
	ActorStatements(ctx context.Context, actorID int64) ([]statementInfo, error)
	RenameActor(ctx context.Context, id int64, name string) error
	SetActorKind(ctx context.Context, id int64, kind, affiliation string) error
	AddAlias(ctx context.Context, id int64, alias string) error
	RemoveAlias(ctx context.Context, alias string) error
	MergeActors(ctx context.Context, into, from int64) error
	SplitAlias(ctx context.Context, from int64, alias string) (int64, error)
}

// actorsView is the Actors view: the actors with their kind, affiliation,
// mentions and a stance bar; the chosen actor's names, corrections and
// statements; and proposed merges to confirm or reject.
type actorsView struct {
	win  fyne.Window
	st   actorStore
	open func(articleID int64, at int)

	filter    *widget.Entry
	list      *widget.List
	proposals *widget.Button
	empty     fyne.CanvasObject
	detail    *fyne.Container

	all      []store.ActorSummary
	shown    []store.ActorSummary
	props    []store.Proposal
	selected int64
	gen      int
}

func newActorsView(w fyne.Window, st actorStore, open func(int64, int)) *actorsView {
	return &actorsView{win: w, st: st, open: open}
}

// buildUI builds the view.
func (v *actorsView) buildUI() fyne.CanvasObject {
	v.filter = &widget.Entry{PlaceHolder: lang.L("Filter actors")}
	v.filter.OnChanged = func(string) { v.applyFilter() }
	v.list = widget.NewList(func() int { return len(v.shown) }, v.createRow, v.updateRow)
	v.list.OnSelected = func(i widget.ListItemID) { v.showActor(v.shown[i].ID) }
	v.proposals = widget.NewButtonWithIcon(lang.L("Proposed merges"), theme.QuestionIcon(), v.onProposals)
	v.empty = emptyState(theme.AccountIcon(), lang.L("No actors yet"),
		lang.L("Actors, their aliases and stances appear here once the corpus has been analysed."))
	v.detail = container.NewStack(widget.NewLabel(lang.L("Choose an actor")))
	left := container.NewBorder(container.NewBorder(nil, nil, nil, v.proposals, v.filter), nil, nil, nil, container.NewStack(v.list, v.empty))
	split := container.NewHSplit(left, v.detail)
	split.Offset = 0.42
	return split
}

func (v *actorsView) createRow() fyne.CanvasObject {
	name := newFlowText("", nil)
	name.Bold, name.OneLine = true, true
	meta := newFlowText("", nil)
	meta.Muted, meta.OneLine = true, true
	return container.NewBorder(nil, nil, nil, container.NewCenter(newStanceBar(nil)), container.NewVBox(name, meta))
}

func (v *actorsView) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	a := v.shown[i]
	box := o.(*fyne.Container)
	texts := box.Objects[0].(*fyne.Container)
	texts.Objects[0].(*flowText).SetText(a.Name, nil)
	texts.Objects[1].(*flowText).SetText(actorMeta(a), nil)
	box.Objects[1].(*fyne.Container).Objects[0].(*stanceBar).SetCounts(a.Stance)
}

// actorMeta is the line under an actor's name.
func actorMeta(a store.ActorSummary) string {
	parts := []string{lang.L(orDash(a.Kind))}
	if a.Affiliation != "" {
		parts = append(parts, a.Affiliation)
	}
	parts = append(parts, lang.L("{{.N}} mentions", map[string]any{"N": a.Mentions}), lang.L("{{.N}} statements", map[string]any{"N": a.Statements}))
	return strings.Join(parts, " · ")
}

// refresh reloads the actors and the proposals.
func (v *actorsView) refresh() {
	if v.list == nil {
		return
	}
	v.gen++
	gen := v.gen
	goBackground(func() {
		ctx := context.Background()
		all, err := v.st.Actors(ctx)
		var props []store.Proposal
		if err == nil {
			props, err = v.st.Proposals(ctx)
		}
		uiDo(func() {
			if gen != v.gen {
				return
			}
			if err != nil {
				showError(v.win, err)
				return
			}
			v.all, v.props = all, props
			v.proposals.SetText(lang.L("Proposed merges ({{.N}})", map[string]any{"N": len(props)}))
			if len(props) == 0 {
				v.proposals.Disable()
			} else {
				v.proposals.Enable()
			}
			v.applyFilter()
			if v.selected != 0 {
				v.showActor(v.selected)
			}
		})
	})
}

// applyFilter shows the actors whose names or aliases hold the filter.
func (v *actorsView) applyFilter() {
	q := strings.TrimSpace(v.filter.Text)
	v.shown = v.shown[:0]
	for _, a := range v.all {
		if q == "" || strings.Contains(a.Name, q) || strings.Contains(strings.Join(a.Aliases, " "), q) {
			v.shown = append(v.shown, a)
		}
	}
	if len(v.all) == 0 {
		v.empty.Show()
	} else {
		v.empty.Hide()
	}
	v.list.Refresh()
}

// actor returns the loaded actor with this id.
func (v *actorsView) actor(id int64) (store.ActorSummary, bool) {
	for _, a := range v.all {
		if a.ID == id {
			return a, true
		}
	}
	return store.ActorSummary{}, false
}

// run does a correction in the background, then reloads.
func (v *actorsView) run(do func(ctx context.Context) error) {
	goBackground(func() {
		if err := do(context.Background()); err != nil {
			showError(v.win, err)
			return
		}
		uiDo(v.refresh)
	})
}

// actorChoices lists the other actors by name, for merging.
func (v *actorsView) actorChoices(except int64) ([]string, []int64) {
	var names []string
	var ids []int64
	for _, a := range v.all {
		if a.ID != except {
			names = append(names, fmt.Sprintf("%s (%d)", a.Name, a.Mentions))
			ids = append(ids, a.ID)
		}
	}
	return names, ids
}
