package main

import "marsad/app"

// runGUI opens the desktop app on the chosen corpus.
func runGUI(args []string) error {
	f := newFlags("marsad")
	if _, err := f.parse(args); err != nil {
		return err
	}
	return app.Run(app.Options{DBPath: f.dbPath()})
}
