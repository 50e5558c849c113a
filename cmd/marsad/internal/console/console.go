// Package console connects a command-line run of Marsad to the terminal
// it was started from. On Windows marsad.exe is built as a GUI program,
// which gets no console of its own, so without this a subcommand's output
// would go nowhere unless redirected.
package console
