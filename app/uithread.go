package app

import (
	"sync"

	"fyne.io/fyne/v2"
)

// uiMu is held while a result from a background goroutine is applied to
// the widgets. Fyne's desktop driver already runs such callbacks one at a
// time on its main goroutine, so the lock is never contended there; the
// test driver runs them on the calling goroutine, and the lock keeps them
// from running alongside a test's own taps and checks.
var uiMu sync.Mutex

// uiDo applies fn to the widgets on the UI goroutine. It must be called
// from a background goroutine, never from inside another uiDo.
func uiDo(fn func()) {
	fyne.Do(func() {
		uiMu.Lock()
		defer uiMu.Unlock()
		fn()
	})
}
