package app

import (
	"context"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// showActor shows an actor's names, its corrections and its statements.
func (v *actorsView) showActor(id int64) {
	a, ok := v.actor(id)
	if !ok {
		v.selected = 0
		v.detail.Objects = []fyne.CanvasObject{widget.NewLabel(lang.L("Choose an actor"))}
		v.detail.Refresh()
		return
	}
	v.selected = id
	name := newFlowText(a.Name, nil)
	name.Bold, name.SizeName = true, theme.SizeNameSubHeadingText
	meta := newFlowText(actorMeta(a), nil)
	meta.Muted = true

	rename := widget.NewEntry()
	rename.SetText(a.Name)
	renameB := widget.NewButton(lang.L("Rename"), func() {
		n := strings.TrimSpace(rename.Text)
		if n != "" && n != a.Name {
			v.run(func(ctx context.Context) error { return v.st.RenameActor(ctx, id, n) })
		}
	})
	kind := widget.NewSelect(actorKinds, nil)
	kind.SetSelected(a.Kind)
	aff := widget.NewEntry()
	aff.SetText(a.Affiliation)
	saveB := widget.NewButton(lang.L("Save"), func() {
		v.run(func(ctx context.Context) error {
			return v.st.SetActorKind(ctx, id, kind.Selected, strings.TrimSpace(aff.Text))
		})
	})
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Name"), container.NewBorder(nil, nil, nil, renameB, rename)),
		widget.NewFormItem(lang.L("Kind"), kind),
		widget.NewFormItem(lang.L("Affiliation"), container.NewBorder(nil, nil, nil, saveB, aff)),
	)

	aliases := container.NewVBox()
	for _, al := range a.Aliases {
		al := al
		split := widget.NewButton(lang.L("Split off"), func() {
			v.run(func(ctx context.Context) error { _, err := v.st.SplitAlias(ctx, id, al); return err })
		})
		remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
			v.run(func(ctx context.Context) error { return v.st.RemoveAlias(ctx, al) })
		})
		aliases.Add(container.NewBorder(nil, nil, nil, container.NewHBox(split, remove), newFlowText(al, nil)))
	}
	newAlias := &widget.Entry{PlaceHolder: lang.L("New alias")}
	addB := widget.NewButtonWithIcon(lang.L("Add"), theme.ContentAddIcon(), func() {
		if al := strings.TrimSpace(newAlias.Text); al != "" {
			v.run(func(ctx context.Context) error { return v.st.AddAlias(ctx, id, al) })
		}
	})
	aliases.Add(container.NewBorder(nil, nil, nil, addB, newAlias))

	names, ids := v.actorChoices(id)
	other := widget.NewSelect(names, nil)
	other.PlaceHolder = lang.L("Another actor")
	mergeB := widget.NewButton(lang.L("Merge into this actor"), func() {
		if i := other.SelectedIndex(); i >= 0 {
			from := ids[i]
			dialog.ShowConfirm(lang.L("Merge actors"), lang.L("Merge {{.From}} into {{.Into}}? Undo reverts it.", map[string]any{"From": names[i], "Into": a.Name}), func(ok bool) {
				if ok {
					v.run(func(ctx context.Context) error { return v.st.MergeActors(ctx, id, from) })
				}
			}, v.win)
		}
	})

	stmts := container.NewVBox(widget.NewLabel(lang.L("Loading…")))
	top := container.NewVBox(
		container.NewBorder(nil, nil, nil, container.NewCenter(newStanceBar(a.Stance)), name), meta, form,
		widget.NewLabelWithStyle(lang.L("Aliases"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), aliases,
		container.NewBorder(nil, nil, nil, mergeB, other),
		widget.NewLabelWithStyle(lang.L("Statements"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), stmts,
	)
	v.detail.Objects = []fyne.CanvasObject{container.NewVScroll(top)}
	v.detail.Refresh()
	v.loadStatements(id, stmts)
}

// loadStatements lists an actor's statements; tapping one opens its
// article at the statement.
func (v *actorsView) loadStatements(id int64, box *fyne.Container) {
	goBackground(func() {
		list, err := v.st.ActorStatements(context.Background(), id)
		uiDo(func() {
			if v.selected != id {
				return
			}
			box.Objects = nil
			if err != nil {
				box.Add(widget.NewLabel(err.Error()))
			}
			if err == nil && len(list) == 0 {
				box.Add(widget.NewLabel(lang.L("No statements.")))
			}
			for _, s := range list {
				s := s
				head := lang.L(stanceLabel(s.Stance))
				if s.Topic != "" {
					head += " · " + s.Topic
				}
				b := &widget.Button{Text: head, Icon: theme.NavigateNextIcon(), Alignment: widget.ButtonAlignLeading, Importance: widget.LowImportance,
					OnTapped: func() { v.open(s.ArticleID, s.Start) }}
				sentence := newFlowText(s.Sentence, []mark{{start: 0, end: len(s.Sentence), style: markStyle{underline: stanceColorName(s.Stance)}}})
				box.Add(container.NewVBox(b, sentence, widget.NewSeparator()))
			}
			box.Refresh()
		})
	})
}

// onProposals lists the spellings one letter from an actor's name, to
// confirm as aliases or reject.
func (v *actorsView) onProposals() {
	props := slices.Clone(v.props)
	var list *widget.List
	decide := func(i int, confirm bool) {
		if i < 0 || i >= len(props) {
			return
		}
		p := props[i]
		props = slices.Delete(props, i, i+1)
		list.Refresh()
		v.run(func(ctx context.Context) error {
			if confirm {
				return v.st.AddAlias(ctx, p.ActorID, p.Alias)
			}
			return v.st.RemoveAlias(ctx, p.Alias)
		})
	}
	list = widget.NewList(func() int { return len(props) },
		func() fyne.CanvasObject {
			label := newFlowText("", nil)
			label.OneLine = true
			yes := widget.NewButtonWithIcon(lang.L("Confirm"), theme.ConfirmIcon(), nil)
			no := widget.NewButtonWithIcon(lang.L("Reject"), theme.CancelIcon(), nil)
			return container.NewBorder(nil, nil, nil, container.NewHBox(yes, no), label)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			p := props[i]
			row := o.(*fyne.Container)
			row.Objects[0].(*flowText).SetText(lang.L("{{.Alias}} → {{.Actor}} ({{.N}} articles)", map[string]any{"Alias": p.Alias, "Actor": p.Actor, "N": p.Articles}), nil)
			buttons := row.Objects[1].(*fyne.Container).Objects
			buttons[0].(*widget.Button).OnTapped = func() { decide(i, true) }
			buttons[1].(*widget.Button).OnTapped = func() { decide(i, false) }
		})
	d := dialog.NewCustom(lang.L("Proposed merges"), lang.L("Close"), list, v.win)
	d.Resize(fyne.NewSize(640, 460))
	d.Show()
}
