package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"soeverein/texts"
)

// TestParse checks what parsing makes of a command line: the command's
// Options value, or the usage error a user gets.
func TestParse(t *testing.T) {
	cfg := &config{Questions: "/etc/soeverein/vragen.yaml"}
	tests := []struct {
		name string
		args []string
		cfg  *config
		want runner
		err  string // the error in English; "" for none
	}{
		{"nothing is the survey", nil, nil, &surveyOptions{Lang: texts.NL}, ""},
		{"flags only are the survey", []string{"--accessible", "--lang", "en"}, nil, &surveyOptions{Lang: texts.EN, Accessible: true}, ""},
		{"survey with a file and --from", []string{"survey", "nieuw.yaml", "--from", "vorig.yaml"}, nil, &surveyOptions{Lang: texts.NL, File: "nieuw.yaml", From: "vorig.yaml"}, ""},
		{"score flags after the file", []string{"score", "a.yaml", "--json", "--lang=en"}, nil, &scoreOptions{Lang: texts.EN, File: "a.yaml", JSON: true}, ""},
		{"score from standard input", []string{"score", "-"}, nil, &scoreOptions{Lang: texts.NL, File: "-"}, ""},
		{"single dash flags", []string{"score", "-json", "-lang", "en", "a.yaml"}, nil, &scoreOptions{Lang: texts.EN, File: "a.yaml", JSON: true}, ""},
		{"-- ends the flags", []string{"score", "--", "--json"}, nil, &scoreOptions{Lang: texts.NL, File: "--json"}, ""},
		{"report with everything", []string{"report", "b.yaml", "-o", "r.md", "--previous", "a.yaml", "--known", "q1.yaml", "--known", "q2.yaml", "--questions", "q.yaml"}, nil,
			&reportOptions{Lang: texts.NL, File: "b.yaml", Out: "r.md", Format: "md", Previous: "a.yaml", Known: []string{"q1.yaml", "q2.yaml"}, Questions: "q.yaml"}, ""},
		{"report format from -o", []string{"report", "a.yaml", "-o", "rapport.docx"}, nil, &reportOptions{Lang: texts.NL, File: "a.yaml", Out: "rapport.docx", Format: "docx"}, ""},
		{"report --format wins over -o", []string{"report", "a.yaml", "-o", "rapport.txt", "--format", "html"}, nil, &reportOptions{Lang: texts.NL, File: "a.yaml", Out: "rapport.txt", Format: "html"}, ""},
		{"report an unknown extension is markdown", []string{"report", "a.yaml", "-o", "rapport.txt"}, nil, &reportOptions{Lang: texts.NL, File: "a.yaml", Out: "rapport.txt", Format: "md"}, ""},
		{"report html to the screen", []string{"report", "a.yaml", "--format", "html"}, nil, &reportOptions{Lang: texts.NL, File: "a.yaml", Format: "html"}, ""},
		{"report public odt", []string{"report", "--public", "a.yaml", "-o", "openbaar.odt"}, nil, &reportOptions{Lang: texts.NL, File: "a.yaml", Out: "openbaar.odt", Format: "odt", Public: true}, ""},
		{"survey formats and public", []string{"survey", "a.yaml", "--formats", "docx, pdf,markdown", "--public"}, nil, &surveyOptions{Lang: texts.NL, File: "a.yaml", Formats: []string{"docx", "pdf", "md"}, Public: true}, ""},
		{"config respondent and formats", []string{"survey"}, &config{RespondentName: "Tester", RespondentRole: "CISO", Formats: []string{"odt", "pdf"}}, &surveyOptions{Lang: texts.NL, Formats: []string{"odt", "pdf"}, RespondentName: "Tester", RespondentRole: "CISO"}, ""},
		{"--formats wins over the config", []string{"survey", "--formats", "md"}, &config{Formats: []string{"odt"}}, &surveyOptions{Lang: texts.NL, Formats: []string{"md"}}, ""},
		{"verify", []string{"verify", "rapport.docx", "a.yaml", "--questions", "q.yaml"}, nil, &verifyOptions{Lang: texts.NL, Report: "rapport.docx", Answers: "a.yaml", Questions: "q.yaml"}, ""},
		{"verify the answers from standard input", []string{"verify", "rapport.pdf", "-"}, cfg, &verifyOptions{Lang: texts.NL, Report: "rapport.pdf", Answers: "-", Questions: "/etc/soeverein/vragen.yaml"}, ""},
		{"schema", []string{"schema", "answers"}, nil, &schemaOptions{Lang: texts.NL, Name: "answers"}, ""},
		{"questions --plain", []string{"questions", "--plain", "--version", "2026.1"}, nil, &questionsOptions{Lang: texts.NL, Version: "2026.1", Plain: true}, ""},
		{"compare", []string{"compare", "a.yaml", "b.yaml", "c.yaml", "--json"}, nil, &compareOptions{Lang: texts.NL, Files: []string{"a.yaml", "b.yaml", "c.yaml"}, Format: "json"}, ""},
		{"compare is a table on the screen", []string{"compare", "a.yaml", "b.yaml"}, nil, &compareOptions{Lang: texts.NL, Files: []string{"a.yaml", "b.yaml"}, Format: "text"}, ""},
		{"compare -o - is the trend report", []string{"compare", "a.yaml", "b.yaml", "-o", "-"}, nil, &compareOptions{Lang: texts.NL, Files: []string{"a.yaml", "b.yaml"}, Out: "-", Format: "md"}, ""},
		{"compare format from -o", []string{"compare", "a.yaml", "b.yaml", "-o", "trend.docx"}, nil, &compareOptions{Lang: texts.NL, Files: []string{"a.yaml", "b.yaml"}, Out: "trend.docx", Format: "docx"}, ""},
		{"compare the table to a file", []string{"compare", "a.yaml", "b.yaml", "-o", "trend.txt"}, nil, &compareOptions{Lang: texts.NL, Files: []string{"a.yaml", "b.yaml"}, Out: "trend.txt", Format: "text"}, ""},
		{"compare an unknown extension is markdown", []string{"compare", "a.yaml", "b.yaml", "-o", "trend"}, nil, &compareOptions{Lang: texts.NL, Files: []string{"a.yaml", "b.yaml"}, Out: "trend", Format: "md"}, ""},
		{"compare --format html to the screen", []string{"compare", "a.yaml", "b.yaml", "--format", "HTML"}, nil, &compareOptions{Lang: texts.NL, Files: []string{"a.yaml", "b.yaml"}, Format: "html"}, ""},
		{"compare --json with --format json", []string{"compare", "a.yaml", "b.yaml", "--json", "--format", "json"}, nil, &compareOptions{Lang: texts.NL, Files: []string{"a.yaml", "b.yaml"}, Format: "json"}, ""},
		{"council", []string{"council", "a.yaml"}, nil, &councilOptions{Lang: texts.NL, Answers: "a.yaml", Format: "md"}, ""},
		{"council public word", []string{"council", "a.yaml", "--public", "-o", "raadsvragen.docx"}, nil, &councilOptions{Lang: texts.NL, Answers: "a.yaml", Out: "raadsvragen.docx", Format: "docx", Public: true}, ""},
		{"council --format json", []string{"council", "a.yaml", "--format", "json", "--public"}, nil, &councilOptions{Lang: texts.NL, Answers: "a.yaml", Format: "json", Public: true}, ""},
		{"validate stdin", []string{"validate", "--questions", "-"}, nil, &validateOptions{Lang: texts.NL, Questions: "-"}, ""},
		{"config questionnaire", []string{"validate"}, cfg, &validateOptions{Lang: texts.NL, Questions: "/etc/soeverein/vragen.yaml"}, ""},
		{"--questions wins over the config", []string{"validate", "--questions", "mijn.yaml"}, cfg, &validateOptions{Lang: texts.NL, Questions: "mijn.yaml"}, ""},
		{"config language", []string{"version"}, &config{Lang: texts.EN}, &versionOptions{Lang: texts.EN}, ""},
		{"SOEVEREIN_LANG wins over the file", []string{"version"}, &config{Lang: texts.EN, EnvLang: texts.NL}, &versionOptions{Lang: texts.NL}, ""},
		{"--lang wins over SOEVEREIN_LANG", []string{"version", "--lang", "en"}, &config{EnvLang: texts.NL}, &versionOptions{Lang: texts.EN}, ""},
		{"--version", []string{"--version"}, nil, &versionOptions{Lang: texts.NL}, ""},
		{"help", []string{"help"}, nil, &helpOptions{Lang: texts.NL}, ""},
		{"help of a command", []string{"help", "score", "--lang", "en"}, nil, &helpOptions{Lang: texts.EN, Command: "score"}, ""},
		{"--help of a command", []string{"report", "--help"}, nil, &helpOptions{Lang: texts.NL, Command: "report"}, ""},
		{"-h", []string{"compare", "-h"}, nil, &helpOptions{Lang: texts.NL, Command: "compare"}, ""},
		{"completion", []string{"completion", "fish"}, nil, &completionOptions{Lang: texts.NL, Shell: "fish"}, ""},
		{"man", []string{"man"}, nil, &manOptions{Lang: texts.NL}, ""},
		{"config", []string{"config"}, nil, &configOptions{Lang: texts.NL}, ""},

		{"unknown command", []string{"bogus"}, nil, nil, "unknown command bogus; run `soeverein help` for the list of commands"},
		{"unknown flag", []string{"score", "--csv", "a.yaml"}, nil, nil, "score: unknown option -csv; run `soeverein score --help`"},
		{"flag without value", []string{"report", "a.yaml", "-o"}, nil, nil, "report: option -o needs a value; run `soeverein report --help`"},
		{"bad bool", []string{"score", "--json=misschien", "a.yaml"}, nil, nil, "score: option -json takes no value of this kind; run `soeverein score --help`"},
		{"unknown language", []string{"score", "--lang", "de", "a.yaml"}, nil, nil, "unknown language de: choose nl (Nederlands) or en (English)"},
		{"score without file", []string{"score"}, nil, nil, "score needs one answers file, for example: soeverein score soeverein-GM0363-2026.yaml"},
		{"compare one file", []string{"compare", "a.yaml"}, nil, nil, "compare needs two or more answers files of one municipality, for example: soeverein compare soeverein-GM0363-2025.yaml soeverein-GM0363-2026.yaml"},
		{"survey two files", []string{"survey", "a.yaml", "b.yaml"}, nil, nil, "survey takes one answers file, not 2; run `soeverein survey --help`"},
		{"version with an argument", []string{"version", "x"}, nil, nil, "version takes no arguments; run `soeverein version --help`"},
		{"stdin twice", []string{"compare", "-", "-"}, nil, nil, "compare: - (standard input) can stand for one file only"},
		{"stdin where nothing is read", []string{"survey", "-"}, nil, nil, "survey reads no file, so - (standard input) means nothing here"},
		{"unknown shell", []string{"completion", "tcsh"}, nil, nil, "completion: unknown shell tcsh; choose one of bash, zsh, fish, powershell"},
		{"help of an unknown command", []string{"help", "bogus"}, nil, nil, "unknown command bogus; run `soeverein help` for the list of commands"},
		{"report unknown format", []string{"report", "a.yaml", "--format", "rtf"}, nil, nil, "report: unknown format rtf; choose md, html, docx, odt, pdf or json"},
		{"report as text", []string{"report", "a.yaml", "--format", "text"}, nil, nil, "report does not write text; choose md, html, docx, odt, pdf or json"},
		{"compare unknown format", []string{"compare", "a.yaml", "b.yaml", "--format", "csv"}, nil, nil, "compare: unknown format csv; choose text, md, html, docx, odt, pdf or json"},
		{"compare --json and --format md", []string{"compare", "a.yaml", "b.yaml", "--json", "--format", "md"}, nil, nil, "compare: --json and --format md contradict each other; give one"},
		{"compare word to the screen", []string{"compare", "a.yaml", "b.yaml", "--format", "docx"}, nil, nil, "compare: a docx file cannot go to the screen; give -o, for example -o trend.docx"},
		{"council as text", []string{"council", "a.yaml", "--format", "text"}, nil, nil, "council does not write text; choose md, html, docx, odt, pdf or json"},
		{"council pdf to the screen", []string{"council", "a.yaml", "--format", "pdf"}, nil, nil, "council: a pdf file cannot go to the screen; give -o, for example -o raadsvragen.pdf"},
		{"report word to the screen", []string{"report", "a.yaml", "--format", "docx"}, nil, nil, "report: a docx file cannot go to the screen; give -o, for example -o rapport.docx"},
		{"report pdf to -o -", []string{"report", "a.yaml", "--format", "pdf", "-o", "-"}, nil, nil, "report: a pdf file cannot go to the screen; give -o, for example -o rapport.pdf"},
		{"report public json", []string{"report", "a.yaml", "--public", "-o", "p.json"}, nil, nil, "report: there is no public version in JSON: JSON holds every note and piece of evidence; choose md, html, docx, odt or pdf with --public"},
		{"survey unknown format", []string{"survey", "--formats", "docx,rtf"}, nil, nil, "survey: unknown report format rtf in --formats; choose from md, html, docx, odt, pdf"},
		{"survey json is no report", []string{"survey", "--formats", "json"}, nil, nil, "survey: unknown report format json in --formats; choose from md, html, docx, odt, pdf"},
		{"verify one file", []string{"verify", "rapport.docx"}, nil, nil, "verify needs a report and an answers file, for example: soeverein verify rapport.docx soeverein-GM0363-2026.yaml"},
		{"verify three files", []string{"verify", "r.md", "a.yaml", "b.yaml"}, nil, nil, "verify needs a report and an answers file, for example: soeverein verify rapport.docx soeverein-GM0363-2026.yaml"},
		{"schema without a name", []string{"schema"}, nil, nil, "schema needs one of questionnaire, answers, score, for example: soeverein schema questionnaire > soeverein-questionnaire.schema.json"},
		{"schema of a report", []string{"schema", "report"}, nil, nil, "schema needs one of questionnaire, answers, score, for example: soeverein schema questionnaire > soeverein-questionnaire.schema.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseCommandLine(tt.args, tt.cfg)
			if tt.err != "" {
				var ce *cmdError
				if err == nil || !errors.As(err, &ce) || !ce.usage || ce.Text(texts.EN) != tt.err {
					t.Fatalf("parse %q: %v, %#v; want the usage error %q", tt.args, err, got, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("parse %q: %v", tt.args, err)
			}
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported()); diff != "" {
				t.Errorf("parse %q (-want +got):\n%s", tt.args, diff)
			}
		})
	}
}

// TestCommandTable checks the table itself: every text a key of the
// catalog, flags unique, and a usage text in every language that names
// every flag.
func TestCommandTable(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range commandTable() {
		if seen[c.Name] {
			t.Errorf("command %s twice", c.Name)
		}
		seen[c.Name] = true
		flags := map[string]bool{}
		for _, f := range c.allFlags() {
			if flags[f.Name] {
				t.Errorf("%s: flag %s twice", c.Name, f.Name)
			}
			flags[f.Name] = true
			if f.Help == "" || f.Kind != boolFlag && f.Name != "lang" && f.Value == "" {
				t.Errorf("%s: flag %s lacks its help or value placeholder", c.Name, f.Name)
			}
		}
		for _, l := range texts.Languages() {
			u := commandUsage(c, l)
			for _, f := range c.allFlags() {
				if !strings.Contains(u, flagName(f.Name)) {
					t.Errorf("%s --help --lang %s does not name %s:\n%s", c.Name, l, flagName(f.Name), u)
				}
			}
			for _, line := range strings.Split(u, "\n") {
				if n := len([]rune(line)); n > 80 {
					t.Errorf("%s --help --lang %s: line of %d columns: %q", c.Name, l, n, line)
				}
			}
		}
	}
}

// TestBashCompletion sources the generated script in bash and completes a
// few partial command lines, as Tab would.
func TestBashCompletion(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	dir := t.TempDir()
	for _, f := range []string{"soeverein-GM0363-2025.yaml", "soeverein-GM0363-2026.yaml", "notes.txt"} {
		if err := os.WriteFile(filepath.Join(dir, f), nil, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "archief"), 0o700); err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(dir, "completion.bash")
	if err := os.WriteFile(script, []byte(bashCompletion()), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		line string // the words typed; the last one is being completed
		want []string
	}{
		{"soeverein sc", []string{"schema", "score"}},
		{"soeverein schema ", []string{"answers", "questionnaire", "score"}},
		{"soeverein report --format ", []string{"docx", "html", "json", "md", "odt", "pdf"}},
		{"soeverein v", []string{"validate", "verify", "version"}},
		{"soeverein c", []string{"compare", "completion", "config", "council"}},
		{"soeverein score --", []string{"--help", "--json", "--lang", "--questions"}},
		{"soeverein report --p", []string{"--previous", "--public"}},
		{"soeverein questions --p", []string{"--plain"}},
		{"soeverein score soe", []string{"soeverein-GM0363-2025.yaml", "soeverein-GM0363-2026.yaml"}},
		{"soeverein compare soeverein-GM0363-2025.yaml ", []string{"archief", "soeverein-GM0363-2025.yaml", "soeverein-GM0363-2026.yaml"}},
		{"soeverein score --lang ", []string{"en", "nl"}},
		{"soeverein completion ", []string{"bash", "fish", "powershell", "zsh"}},
		{"soeverein help sc", []string{"schema", "score"}},
		{"soeverein --acc", []string{"--accessible"}},
		{"soeverein version ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			words := strings.Fields(tt.line)
			if strings.HasSuffix(tt.line, " ") {
				words = append(words, "")
			}
			var quoted []string
			for _, w := range words {
				quoted = append(quoted, "'"+w+"'")
			}
			prog := "source " + script + "\nCOMP_WORDS=(" + strings.Join(quoted, " ") + ")\nCOMP_CWORD=" +
				strconv.Itoa(len(words)-1) + "\n_soeverein\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n"
			cmd := exec.Command(bash, "--norc", "--noprofile", "-c", prog)
			cmd.Dir = dir
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("bash: %v\n%s", err, out)
			}
			var got []string
			for _, w := range strings.Split(string(out), "\n") {
				if w != "" {
					got = append(got, w)
				}
			}
			slices.Sort(got)
			got = slices.Compact(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("%q completes to %q, want %q", tt.line, got, tt.want)
			}
		})
	}
}
