//go:build unix

package main

import (
	"os"
	"os/signal"
	"syscall"
)

// surveyEndSignals end the survey like ctrl+c, after saving, besides the
// SIGINT and SIGTERM that main handles: SIGHUP comes when the terminal
// window is closed.
var surveyEndSignals = []os.Signal{syscall.SIGHUP}

// ignoreClosedOutput makes a write to a closed pipe (`| head`) fail instead
// of killing the program with SIGPIPE in the middle of an answer.
func ignoreClosedOutput() { signal.Ignore(syscall.SIGPIPE) }
