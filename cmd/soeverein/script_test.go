package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"soeverein/texts/texttest"
)

// TestMain lets the scripts run soeverein as a command: testscript runs
// this test binary as soeverein, with main as its entry point.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"soeverein": main})
}

// TestScripts runs testdata/script/*.txtar: the commands a user types,
// with the expected stdout, stderr and exit code, in Dutch, in English and
// in the pseudo-language xx (see the unmarked command). $TESTDATA is the
// repository's testdata folder; the config folder is empty unless a
// script sets XDG_CONFIG_HOME.
func TestScripts(t *testing.T) {
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		UpdateScripts:       *update,
		Setup: func(e *testscript.Env) error {
			e.Setenv("TESTDATA", testdata)
			e.Setenv("XDG_CONFIG_HOME", filepath.Join(e.WorkDir, ".config"))
			e.Setenv("NO_COLOR", "1")
			e.Setenv("TERM", "dumb")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"unmarked": cmdUnmarked,
		},
	})
}

// cmdUnmarked checks that the last command's stdout or stderr (the first
// argument) has no user-visible text outside the pseudo-language's ⟦…⟧
// markers; the other arguments are allowed strings (data from the user's
// files). With ! it checks that there is such text.
//
//	exec soeverein score a.yaml --lang xx
//	unmarked stdout 'Gemeente Dijkhoven' GM9947
func cmdUnmarked(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) < 1 || args[0] != "stdout" && args[0] != "stderr" {
		ts.Fatalf("usage: unmarked stdout|stderr [allowed...]")
	}
	pieces := texttest.Unmarked(ts.ReadFile(args[0]), args[1:]...)
	switch {
	case neg && len(pieces) == 0:
		ts.Fatalf("%s has no text outside the markers", args[0])
	case !neg && len(pieces) > 0:
		var b strings.Builder
		for _, p := range pieces {
			fmt.Fprintf(&b, "\n  %q", p)
		}
		ts.Fatalf("%s has text without the pseudo-language's markers (hard-coded?):%s", args[0], b.String())
	}
}
