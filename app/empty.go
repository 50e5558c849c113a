package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// emptyState is what a view shows when it has nothing to show yet: an
// icon, a title and why.
func emptyState(icon fyne.Resource, title, why string) fyne.CanvasObject {
	t := &widget.Label{Text: title, Alignment: fyne.TextAlignCenter, TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText}
	w := &widget.Label{Text: why, Alignment: fyne.TextAlignCenter, Wrapping: fyne.TextWrapWord}
	return container.NewCenter(container.NewGridWrap(fyne.NewSize(520, 200), container.NewVBox(widget.NewIcon(icon), t, w)))
}
