package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"marsad/data/store"
)

// actorStore is what the Actors view reads and corrects.
type actorStore interface{}

// actorStoreOf returns the actor tables of st, or nil while the corpus
// has none.
func actorStoreOf(st *store.Store) actorStore { return nil }

// actorsView is the Actors view.
type actorsView struct {
	win  fyne.Window
	st   actorStore
	open func(articleID int64, at int)
	root *fyne.Container
}

func newActorsView(w fyne.Window, st actorStore, open func(int64, int)) *actorsView {
	return &actorsView{win: w, st: st, open: open}
}

// buildUI builds the view.
func (v *actorsView) buildUI() fyne.CanvasObject {
	v.root = container.NewStack(emptyState(theme.AccountIcon(), lang.L("No actors yet"),
		lang.L("Actors, their aliases and stances appear here once the corpus has been analysed.")))
	return v.root
}

// refresh reloads the actors.
func (v *actorsView) refresh() {}
