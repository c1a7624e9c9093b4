package main

import (
	"errors"
	"strings"
	"testing"

	"soeverein/texts"
)

// FuzzConfigDecode: the config file is a user's file: decoding it never
// panics or hangs, and what it refuses is a message (in Dutch and English)
// that names the file, or a YAML error.
func FuzzConfigDecode(f *testing.F) {
	for _, s := range []string{
		"lang: en\nrespondent:\n  name: Eva Voorbeeld\n  role: CISO\nquestions: vragen.yaml\nformats: [docx, md]\n",
		"lang: fy\n", "formats: docx\n", "formats: [rtf]\n", "respondent: x\n", "colour: blue\n", "- a\n",
		"lang: [nl]\n", "formats: [[docx]]\n", "questions: {a: b}\n", "", "---\n...\n", "&a [*a]\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c := &config{File: "/home/u/.config/soeverein/config.yaml"}
		err := c.decode(data)
		if err == nil {
			return
		}
		var ce *cmdError
		if !errors.As(err, &ce) {
			t.Fatalf("decode returned %T %v, want a cmdError", err, err)
		}
		for _, l := range []texts.Lang{texts.NL, texts.EN} {
			if msg := ce.Text(l); !strings.Contains(msg, "config.yaml") {
				t.Errorf("%s: the message does not name the file: %q", l, msg)
			}
		}
	})
}
