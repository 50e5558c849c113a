//go:build !windows

package console

// Attach does nothing outside Windows: the standard streams are already
// those of the terminal.
func Attach() {}
