package survey

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestOpenAndQuitKeepsFile: opening a commented answers file (with CR LF
// line ends, from a Windows editor) and quitting leaves it byte for byte as
// it was; answering a question keeps its comments and line ends.
func TestOpenAndQuitKeepsFile(t *testing.T) {
	q := testQuestionnaire(t)
	path := newAnswersFile(t, t.TempDir(), q, nil)
	plain, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := "# Zelfevaluatie 2026, nog niet af.\n" + strings.Replace(string(plain), "answers:", "# Door de CISO.\nanswers:", 1)
	data := []byte(strings.ReplaceAll(s, "\n", "\r\n"))
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	m := newModel(t, Options{Path: path}, 100, 30)
	press(m, "q")
	if err := m.FinalSave(); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, data) {
		t.Errorf("opened and quit, the file changed:\n%q\nwant\n%q", got, data)
	}
	m = newModel(t, Options{Path: path}, 100, 30)
	press(m, "2")
	if err := m.FinalSave(); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	for _, c := range []string{"# Zelfevaluatie 2026, nog niet af.\r\n", "# Door de CISO.\r\nanswers:\r\n", "choice: eu\r\n"} {
		if !bytes.Contains(got, []byte(c)) {
			t.Errorf("after an answer, the file lacks %q:\n%s", c, got)
		}
	}
}
