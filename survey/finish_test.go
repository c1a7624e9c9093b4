package survey

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFinishSaysTheReportIsADraft: finishing with open questions writes a
// draft report (CONCEPT), and the finish screen says so with the number
// of questions still open; a complete assessment is simply finished.
func TestFinishSaysTheReportIsADraft(t *testing.T) {
	tests := []struct {
		name, lang string
		keys       []string
		want       []string
		notWant    []string
		reportHead string
	}{
		{"open questions, nl", "nl", []string{"2", "r", "f"},
			[]string{"Zelfevaluatie als CONCEPT opgeslagen", "CONCEPT: 2 van de 3 vragen zijn nog open, daarom is het rapport een concept.", "nog geen niveau: te weinig beantwoord (1 van 3)"},
			[]string{"Zelfevaluatie afgerond"}, "---\ntitle: \"CONCEPT – "},
		{"open questions, en", "en", []string{"2", "r", "f"},
			[]string{"Self-assessment saved as a DRAFT", "DRAFT: 2 of the 3 questions are still open, so the report is a draft.", "no level yet: too little answered (1 of 3)"},
			[]string{"Self-assessment finished"}, "---\ntitle: \"DRAFT – "},
		{"complete", "nl", []string{"2", "type:50", "enter", "2", "f"},
			[]string{"Zelfevaluatie afgerond"},
			[]string{"CONCEPT"}, "---\ntitle: \"Zelfevaluatie"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := newAnswersFile(t, t.TempDir(), testQuestionnaire(t), nil)
			m := newModel(t, Options{Path: path, Lang: tt.lang}, 100, 30)
			press(m, tt.keys...)
			mustContain(t, m, tt.want...)
			mustNotContain(t, m, tt.notWant...)
			report, err := os.ReadFile(ReportPath(path))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(string(report), tt.reportHead) {
				t.Errorf("report starts %q, want %q", strings.SplitN(string(report), "\n", 2)[0], tt.reportHead)
			}
		})
	}
}

// TestFinishScrollsInASmallWindow: the finish screen of the built-in
// questionnaire is longer than 80x12; pgdn shows the rest and where the
// files went.
func TestFinishScrollsInASmallWindow(t *testing.T) {
	m := startFromCautious(t, "en", 80, 12)
	press(m, "r", "f")
	checkFits(t, m, 80, 12)
	mustContain(t, m, "Self-assessment finished", "↓ more", "pg↑↓ scroll")
	mustNotContain(t, m, "Report:")
	scrollAll(t, m, "pgdown", "↓ more")
	checkFits(t, m, 80, 12)
	mustContain(t, m, "↑ more", "Report:")
	press(m, "pgup")
	mustContain(t, m, "↓ more")

	// In a window where it fits, the help does not offer to scroll.
	m.Update(resizeMsg(120, 40))
	mustNotContain(t, m, "pg↑↓", "↓ more", "↑ more")
}

// TestFinishScoresLineUp: the bars are equally long, so that the scores
// and levels stand in one column whatever the length of the level names.
func TestFinishScoresLineUp(t *testing.T) {
	m := startFromCautious(t, "nl", 80, 40)
	press(m, "r", "f")
	col := -1
	for _, l := range strings.Split(screenText(m), "\n") {
		i := strings.Index(l, "  niveau ")
		if i < 0 {
			continue
		}
		c := displayWidth(l[:i])
		if col >= 0 && c != col {
			t.Errorf("level at column %d, want %d like the rows above: %q", c, col, l)
		}
		col = c
	}
	if col < 0 {
		t.Fatalf("no levels on the finish screen:\n%s", screenText(m))
	}
}

// TestExitTextNamesEveryFile: the line after the program ends names the
// answers file and, once finished, the report (issue 14 item 4).
func TestExitTextNamesEveryFile(t *testing.T) {
	path := newAnswersFile(t, t.TempDir(), testQuestionnaire(t), nil)
	m := newModel(t, Options{Path: path}, 100, 30)
	press(m, "2")
	if got := m.ExitText(); !strings.Contains(got, "Antwoorden opgeslagen in "+path) || strings.Contains(got, "Rapport") {
		t.Errorf("ExitText() before finishing = %q, want the answers file only", got)
	}
	press(m, "r", "f")
	got := m.ExitText()
	docx := strings.TrimSuffix(ReportPath(path), ".md") + ".docx"
	for _, want := range []string{"Antwoorden opgeslagen in " + path, "Rapport geschreven in " + docx + ", " + ReportPath(path), "soeverein survey " + path} {
		if !strings.Contains(got, want) {
			t.Errorf("ExitText() after finishing = %q, want %q", got, want)
		}
	}
}

// Finishing writes the report in every format asked for (by default the
// Word file and the markdown), and the public version on request, next to
// the answers; the finish screen names each file.
func TestFinishWritesEachFormat(t *testing.T) {
	dir := t.TempDir()
	path := newAnswersFile(t, dir, testQuestionnaire(t), nil)
	m := newModel(t, Options{Path: path, ReportFormats: []string{"md", "odt", "html"}, PublicReport: true}, 100, 30)
	press(m, "2", "r", "f")
	stem := strings.TrimSuffix(path, ".yaml")
	for _, f := range []struct{ name, prefix string }{
		{stem + ".md", "---\n"}, {stem + ".odt", "PK\x03\x04"}, {stem + ".html", "<!DOCTYPE html>"},
		{stem + ".openbaar.md", "---\n"}, {stem + ".openbaar.odt", "PK\x03\x04"}, {stem + ".openbaar.html", "<!DOCTYPE html>"},
	} {
		data, err := os.ReadFile(f.name)
		if err != nil || !strings.HasPrefix(string(data), f.prefix) {
			t.Errorf("%s: %v, starts %.12q, want %q", f.name, err, data, f.prefix)
		}
		if !strings.Contains(screenText(m), filepath.Base(f.name)) {
			t.Errorf("the finish screen does not name %s", filepath.Base(f.name))
		}
	}
	if data, _ := os.ReadFile(stem + ".openbaar.md"); !strings.Contains(string(data), "Openbare versie") {
		t.Error("the public report is not marked as the public version")
	}
	if _, err := os.Stat(stem + ".docx"); err == nil {
		t.Error("finishing wrote a Word file that was not asked for")
	}
}

// TestAccessibleFinishSaysTheReportIsADraft: the accessible mode's summary
// says, like the finish screen, that a report with open questions is a
// draft, with how many questions are answered; a complete one is finished.
func TestAccessibleFinishSaysTheReportIsADraft(t *testing.T) {
	tests := []struct {
		name, lang string
		lines      []string
		want       []string
		notWant    []string
	}{
		{"open questions, nl", "nl", []string{"2", "", "", "", "j"},
			[]string{"Zelfevaluatie als CONCEPT opgeslagen CONCEPT: 2 van de 3 vragen zijn nog open (1 van 3 beantwoord), daarom is het rapport een concept."},
			[]string{"Zelfevaluatie afgerond"}},
		{"open questions, en", "en", []string{"2", "", "", "", "y"},
			[]string{"Self-assessment saved as a DRAFT DRAFT: 2 of the 3 questions are still open (1 of 3 answered), so the report is a draft."},
			[]string{"Self-assessment finished"}},
		{"complete", "nl", []string{"2", "", "50", "", "2", "", "j"},
			[]string{"Zelfevaluatie afgerond"},
			[]string{"CONCEPT"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := newAnswersFile(t, t.TempDir(), testQuestionnaire(t), nil)
			out := runScript(t, Options{Path: path, Lang: tt.lang, ReportFormats: []string{"md"}}, tt.lines...)
			out = strings.Join(strings.Fields(out), " ") // wrapped at the line width
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(out, w) {
					t.Errorf("output has %q:\n%s", w, out)
				}
			}
		})
	}
}
