package app

import (
	"context"

	"fyne.io/fyne/v2/lang"
)

// editLog undoes and redoes the user's corrections.
type editLog interface {
	// Undo reverts the last correction and describes it; "" when there
	// was none.
	Undo(ctx context.Context) (string, error)
	// Redo applies the last undone correction again; "" when none.
	Redo(ctx context.Context) (string, error)
}

// onUndo reverts the last correction.
func (u *ui) onUndo() { u.runEdit(true) }

// onRedo applies the last undone correction again.
func (u *ui) onRedo() { u.runEdit(false) }

func (u *ui) runEdit(undo bool) {
	if !u.hasCorpus() {
		return
	}
	var log editLog = u.data
	goBackground(func() {
		do := log.Redo
		if undo {
			do = log.Undo
		}
		what, err := do(context.Background())
		if err != nil {
			u.showError(err)
			return
		}
		uiDo(func() {
			if what == "" {
				what = lang.L("Nothing to undo or redo.")
			}
			u.refreshAll()
			u.articles.count.SetText(what, nil)
		})
	})
}
