package app

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"marsad/data"
)

// buildComparison lays a comparison out: a header per article, then rows
// of aligned sentences, paired ones on the same tint, unpaired ones
// marked.
func (v *storiesView) buildComparison(c *comparison) fyne.CanvasObject {
	n := len(c.arts)
	var heads []fyne.CanvasObject
	for i, a := range c.arts {
		heads = append(heads, v.buildColumnHead(a, c.sides[i], i == 0))
	}
	if v.rtl {
		slices.Reverse(heads)
	}
	var rows []fyne.CanvasObject
	for _, row := range c.rows {
		var cells []fyne.CanvasObject
		for col, cl := range row {
			cells = append(cells, v.buildCell(c.arts[col], c.sides[col], cl))
		}
		if v.rtl {
			slices.Reverse(cells)
		}
		rows = append(rows, container.NewGridWithColumns(n, cells...))
	}
	all := append([]fyne.CanvasObject{container.NewGridWithColumns(n, heads...), widget.NewSeparator()}, rows...)
	return container.NewVScroll(container.NewVBox(all...))
}

// buildColumnHead shows an article's source, date, headline, actors,
// stances and flagged differences.
func (v *storiesView) buildColumnHead(a *data.Article, s sideInfo, pivot bool) fyne.CanvasObject {
	meta := newFlowText(orDash(a.Source)+" · "+orDash(a.Date), nil)
	meta.Muted = true
	title := newFlowText(a.Title, nil)
	title.Bold = true
	items := []fyne.CanvasObject{meta, title}
	if len(s.actors) > 0 {
		items = append(items, newFlowText(lang.L("Actors")+": "+strings.Join(s.actors, "، "), nil))
	}
	var st []string
	for _, k := range data.Stances {
		if s.stances[k] > 0 {
			st = append(st, fmt.Sprintf("%s %d", lang.L(stanceLabel(k)), s.stances[k]))
		}
	}
	if len(st) > 0 {
		items = append(items, newFlowText(lang.L("Stances")+": "+strings.Join(st, " · "), nil))
	}
	if pivot {
		note := newFlowText(lang.L("(the others are aligned to this article)"), nil)
		note.Muted = true
		items = append(items, note)
	}
	for _, f := range s.flags {
		flag := newFlowText("⚑ "+f, nil)
		flag.Color = theme.ColorNameWarning
		items = append(items, flag)
	}
	return container.NewVBox(items...)
}

// buildCell shows the sentences of one article in one row.
func (v *storiesView) buildCell(a *data.Article, s sideInfo, cl cell) fyne.CanvasObject {
	if len(cl.spans) == 0 {
		return widget.NewLabel("")
	}
	var parts []string
	var marks []mark
	off := 0
	for _, sp := range cl.spans {
		text := a.Body[sp.Start:sp.End]
		for _, m := range s.mentions {
			if m.Start >= sp.Start && m.End <= sp.End {
				marks = append(marks, mark{start: off + m.Start - sp.Start, end: off + m.End - sp.Start, style: markStyle{bold: true, background: colorActor}})
			}
		}
		for _, st := range s.stmts {
			if st.Start < sp.End && st.End > sp.Start {
				from, to := max(st.Start, sp.Start), min(st.End, sp.End)
				marks = append(marks, mark{start: off + from - sp.Start, end: off + to - sp.Start, style: markStyle{underline: stanceColorName(st.Stance)}})
			}
		}
		parts = append(parts, text)
		off += len(text) + 1
	}
	text := newFlowText(strings.Join(parts, " "), marks)
	bg := canvas.NewRectangle(pairTint(cl.pair))
	bg.CornerRadius = 4
	if cl.pair < 0 {
		bg.StrokeColor = theme.Color(theme.ColorNameDisabled)
		bg.StrokeWidth = 1
		note := &widget.Label{Text: lang.L("unpaired"), Importance: widget.LowImportance, SizeName: theme.SizeNameCaptionText}
		return container.NewStack(bg, container.NewBorder(note, nil, nil, nil, text))
	}
	return container.NewStack(bg, text)
}
