package main

import (
	"errors"
	"os"
	"runtime"

	"marsad/app"
)

// runGUI opens the desktop app on the chosen corpus: --db, else
// $MARSAD_DB, else the one opened last, else the default corpus.
func runGUI(args []string) error {
	f := newFlags("marsad")
	if _, err := f.parse(args); err != nil {
		return err
	}
	if err := checkDisplay(); err != nil {
		return err
	}
	path := f.db
	if path == "" {
		path = os.Getenv("MARSAD_DB")
	}
	return app.Run(app.Options{DBPath: path, Version: version})
}

// checkDisplay refuses, with a clear message, to open the window where
// there is no display to open it on (a terminal over ssh, a container),
// instead of letting the GL driver panic.
func checkDisplay() error {
	switch runtime.GOOS {
	case "linux", "freebsd", "openbsd", "netbsd":
		if os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
			return errors.New("no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset); " +
				"the command-line subcommands work without one: run 'marsad help'")
		}
	}
	return nil
}
