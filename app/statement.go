package app

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"marsad/data"
)

// showStatement shows a statement's actor, stance, cues and confidence,
// and lets the user correct its actor and stance.
func (r *reader) showStatement(s statementInfo) {
	sentence := &widget.Label{Text: s.Sentence, Wrapping: fyne.TextWrapWord, Alignment: alignFor(s.Sentence)}
	info := widget.NewForm(
		widget.NewFormItem(lang.L("Actor"), widget.NewLabel(s.Actor)),
		widget.NewFormItem(lang.L("Topic"), widget.NewLabel(orDash(s.Topic))),
		widget.NewFormItem(lang.L("Stance"), widget.NewLabel(lang.L(stanceLabel(s.Stance)))),
		widget.NewFormItem(lang.L("Cues"), &widget.Label{Text: orDash(strings.Join(s.Cues, "، ")), Wrapping: fyne.TextWrapWord}),
		widget.NewFormItem(lang.L("Confidence"), widget.NewLabel(fmt.Sprintf("%.0f%%", s.Confidence*100))),
		widget.NewFormItem(lang.L("Origin"), widget.NewLabel(lang.L(s.Origin))),
	)
	stances := make([]string, len(data.Stances))
	for i, st := range data.Stances {
		stances[i] = lang.L(stanceLabel(st))
	}
	stance := widget.NewSelect(stances, nil)
	for i, st := range data.Stances {
		if st == s.Stance {
			stance.SetSelectedIndex(i)
		}
	}
	actor := widget.NewSelect(nil, nil)
	actor.PlaceHolder = s.Actor
	var actors []actorChoice
	goBackground(func() {
		list, err := r.an.ActorNames(context.Background())
		if err != nil {
			showError(r.win, err)
			return
		}
		uiDo(func() {
			actors = list
			names := make([]string, len(list))
			current := -1
			for i, a := range list {
				names[i] = a.Name
				if a.ID == s.ActorID {
					current = i
				}
			}
			actor.SetOptions(names)
			if current >= 0 {
				actor.SetSelectedIndex(current)
			}
		})
	})
	correct := widget.NewForm(
		widget.NewFormItem(lang.L("Actor"), actor),
		widget.NewFormItem(lang.L("Stance"), stance),
	)
	content := container.NewVBox(sentence, widget.NewSeparator(), info, widget.NewSeparator(),
		widget.NewLabelWithStyle(lang.L("Correct"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), correct)
	d := dialog.NewCustomConfirm(lang.L("Statement"), lang.L("Save correction"), lang.L("Close"), content, func(ok bool) {
		if !ok {
			return
		}
		actorID := s.ActorID
		if i := actor.SelectedIndex(); i >= 0 && i < len(actors) {
			actorID = actors[i].ID
		}
		st := s.Stance
		if i := stance.SelectedIndex(); i >= 0 {
			st = data.Stances[i]
		}
		goBackground(func() {
			if err := r.an.CorrectStatement(context.Background(), s.ID, actorID, st); err != nil {
				showError(r.win, err)
				return
			}
			uiDo(func() { r.open(s.ArticleID, s.Start) })
		})
	}, r.win)
	d.Resize(fyne.NewSize(620, 520))
	d.Show()
}

// showStatementList lists statements by id in a dialog; choosing one
// opens its article at the statement.
func showStatementList(w fyne.Window, title string, st statementStore, ids []int64, open func(articleID int64, at int)) {
	if st == nil || len(ids) == 0 {
		dialog.ShowInformation(title, lang.L("No statements behind this item."), w)
		return
	}
	goBackground(func() {
		list, err := st.Statements(context.Background(), ids)
		if err != nil {
			showError(w, err)
			return
		}
		uiDo(func() {
			var d dialog.Dialog
			l := widget.NewList(func() int { return len(list) },
				func() fyne.CanvasObject {
					return container.NewVBox(&widget.Label{TextStyle: fyne.TextStyle{Bold: true}}, &widget.Label{Truncation: fyne.TextTruncateEllipsis})
				},
				func(i widget.ListItemID, o fyne.CanvasObject) {
					s := list[i]
					box := o.(*fyne.Container)
					head := box.Objects[0].(*widget.Label)
					head.SetText(s.Actor + " · " + lang.L(stanceLabel(s.Stance)))
					head.Alignment = alignFor(s.Actor)
					head.Refresh()
					body := box.Objects[1].(*widget.Label)
					body.Alignment = alignFor(s.Sentence)
					body.SetText(s.Sentence)
				})
			l.OnSelected = func(i widget.ListItemID) {
				d.Hide()
				open(list[i].ArticleID, list[i].Start)
			}
			d = dialog.NewCustom(title, lang.L("Close"), l, w)
			d.Resize(fyne.NewSize(760, 520))
			d.Show()
		})
	})
}
