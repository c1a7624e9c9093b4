package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOutputShowsNoControls: text from an answers file (a municipality's
// name, a note, an unknown question id quoted in a warning) never sends
// control sequences or direction overrides to the terminal, from any
// command: run passes stdout and stderr through safetext.
func TestOutputShowsNoControls(t *testing.T) {
	data, err := os.ReadFile(scoreData + "complete.yaml")
	if err != nil {
		t.Fatal(err)
	}
	hostile := strings.Replace(string(data), "name: Gemeente Voorbeeldstad", `name: "Gemeente \e[2J\e]0;title\a\u202eX"`, 1)
	hostile = strings.Replace(hostile, "answers:\n", `"x_\e]0;title\a": 1`+"\nanswers:\n  "+`"evil\e[2J\u202eid": {choice: x}`+"\n", 1)
	path := filepath.Join(t.TempDir(), "hostile.yaml")
	if err := os.WriteFile(path, []byte(hostile), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"score", "--questions=" + scoreData + "questions.yaml", path},
		{"compare", "--questions=" + scoreData + "questions.yaml", path, path},
		{"validate", "--questions=" + scoreData + "questions.yaml", path},
	} {
		var out, errw bytes.Buffer
		err := run(context.Background(), args, strings.NewReader(""), &out, &errw)
		exitCode(err, &errw)
		all := out.String() + errw.String()
		if strings.ContainsAny(all, "\x1b\x07\u202e") {
			t.Errorf("%s: output holds control or hidden characters:\n%q", args[0], all)
		}
		if args[0] == "score" && !strings.Contains(all, "Gemeente ␛[2J␛]0;title␇[U+202E]X") {
			t.Errorf("%s: the municipality's name is not shown visibly:\n%s", args[0], all)
		}
	}
}
