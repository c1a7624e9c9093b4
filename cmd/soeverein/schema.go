package main

import (
	"bytes"
	"io"
	"slices"
	"strings"

	"soeverein/schemas"
	"soeverein/texts"
)

// schemaOptions prints one of the JSON Schemas of soeverein's files.
type schemaOptions struct {
	Lang texts.Lang
	Name string // one of schemas.Names
}

func schemaParse(p *parsed) (runner, error) {
	if len(p.args) != 1 || !slices.Contains(schemas.Names, p.args[0]) {
		return nil, usageErr(texts.CmdSchemaArgs, texts.A("names", strings.Join(schemas.Names, ", ")), texts.A("file", schemas.FileName("questionnaire")))
	}
	return &schemaOptions{Lang: p.lang, Name: p.args[0]}, nil
}

func (o *schemaOptions) language() texts.Lang { return o.Lang }

func (o *schemaOptions) run(e *env) error {
	data, _ := schemas.Lookup(o.Name)
	_, err := e.stdout.Write(data)
	return err
}

// writeQuestionnaire writes a questionnaire as `soeverein questions` prints
// it: with the line that points the YAML extension of VS Code to the schema
// saved next to it, unless plain asks for the built-in bytes exactly (to
// check the checksum a report names) or the file has such a line already.
func writeQuestionnaire(w io.Writer, data []byte, plain bool) error {
	if !plain && !bytes.HasPrefix(data, []byte("# yaml-language-server:")) {
		if _, err := io.WriteString(w, schemas.ModeLine); err != nil {
			return err
		}
	}
	_, err := w.Write(data)
	return err
}
