// Command marsad is Marsad, a corpus explorer for Arabic news: with no
// subcommand it opens the desktop app; with one it runs it on a corpus
// from the command line.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"marsad/cmd/marsad/internal/console"
)

func main() {
	os.Exit(run(os.Args[1:]))
}

// run dispatches to the GUI or a subcommand and returns the exit code.
func run(args []string) int {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") && !isHelp(args[0]) {
		return exitCode(runGUI(args))
	}
	console.Attach() // a command-line run: show its output in the terminal
	if isHelp(args[0]) || args[0] == "help" {
		printUsage(os.Stdout)
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(os.Stderr, "marsad: unknown command %q\n\n", args[0])
		printUsage(os.Stderr)
		return 2
	}
	if len(args) == 2 && isHelp(args[1]) {
		fmt.Fprintf(os.Stdout, "Usage: marsad %s\n", cmd.usage)
		return 0
	}
	return exitCode(cmd.run(args[1:]))
}

func isHelp(a string) bool { return a == "-h" || a == "--help" || a == "-help" }

// exitError carries an exit code that is not a plain failure.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func exitCode(err error) int {
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintln(os.Stderr, "marsad:", ee.msg)
		}
		return ee.code
	}
	fmt.Fprintln(os.Stderr, "marsad:", err)
	return 1
}
