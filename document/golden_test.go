package document

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden keeps the markdown and the HTML of the sample document in
// testdata, to be read like code when a writer changes. (The DOCX and ODT
// are checked part by part in package_test.go.)
func TestGolden(t *testing.T) {
	for _, name := range []string{"md", "html"} {
		t.Run(name, func(t *testing.T) {
			got := written(t, format(t, name), sample())
			path := filepath.Join("testdata", "sample."+name+".golden")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./document -run Golden -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s; run go test ./document -run Golden -update and read the diff", name, path)
			}
		})
	}
}
