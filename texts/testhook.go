package texts

import (
	"io/fs"
	"testing"
)

// UseCatalogs makes the catalogs in dir of fsys the program's languages
// until the test ends, as if they were the embedded ones: for a test in
// another package that proves a new language needs nothing but its files.
// Problems in the catalogs fail the test. The test must not run in
// parallel with others that use texts.
func UseCatalogs(t testing.TB, fsys fs.FS, dir string) {
	t.Helper()
	cs, err := load(fsys, dir)
	if err != nil {
		t.Fatalf("texts.UseCatalogs: %v", err)
	}
	old := catalogs
	catalogs = func() (map[Lang]*catalog, error) { return cs, nil }
	t.Cleanup(func() { catalogs = old })
}
