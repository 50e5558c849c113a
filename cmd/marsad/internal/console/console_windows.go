//go:build windows

package console

import (
	"os"
	"syscall"
)

// attachParentProcess is ATTACH_PARENT_PROCESS, (DWORD)-1.
const attachParentProcess = ^uintptr(0)

// Attach attaches the process to the console of the process that started
// it (cmd.exe, PowerShell) and points standard output and error there,
// unless they were redirected to a file or a pipe. Without a parent
// console it does nothing.
func Attach() {
	attach := syscall.NewLazyDLL("kernel32.dll").NewProc("AttachConsole")
	if err := attach.Find(); err != nil {
		return
	}
	if ok, _, _ := attach.Call(attachParentProcess); ok == 0 {
		return
	}
	if unset(syscall.Stdout) {
		if f, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
			os.Stdout = f
		}
	}
	if unset(syscall.Stderr) {
		if f, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
			os.Stderr = f
		}
	}
}

// unset reports whether a standard handle leads nowhere, as in a GUI
// program started without redirection.
func unset(h syscall.Handle) bool {
	return h == 0 || h == syscall.InvalidHandle
}
