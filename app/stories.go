package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"marsad/data/store"
)

// storyStore is what the Stories & Compare view reads.
type storyStore interface{}

// storyStoreOf returns the story tables of st, or nil while the corpus
// has none.
func storyStoreOf(st *store.Store) storyStore { return nil }

// storiesView is the Stories & Compare view.
type storiesView struct {
	win  fyne.Window
	st   storyStore
	arts articleStore
	root *fyne.Container
}

func newStoriesView(w fyne.Window, st storyStore, arts articleStore) *storiesView {
	return &storiesView{win: w, st: st, arts: arts}
}

// buildUI builds the view.
func (v *storiesView) buildUI() fyne.CanvasObject {
	v.root = container.NewStack(emptyState(theme.ViewRestoreIcon(), lang.L("No stories yet"),
		lang.L("Articles about the same event are grouped into stories once the corpus has been analysed.")))
	return v.root
}

// refresh reloads the stories.
func (v *storiesView) refresh() {}
