// Package app is Marsad's desktop interface, built with Fyne. It is the
// only package besides cmd that imports Fyne.
package app

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"

	"marsad/data/store"
)

// Options say which corpus to open.
type Options struct {
	DBPath string
}

// Run opens the corpus and shows the main window until it is closed.
func Run(opts Options) error {
	st, err := store.Open(context.Background(), opts.DBPath)
	if err != nil {
		return err
	}
	defer st.Close()
	a := fyneapp.NewWithID("org.marsad.app")
	name := strings.TrimSuffix(filepath.Base(opts.DBPath), filepath.Ext(opts.DBPath))
	w := a.NewWindow(fmt.Sprintf("Marsad — %s", name))
	list, err := st.ListArticles(context.Background(), store.ArticleFilter{})
	if err != nil {
		return err
	}
	l := widget.NewList(
		func() int { return len(list) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(list[i].Title)
		})
	w.SetContent(l)
	w.Resize(fyne.NewSize(1000, 700))
	w.ShowAndRun()
	return nil
}
