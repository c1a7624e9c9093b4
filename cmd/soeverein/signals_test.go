package main

import (
	"os"
	"runtime"
	"slices"
	"syscall"
	"testing"
)

// TestSurveyEndSignals: closing the terminal ends the survey after saving
// where there is a SIGHUP, and no signal that Windows lacks is asked for.
func TestSurveyEndSignals(t *testing.T) {
	hup := slices.Contains(surveyEndSignals, os.Signal(syscall.SIGHUP))
	if want := runtime.GOOS != "windows"; hup != want {
		t.Errorf("SIGHUP in %v = %v on %s, want %v", surveyEndSignals, hup, runtime.GOOS, want)
	}
}
