package engine

import (
	"go/build"
	"strings"
	"testing"
)

// TestNoTerminal: the engine, and everything of this module it imports,
// imports no terminal library; only the survey's screens may.
func TestNoTerminal(t *testing.T) {
	seen := map[string]bool{}
	var visit func(path, dir string)
	visit = func(path, dir string) {
		if seen[path] {
			return
		}
		seen[path] = true
		pkg, err := build.Import(path, dir, 0)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		for _, imp := range pkg.Imports {
			for _, banned := range []string{"github.com/charmbracelet/", "github.com/muesli/"} {
				if strings.HasPrefix(imp, banned) {
					t.Errorf("%s imports %s: the engine must not depend on a terminal library", path, imp)
				}
			}
			if strings.HasPrefix(imp, "soeverein/") {
				visit(imp, pkg.Dir)
			}
		}
	}
	visit("soeverein/survey/engine", ".")
	if len(seen) < 3 {
		t.Fatalf("visited only %v: the check did not run", seen)
	}
}
