package survey

import (
	"path/filepath"
	"strings"
	"testing"

	"soeverein"
	"soeverein/assessment"
	"soeverein/texts"
)

func TestScrollWindow(t *testing.T) {
	tests := []struct {
		name                  string
		n, h, from, to, extra int
		want                  window
	}{
		{"fits", 5, 10, 4, 4, 0, window{shown: 5}},
		{"fits exactly", 10, 10, 9, 9, 3, window{shown: 10}},
		{"cursor near the top: more below", 20, 10, 2, 3, 0, window{shown: 9, below: true}},
		{"cursor on the last row above the marker", 20, 10, 8, 8, 0, window{shown: 9, below: true}},
		{"cursor just past it: both markers", 20, 10, 9, 9, 0, window{off: 2, shown: 8, above: true, below: true}},
		{"a row of three lines ends just above the bottom marker", 20, 10, 10, 12, 0, window{off: 5, shown: 8, above: true, below: true}},
		{"cursor at the end: only the top marker", 20, 10, 19, 19, 0, window{off: 11, shown: 9, above: true}},
		{"a row taller than the pane shows its start", 30, 6, 10, 20, 0, window{off: 10, shown: 4, above: true, below: true}},
		{"pgdn scrolls on", 20, 10, 2, 2, 4, window{off: 4, shown: 8, above: true, below: true}},
		{"pgdn stops at the end", 20, 10, 2, 2, 99, window{off: 11, shown: 9, above: true}},
		{"pgup scrolls back to the top", 20, 10, 12, 12, -99, window{shown: 9, below: true}},
		{"too small for markers", 20, 2, 7, 7, 0, window{off: 6, shown: 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := scrollWindow(tt.n, tt.h, tt.from, tt.to, tt.extra)
			if got != tt.want {
				t.Errorf("scrollWindow(%d, %d, %d, %d, %d) = %+v, want %+v", tt.n, tt.h, tt.from, tt.to, tt.extra, got, tt.want)
			}
			if rows := got.shown + b2i(got.above) + b2i(got.below); rows > tt.h {
				t.Errorf("scrollWindow(%d, %d, ...) uses %d rows", tt.n, tt.h, rows)
			}
			if lo, hi := scrollRange(tt.n, tt.h, tt.from, tt.to); tt.extra >= lo && tt.extra <= hi {
				// Within the range every step of extra shows something else.
				if next := scrollWindow(tt.n, tt.h, tt.from, tt.to, tt.extra+1); tt.extra < hi && next == got {
					t.Errorf("extra %d and %d show the same, but the range ends at %d", tt.extra, tt.extra+1, hi)
				}
			}
		})
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// startFromCautious starts a new assessment under the built-in
// questionnaire from the shared cautious fixture, in a window of w by h.
func startFromCautious(t testing.TB, lang string, w, h int) *Model {
	t.Helper()
	q, err := assessment.Parse(soeverein.DefaultQuestionnaire, soeverein.DefaultQuestionnaireName)
	if err != nil {
		t.Fatal(err)
	}
	last := filepath.Join(packageDir, "..", "testdata", "answers", "cautious.yaml")
	dir := t.TempDir()
	t.Chdir(dir)
	m := newModel(t, Options{Questionnaire: q, From: last, Dir: dir, Lang: lang}, w, h)
	press(m, "type:Piet", "enter", "type:CISO", "enter", "enter")
	if m.Session() == nil {
		t.Fatalf("no session after the form; screen:\n%s", screenText(m))
	}
	return m
}

// questionPane is the text of the question pane (right of the theme
// list) with lines joined by spaces, for finding wrapped text.
func questionPane(m *Model) string {
	var parts []string
	lines := strings.Split(screenText(m), "\n")
	for _, l := range lines {
		if _, right, ok := strings.Cut(l, "│ "); ok {
			parts = append(parts, strings.TrimSpace(right))
		}
	}
	if !m.showsSidebar() { // the question has the whole width: the body
		footer := strings.Count(m.viewFooter(), "\n") + 1
		parts = lines[2 : len(lines)-footer]
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

// checkFits fails when the screen is not exactly the window's size.
func checkFits(t *testing.T, m *Model, w, h int) {
	t.Helper()
	lines := strings.Split(screenText(m), "\n")
	if len(lines) != h {
		t.Errorf("%dx%d: %d lines, want %d; screen:\n%s", w, h, len(lines), h, screenText(m))
	}
	for i, l := range lines {
		if lw := displayWidth(l); lw > w {
			t.Errorf("%dx%d: line %d is %d wide: %q", w, h, i, lw, l)
		}
	}
}

// scrollAll presses a key until marker is gone from the screen.
func scrollAll(t *testing.T, m *Model, key, marker string) {
	t.Helper()
	for range 30 {
		if !strings.Contains(screenText(m), marker) {
			return
		}
		press(m, key)
	}
	t.Fatalf("%s 30 times: %q still on screen:\n%s", key, marker, screenText(m))
}

// TestQuestionTextStaysInView is the small terminal with --from: last
// year's answer, the hint and a long chosen option push the options down,
// and the pane scrolls to the cursor. The theme and number line and the
// whole question text must stay on screen, and the hidden parts say so.
func TestQuestionTextStaysInView(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		t.Run(lang, func(t *testing.T) {
			m := startFromCautious(t, lang, 80, 18) // low enough to scroll
			c := texts.Lang(lang)
			qu := m.Session().Current()
			theme := m.q.ThemeOf(qu.ID).Title.In(lang)
			text := strings.Join(strings.Fields(qu.Text.In(lang)), " ")
			head := theme + " · " + c.T(texts.SurveyQuestionOf, texts.Int("number", 1), texts.Int("total", len(m.q.Questions())))
			check := func(step string) {
				t.Helper()
				pane := questionPane(m)
				if !strings.Contains(pane, head) {
					t.Errorf("%s: the pane does not start with %q:\n%s", step, head, screenText(m))
				}
				if !strings.Contains(pane, text) {
					t.Errorf("%s: the pane does not show the whole question %q:\n%s", step, text, screenText(m))
				}
				checkFits(t, m, 80, 18)
			}
			// The carried-over answer is the last option: the cursor is on it.
			check("start")
			mustContain(t, m, c.T(texts.SurveyMoreAbove)+" (pgup)", "› 4 (•)")
			mustNotContain(t, m, c.T(texts.SurveyLastYearLegend))

			scrollAll(t, m, "pgup", c.T(texts.SurveyMoreAbove))
			check("pgup")
			mustContain(t, m, c.T(texts.SurveyLastYearLegend), c.T(texts.SurveyMoreBelow)+" (pgdn)")

			press(m, "i")
			scrollAll(t, m, "pgdown", c.T(texts.SurveyMoreBelow))
			check("explanation, scrolled down")
			mustContain(t, m, c.T(texts.SurveyRefs), c.T(texts.SurveyMoreAbove)+" (pgup)") // the sources come last; note and evidence sit under the options

			// One pgup is enough to scroll back up, however often pgdn was
			// pressed at the end.
			press(m, "pgdown", "pgdown", "pgup")
			mustContain(t, m, c.T(texts.SurveyMoreBelow))

			// Moving the cursor brings it back into view.
			press(m, "up")
			check("cursor up")
			mustContain(t, m, "› 3 ( )")
		})
	}
}

// TestTinyWindowClipsTheQuestion: at 80x12 the question text does not fit
// beside the options. It is cut with … and scrolls with the rest; the
// layout keeps its size.
func TestTinyWindowClipsTheQuestion(t *testing.T) {
	m := startFromCautious(t, "en", 80, 12)
	checkFits(t, m, 80, 12)
	mustContain(t, m, "Cloud services and dependency · question 1 of 66",
		"Does the municipality keep a register of all cloud", "service the country of the provider (and of its parent company) and the kind o…", "↑ more (pgup)", "› 4 (•)", "↓ more (pgdn)")

	// pgup shows the rest of the question text, without the ….
	scrollAll(t, m, "pgup", "↑ more")
	checkFits(t, m, 80, 12)
	mustContain(t, m, "Cloud services and dependency · question 1 of 66", "data it holds?")
	mustNotContain(t, m, "↑ more")
	if pane := questionPane(m); strings.Contains(pane, "…") {
		t.Errorf("the question ends in … while all of it shows: %s", pane)
	}

	// With the full help open even less is left: the screen still fits.
	press(m, "?")
	checkFits(t, m, 80, 12)
}

// TestResizeOnAQuestion keeps the head of the question in view at every
// size, also after the window changes while the question is open.
func TestResizeOnAQuestion(t *testing.T) {
	m := startFromCautious(t, "nl", 100, 30)
	press(m, "i")
	for _, size := range [][2]int{{80, 24}, {120, 40}, {80, 12}, {100, 30}, {80, 24}} {
		w, h := size[0], size[1]
		m.Update(resizeMsg(w, h))
		checkFits(t, m, w, h)
		mustContain(t, m, "Clouddiensten en afhankelijkheid · vraag 1 van 66", "Heeft de gemeente een register", "› 4 (•)")
	}
}

// TestEveryScreenFitsSmallWindows goes through every screen in the
// smallest windows the layout is drawn for.
func TestEveryScreenFitsSmallWindows(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {80, 12}, {60, 12}} {
		w, h := size[0], size[1]
		m := startFromCautious(t, "nl", w, h)
		for _, step := range [][]string{
			{}, {"i"}, {"?"}, {"?", "t"}, {"esc", "o", "type:notitie"}, {"esc", "b"}, {"esc", "r"}, {"f"}, {"pgdown"}, {"esc", "s"},
		} {
			press(m, step...)
			checkFits(t, m, w, h)
		}
	}
}

// TestExplanationScrollsIntoView: i opens the explanation below the
// options; where it would open out of view the pane scrolls to it, and i
// again closes it and goes back to the cursor.
func TestExplanationScrollsIntoView(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		t.Run(lang, func(t *testing.T) {
			c := texts.Lang(lang)
			m := startFromCautious(t, lang, 80, 24)
			mustNotContain(t, m, c.T(texts.SurveyHelpTitle))
			press(m, "i")
			mustContain(t, m, c.T(texts.SurveyHelpTitle), c.T(texts.SurveyMoreAbove))
			if pane := questionPane(m); !strings.Contains(pane, strings.Join(strings.Fields(m.Session().Current().Text.In(lang)), " ")) {
				t.Errorf("the question text is gone with the explanation open:\n%s", screenText(m))
			}
			checkFits(t, m, 80, 24)
			press(m, "i")
			mustContain(t, m, "› 4 (•)")
			mustNotContain(t, m, c.T(texts.SurveyHelpTitle))
		})
	}
}
