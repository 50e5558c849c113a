package main

import (
	"os"

	"marsad/app"
)

// runGUI opens the desktop app on the chosen corpus: --db, else
// $MARSAD_DB, else the one opened last, else the default corpus.
func runGUI(args []string) error {
	f := newFlags("marsad")
	if _, err := f.parse(args); err != nil {
		return err
	}
	path := f.db
	if path == "" {
		path = os.Getenv("MARSAD_DB")
	}
	return app.Run(app.Options{DBPath: path, Version: version})
}
