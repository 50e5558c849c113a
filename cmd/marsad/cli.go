package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"

	"marsad/data/store"
)

// command is one CLI subcommand.
type command struct {
	name  string
	usage string // first line: synopsis; the rest: description
	run   func(args []string) error
}

var commands = map[string]*command{}

// register adds a subcommand; each subcommand registers itself from its
// own file.
func register(name, usage string, run func(args []string) error) {
	if _, dup := commands[name]; dup {
		panic("marsad: command registered twice: " + name)
	}
	commands[name] = &command{name: name, usage: usage, run: run}
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "Marsad — a corpus explorer for Arabic news.")
	fmt.Fprintln(w, "\nUsage:\n  marsad [--db FILE]            open the desktop app")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		syn, _, _ := strings.Cut(commands[n].usage, "\n")
		fmt.Fprintf(w, "  %s\n", syn)
	}
	fmt.Fprintln(w, "\nThe corpus is --db FILE, else $MARSAD_DB, else", store.DefaultPath())
	fmt.Fprintln(w, "Run 'marsad COMMAND -h' for a command's options.")
}

// flags is a subcommand's flag set with the options every command shares.
type flags struct {
	*flag.FlagSet
	db string
}

func newFlags(name string) *flags {
	f := &flags{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError)}
	f.StringVar(&f.db, "db", "", "corpus file (default $MARSAD_DB, else the user's data folder)")
	f.Usage = func() {
		if c := commands[name]; c != nil {
			fmt.Fprintf(f.Output(), "Usage: %s\n\n", c.usage)
		}
		f.PrintDefaults()
	}
	return f
}

// parse parses flags wherever they stand among the arguments and returns
// the positional arguments.
func (f *flags) parse(args []string) ([]string, error) {
	var pos []string
	for {
		if err := f.Parse(args); err != nil {
			if err == flag.ErrHelp {
				return nil, &exitError{code: 0}
			}
			return nil, &exitError{code: 2}
		}
		rest := f.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if rest[0] == "--" {
			return append(pos, rest[1:]...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// dbPath is the corpus the user chose.
func (f *flags) dbPath() string {
	if f.db != "" {
		return f.db
	}
	if env := os.Getenv("MARSAD_DB"); env != "" {
		return env
	}
	return store.DefaultPath()
}

// open opens the chosen corpus.
func (f *flags) open(ctx context.Context) (*store.Store, error) {
	return store.Open(ctx, f.dbPath())
}

// signalContext is cancelled on Ctrl-C, so that long commands stop
// between batches.
func signalContext() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt)
}

// printJSON writes v as indented JSON on standard output.
func printJSON(v any) error {
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// usageError reports a wrong call with exit code 2.
func usageError(format string, a ...any) error {
	return &exitError{code: 2, msg: fmt.Sprintf(format, a...)}
}
