//go:build !unix

package main

import "os"

// surveyEndSignals is empty on Windows: there is no SIGHUP; closing the
// console window arrives as SIGTERM (CTRL_CLOSE_EVENT), which main handles.
var surveyEndSignals []os.Signal

// ignoreClosedOutput: Windows has no SIGPIPE; a write to a closed pipe
// fails.
func ignoreClosedOutput() {}
