package survey

import (
	"strings"
	"testing"
)

// Tests of issue 14: the survey as a new respondent meets it.

// TestPositionAndTotalStayPut: a follow-up that appears does not renumber
// the questions, and the footer says how many follow-ups are hidden
// (item 3).
func TestPositionAndTotalStayPut(t *testing.T) {
	m := newModel(t, Options{Path: newAnswersFile(t, t.TempDir(), testQuestionnaire(t), nil)}, 100, 30)
	mustContain(t, m, "vraag 1 van 4", "0 van 3 beantwoord · 1 vervolgvragen verborgen")
	press(m, "1") // a US provider: the follow-up appears
	mustContain(t, m, "vraag 2 van 4", "1 van 4 beantwoord")
	mustNotContain(t, m, "verborgen")
	press(m, "left", "2") // a European one: it goes, exit.share keeps its number
	mustContain(t, m, "Voor welk percentage", "vraag 3 van 4", "1 vervolgvragen verborgen")
}

// TestHeadKeepsTheQuestionNumber: in a narrow pane the theme name is cut,
// never the number (item 7).
func TestHeadKeepsTheQuestionNumber(t *testing.T) {
	for _, size := range [][2]int{{60, 15}, {80, 24}, {120, 40}} {
		m := startFromCautious(t, "nl", size[0], size[1])
		press(m, "t")
		for range 9 { // the last theme, "Archivering en zaaksysteem"
			press(m, "down")
		}
		press(m, "enter")
		head := strings.Split(screenText(m), "\n")[2] // under the title and its rule
		if _, right, ok := strings.Cut(head, "│ "); ok {
			head = right
		}
		if !strings.Contains(head, "· vraag ") || !strings.Contains(head, " van 59") {
			t.Errorf("%dx%d: head %q lost the question number", size[0], size[1], head)
		}
	}
}
