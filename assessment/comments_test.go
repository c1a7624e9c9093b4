package assessment

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var commentLines = []string{
	"# Zelfevaluatie digitale soevereiniteit, Gemeente Voorbeeld.",
	"# Ingevuld door het team informatiebeheer; vragen aan de CISO.",
	"# de versie van dit jaar",
	"# Mail: nagevraagd bij de leverancier.",
	"# contract loopt tot 2028",
	"# map Inkoop",
	"# Nog met de afdeling bespreken.",
	"# Einde van het bestand.",
}

// TestCommentsSurviveSave: a file saved without a change is the same file,
// byte for byte (its digest, which a report names, stays); a changed answer
// keeps every comment around it.
func TestCommentsSurviveSave(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.yaml")
	orig, err := os.ReadFile("testdata/answers-commented.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, crlf := range []bool{false, true} {
		data := orig
		if crlf {
			data = bytes.ReplaceAll(orig, []byte("\n"), []byte("\r\n"))
		}
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		a, _, err := LoadAnswers(path, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := SaveAnswers(path, a); err != nil {
			t.Fatal(err)
		}
		if got, _ := os.ReadFile(path); !bytes.Equal(got, data) {
			t.Errorf("crlf %v: saved without a change, the file changed:\n%s", crlf, got)
		}
		a.Answers["cloud.mail"].Choice = "eu"
		a.SetNote("cloud.tools", "Besproken op 3 december.")
		saved, err := MarshalAnswers(a)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range commentLines {
			if !bytes.Contains(saved, []byte(c)) {
				t.Errorf("crlf %v: after a change, comment %q is gone:\n%s", crlf, c, saved)
			}
		}
		if i, j := bytes.Index(saved, []byte("# Mail: nagevraagd")), bytes.Index(saved, []byte("  cloud.mail:")); i < 0 || j < i {
			t.Errorf("crlf %v: the comment above cloud.mail moved:\n%s", crlf, saved)
		}
		if !bytes.Contains(saved, []byte("choice: eu # contract loopt tot 2028")) {
			t.Errorf("crlf %v: the line comment of the changed answer is not on its line:\n%s", crlf, saved)
		}
		lf := bytes.Count(saved, []byte("\n"))
		if n := bytes.Count(saved, []byte("\r\n")); crlf && n != lf || !crlf && n != 0 {
			t.Errorf("crlf %v: %d of %d lines end in CR LF", crlf, n, lf)
		}
		b, _, err := ParseAnswers(saved, "saved.yaml")
		if err != nil {
			t.Fatalf("crlf %v: saved file does not load: %v", crlf, err)
		}
		if b.Answers["cloud.mail"].Choice != "eu" || b.Answers["cloud.tools"].Note != "Besproken op 3 december." {
			t.Errorf("crlf %v: changes not saved:\n%s", crlf, saved)
		}
	}
}

// TestCRLFPositions: a file from a Windows editor loads with the positions
// an editor shows.
func TestCRLFPositions(t *testing.T) {
	data := strings.ReplaceAll("format: 1\nkind: soeverein-answers\nperiod:\n  reference_date: \"1 nov\"\n", "\n", "\r\n")
	_, _, err := ParseAnswers([]byte(data), "w.yaml")
	if err == nil || !strings.Contains(err.Error(), "w.yaml:4:19:") {
		t.Errorf("ParseAnswers = %v, want the problem at w.yaml:4:19", err)
	}
}

// TestChangedSaveKeepsTheFilesStyle: after a change, a list the file wrote
// as a block stays a block (with its comment on its line), and a text that
// did not change keeps its quotes, so that the file differs from before in
// the changed answer, not all over.
func TestChangedSaveKeepsTheFilesStyle(t *testing.T) {
	data, err := os.ReadFile("testdata/answers-commented.yaml")
	if err != nil {
		t.Fatal(err)
	}
	a, _, err := ParseAnswers(data, "answers-commented.yaml")
	if err != nil {
		t.Fatal(err)
	}
	a.Answers["cloud.mail"].Choice = "eu"
	saved, err := MarshalAnswers(a)
	if err != nil {
		t.Fatal(err)
	}
	want := "    evidence:\n      - Contract 2024-17 # map Inkoop\n      - \"https://intranet.example/dpia\"\n"
	if !bytes.Contains(saved, []byte(want)) {
		t.Errorf("the evidence list is not written as the file had it:\n%s", saved)
	}
	if !bytes.Contains(saved, []byte("    choices: [keys]\n")) {
		t.Errorf("a flow list of the file is not kept:\n%s", saved)
	}
	// The rest is line for line the file: only the changed answer differs.
	var changed []string
	got, orig := strings.Split(string(saved), "\n"), strings.Split(string(data), "\n")
	for i := range min(len(got), len(orig)) {
		if got[i] != orig[i] {
			changed = append(changed, got[i])
		}
	}
	if len(got) != len(orig) || len(changed) > 2 {
		t.Errorf("changed lines %q (want the choice and the checksum's quotes at most):\n%s", changed, saved)
	}
}
