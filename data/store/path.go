package store

import (
	"os"
	"path/filepath"
	"runtime"
)

// DefaultPath returns the default corpus file in the user's data folder:
// $XDG_DATA_HOME/marsad (~/.local/share/marsad) on Linux,
// ~/Library/Application Support/Marsad on macOS, %APPDATA%\Marsad on
// Windows.
func DefaultPath() string {
	return filepath.Join(DataDir(), "corpus.marsad")
}

// DataDir returns the folder where Marsad keeps its corpora by default.
func DataDir() string {
	home, _ := os.UserHomeDir()
	switch runtime.GOOS {
	case "windows":
		if d := os.Getenv("APPDATA"); d != "" {
			return filepath.Join(d, "Marsad")
		}
		return filepath.Join(home, "AppData", "Roaming", "Marsad")
	case "darwin":
		return filepath.Join(home, "Library", "Application Support", "Marsad")
	default:
		if d := os.Getenv("XDG_DATA_HOME"); d != "" {
			return filepath.Join(d, "marsad")
		}
		return filepath.Join(home, ".local", "share", "marsad")
	}
}
