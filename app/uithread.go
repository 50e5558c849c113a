package app

import (
	"sync"
	"time"

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

// bgWork counts the goroutines started by goBackground.
var bgWork sync.WaitGroup

// goBackground runs fn on a new goroutine, counted so that tests can wait
// until the views have no work under way.
func goBackground(fn func()) {
	bgWork.Add(1)
	go func() {
		defer bgWork.Done()
		fn()
	}()
}

// restartTimer stops t, if it has not fired, and starts a new timer that
// runs fn after d; both are counted in bgWork.
func restartTimer(t *time.Timer, d time.Duration, fn func()) *time.Timer {
	if t != nil && t.Stop() {
		bgWork.Done()
	}
	bgWork.Add(1)
	return time.AfterFunc(d, func() {
		defer bgWork.Done()
		fn()
	})
}
