package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	years      = "../../testdata/years/"
	compareOld = years + "questions-2025.1.yaml"
	compareNew = years + "questions-2027.1.yaml"
	year2025   = years + "soeverein-GM9947-2025.yaml"
	year2026   = years + "soeverein-GM9947-2026.yaml"
	year2027   = years + "soeverein-GM9947-2027.yaml"
)

// runArgs runs `soeverein args...` with buffers for streams.
func runArgs(args ...string) (stdout, stderr string, code int) {
	var out, errw bytes.Buffer
	e := &env{ctx: context.Background(), stdin: strings.NewReader(""), stdout: &out, stderr: &errw, getenv: func(string) string { return "" }}
	code = exitCode(runTest(e, args), &errw)
	return out.String(), errw.String(), code
}

func TestCompareTable(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		golden string
	}{
		{"dutch, versions known, any order", []string{year2027, year2025, "--questions", compareNew, "--known", compareOld, year2026}, "three-years.nl.txt"},
		{"english, older version unknown", []string{"--lang", "en", year2026, year2027, "--questions=" + compareNew}, "unknown-version.en.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runArgs(append([]string{"compare"}, tt.args...)...)
			if code != exitOK {
				t.Fatalf("compare %v: exit code %d, want 0; stderr:\n%s", tt.args, code, stderr)
			}
			if stderr != "" {
				t.Errorf("stderr = %q, want nothing", stderr)
			}
			// The table is reports.CompareText's, whose goldens are in
			// reports/testdata/compare.
			want, err := os.ReadFile("../../reports/testdata/compare/" + tt.golden)
			if err != nil {
				t.Fatal(err)
			}
			if stdout != string(want) {
				t.Errorf("compare %v differs from reports/testdata/compare/%s:\n%s", tt.args, tt.golden, stdout)
			}
		})
	}
}

func TestCompareReportToFile(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		t.Run(lang, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "trend.md")
			stdout, stderr, code := runArgs("compare", year2025, year2026, year2027, "-o", out, "--lang", lang, "--questions", compareNew, "--known", compareOld)
			if code != exitOK {
				t.Fatalf("exit code %d, want 0; stderr:\n%s", code, stderr)
			}
			if stdout != "" {
				t.Errorf("stdout = %q, want nothing with -o", stdout)
			}
			if !strings.Contains(stderr, out) {
				t.Errorf("stderr = %q, want it to name %s", stderr, out)
			}
			got, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			// The reports package has the golden trend report of the same
			// comparison; the command must write exactly that.
			want, err := os.ReadFile("../../reports/testdata/trend/dijkhoven." + lang + ".md")
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("trend report differs from reports/testdata/trend/dijkhoven.%s.md", lang)
			}
			if info, err := os.Stat(out); err == nil && info.Mode().Perm() != 0o600 {
				t.Errorf("trend report mode %v, want 0600", info.Mode().Perm())
			}
		})
	}
}

func TestCompareReportToStdout(t *testing.T) {
	stdout, _, code := runArgs("compare", year2026, year2027, "-o", "-", "--questions", compareNew)
	if code != exitOK || !strings.HasPrefix(stdout, "---\ntitle: \"Ontwikkeling digitale soevereiniteit 2026–2027: Gemeente Dijkhoven\"\n") {
		t.Errorf("compare -o -: exit code %d, stdout starts %q; want 0 and the Dutch trend report", code, firstLine(stdout))
	}
}

func TestCompareJSON(t *testing.T) {
	stdout, stderr, code := runArgs("compare", year2027, year2025, year2026, "--json", "--questions", compareNew, "--known", compareOld)
	if code != exitOK {
		t.Fatalf("exit code %d, want 0; stderr:\n%s", code, stderr)
	}
	var got struct {
		CBSCode string `json:"cbs_code"`
		Years   []struct {
			Label      string `json:"label"`
			MatchedBy  string `json:"matched_by"`
			OwnVersion *struct {
				Version string `json:"version"`
			} `json:"own_version"`
		} `json:"years"`
		Overall struct {
			Changes []struct {
				Total         float64 `json:"total"`
				Better        float64 `json:"answers_better"`
				Worse         float64 `json:"answers_worse"`
				NewlyAnswered float64 `json:"newly_answered"`
				Questionnaire float64 `json:"questionnaire"`
			} `json:"changes"`
		} `json:"overall"`
		Steps []struct {
			Answers []struct {
				Question string `json:"question"`
				Kind     string `json:"kind"`
			} `json:"answers"`
		} `json:"steps"`
		StillWeak []json.RawMessage `json:"still_weak"`
		Gone      []struct {
			Question string `json:"question"`
		} `json:"gone"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, stdout)
	}
	if got.CBSCode != "GM9947" || len(got.Years) != 3 || got.Years[0].Label != "2025" || got.Years[2].Label != "2027" {
		t.Fatalf("cbs_code %q, years %+v; want GM9947 and 2025, 2026, 2027 in order", got.CBSCode, got.Years)
	}
	if y := got.Years[0]; y.MatchedBy != "sha256" || y.OwnVersion == nil || y.OwnVersion.Version != "2025.1" {
		t.Errorf("2025: matched by %q, own version %+v; want sha256, 2025.1", y.MatchedBy, y.OwnVersion)
	}
	if len(got.Overall.Changes) != 2 || len(got.Steps) != 2 {
		t.Fatalf("%d overall changes, %d steps; want 2 of each", len(got.Overall.Changes), len(got.Steps))
	}
	for i, c := range got.Overall.Changes {
		if sum := c.Better + c.Worse + c.NewlyAnswered + c.Questionnaire; math.Round(sum*10) != math.Round(c.Total*10) {
			t.Errorf("step %d: parts add up to %v, total %v", i, sum, c.Total)
		}
	}
	if len(got.Gone) != 1 || got.Gone[0].Question != "exit.restore_test" || len(got.StillWeak) == 0 {
		t.Errorf("gone %+v, %d still weak; want exit.restore_test gone and some still weak", got.Gone, len(got.StillWeak))
	}
	if strings.Contains(stdout, `\u003c`) {
		t.Error("JSON escapes < in the user's notes; want them readable")
	}
}

func TestCompareJSONToFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "trend.json")
	if _, stderr, code := runArgs("compare", year2026, year2027, "--json", "-o", out); code != exitOK {
		t.Fatalf("exit code %d; stderr:\n%s", code, stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !json.Valid(data) {
		t.Errorf("%s is not JSON", out)
	}
}

func TestCompareErrors(t *testing.T) {
	dir := t.TempDir()
	other := filepath.Join(dir, "other.yaml")
	data, err := os.ReadFile(year2026)
	if err != nil {
		t.Fatal(err)
	}
	changed := strings.Replace(strings.Replace(string(data), "GM9947", "GM9948", 1), "name: Gemeente Dijkhoven", "name: Gemeente Elders", 1)
	if err := os.WriteFile(other, []byte(changed), 0o600); err != nil {
		t.Fatal(err)
	}
	broken := filepath.Join(dir, "broken.yaml")
	if err := os.WriteFile(broken, []byte("format: 1\nkind: soeverein-answers\nperiod: {year: nineteen}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"one file", []string{year2025}, exitUsage, "compare heeft twee of meer antwoordenbestanden"},
		{"no files", nil, exitUsage, "compare heeft twee of meer antwoordenbestanden"},
		{"other municipality", []string{year2027, other}, exitError,
			"soeverein-GM9947-2027.yaml gaat over Gemeente Dijkhoven (GM9947), other.yaml over Gemeente Elders (GM9948): vergelijk bestanden van één gemeente"},
		{"other municipality, english", []string{"--lang=en", year2027, other}, exitError, "compare files of one municipality"},
		{"same file twice", []string{year2026, year2026}, exitError, "gaan over dezelfde periode (2026, peildatum 2026-11-01)"},
		{"same file twice, english", []string{"--lang=en", year2026, year2026}, exitError, "describe the same period (2026, reference date 2026-11-01)"},
		{"missing file", []string{year2026, filepath.Join(dir, "nope.yaml")}, exitError, "nope.yaml"},
		{"broken file", []string{year2026, broken}, exitError, "broken.yaml:3:"},
		{"unknown flag", []string{"--frobnicate", year2025, year2026}, exitUsage, "zie `soeverein compare --help`"},
		{"language", []string{"--lang", "de", year2025, year2026}, exitUsage, "onbekende taal de: kies nl (Nederlands) of en (English)"},
		{"overwrite an answers file", []string{year2025, year2026, "-o", year2026}, exitUsage, "zou " + year2026 + " overschrijven, dat het leest"},
		{"missing known file", []string{year2025, year2026, "--known", filepath.Join(dir, "old.yaml")}, exitError, "old.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runArgs(append([]string{"compare"}, tt.args...)...)
			if code != tt.code || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("compare %v: exit code %d, stderr %q; want %d and %q", tt.args, code, stderr, tt.code, tt.stderr)
			}
			if stdout != "" {
				t.Errorf("stdout = %q, want nothing on an error", stdout)
			}
			if strings.Contains(stderr, "goroutine") || strings.Contains(stderr, "panic") {
				t.Errorf("stderr shows a Go stack trace:\n%s", stderr)
			}
		})
	}
}

func TestCompareHelp(t *testing.T) {
	for _, args := range [][]string{{"compare", "--help"}, {"help", "compare"}, {"compare", "-h", "--lang", "en"}} {
		stdout, _, code := runArgs(args...)
		if code != exitOK || !strings.Contains(stdout, "--known") || !strings.Contains(stdout, "compare") {
			t.Errorf("%v: exit code %d, stdout %q; want 0 and the usage of compare", args, code, firstLine(stdout))
		}
	}
	if stdout, _, _ := runArgs("compare", "--help", "--lang", "en"); !strings.HasPrefix(stdout, "Usage:") {
		t.Errorf("English help starts %q, want Usage:", firstLine(stdout))
	}
}

func TestReportWithPrevious(t *testing.T) {
	stdout, stderr, code := runArgs("report", year2027, "--previous", year2026, "--questions", compareNew)
	if code != exitOK {
		t.Fatalf("exit code %d, want 0; stderr:\n%s", code, stderr)
	}
	section := "\n# Ontwikkeling sinds 2026\n\nVergeleken met de zelfevaluatie van 2026 (peildatum 1 november 2026) is de score gestegen: van 18,5 naar 25,3 punten (+6,8)."
	if !strings.Contains(stdout, section) {
		t.Errorf("report lacks the section on 2026:\n%s", section)
	}
	if !strings.Contains(stdout, "Met welke versie 2026 is ingevuld, is niet bekend") {
		t.Error("without --known the report does not say that last year's version is unknown")
	}
	known, _, _ := runArgs("report", year2027, "--previous", year2026, "--questions", compareNew, "--known", compareOld)
	if !strings.Contains(known, "In het rapport van 2026 stond 18,6, berekend met versie 2025.1") {
		t.Error("with --known the report does not give last year's score as reported")
	}
	if i, j := strings.Index(stdout, "\n# Samenvatting"), strings.Index(stdout, "\n# Ontwikkeling sinds"); i < 0 || j < i {
		t.Error("the section on 2026 does not follow the summary")
	}

	plain, _, _ := runArgs("report", year2027, "--questions", compareNew)
	if strings.Contains(plain, "## Ontwikkeling sinds") {
		t.Error("report without --previous has a section on the year before")
	}
}

func TestReportPreviousErrors(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"previous is newer", []string{year2026, "--previous", year2027}, exitUsage, "is nieuwer dan"},
		{"previous is the file itself", []string{year2026, "--previous", year2026}, exitUsage, "is het antwoordenbestand zelf"},
		{"previous is missing", []string{year2026, "--previous", "nope.yaml"}, exitError, "nope.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runArgs(append([]string{"report", "--questions", compareNew}, tt.args...)...)
			if code != tt.code || !strings.Contains(stderr, tt.stderr) || stdout != "" {
				t.Errorf("report %v: exit code %d, stderr %q, %d bytes on stdout; want %d, %q and no report", tt.args, code, stderr, len(stdout), tt.code, tt.stderr)
			}
		})
	}
}

func BenchmarkCompareCommand(b *testing.B) {
	for b.Loop() {
		if _, stderr, code := runArgs("compare", year2025, year2026, year2027, "-o", "-", "--questions", compareNew, "--known", compareOld); code != exitOK {
			b.Fatal(stderr)
		}
	}
}
