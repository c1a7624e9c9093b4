package main

import (
	"bytes"
	"io"
	"slices"
	"strings"

	"soeverein/schemas"
)

// runSchema prints one of the JSON Schemas of soeverein's files.
func runSchema(e *env, args []string) error {
	f := newFlags(e, "schema", usageSchema)
	names, err := f.parseFiles(args)
	if err != nil {
		return done(err)
	}
	if len(names) != 1 || !slices.Contains(schemas.Names, names[0]) {
		return usagef("schema needs one of %s, for example: soeverein schema questionnaire > %s", strings.Join(schemas.Names, ", "), schemas.FileName("questionnaire"))
	}
	data, _ := schemas.Lookup(names[0])
	_, err = e.stdout.Write(data)
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

func usageSchema(lang string) string {
	if lang == "en" {
		return `Usage: soeverein schema questionnaire|answers|score > FILE

Prints a JSON Schema (draft 2020-12) of one of soeverein's files, for editing
them in an editor such as VS Code with the YAML extension: it completes field
names and marks unknown fields and values of the wrong kind.

  questionnaire   a questionnaire (soeverein questions prints one)
  answers         an answers file (soeverein-GM....-YYYY.yaml)
  score           the JSON of soeverein score --json

Save the schema next to the file, under the name its first line names:
  soeverein schema questionnaire > soeverein-questionnaire.schema.json
  soeverein questions > my-questions.yaml
A schema checks names and kinds of values, not what refers to what:
soeverein validate checks everything, with file:line:column, and decides.
`
	}
	return `Gebruik: soeverein schema questionnaire|answers|score > BESTAND

Toont een JSON Schema (draft 2020-12) van een van de bestanden van soeverein,
om ze te bewerken in een editor zoals VS Code met de YAML-extensie: die vult
veldnamen aan en markeert onbekende velden en waarden van de verkeerde soort.

  questionnaire   een vragenlijst (soeverein questions toont er een)
  answers         een antwoordenbestand (soeverein-GM....-JJJJ.yaml)
  score           de JSON van soeverein score --json

Zet het schema naast het bestand, onder de naam die de eerste regel noemt:
  soeverein schema questionnaire > soeverein-questionnaire.schema.json
  soeverein questions > mijn-vragen.yaml
Een schema controleert namen en soorten waarden, niet waar iets naar
verwijst: soeverein validate controleert alles, met bestand:regel:kolom,
en beslist.
`
}
