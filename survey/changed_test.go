package survey

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"soeverein/assessment"
)

// colleagueEdits changes the answers file as a colleague (or a OneDrive
// sync) would while the survey has it open: exit.tested answered, a note
// on cloud.mail, a comment at the top.
func colleagueEdits(t *testing.T, path string, q *assessment.Questionnaire) []byte {
	t.Helper()
	a := loadAnswers(t, path, q)
	a.Answers["exit.tested"] = &assessment.Answer{Choice: "recent"}
	if a.Answers["cloud.mail"] == nil {
		a.Answers["cloud.mail"] = &assessment.Answer{}
	}
	a.Answers["cloud.mail"].Note = "Van de collega"
	data, err := assessment.MarshalAnswers(a)
	if err != nil {
		t.Fatal(err)
	}
	data = append([]byte("# Bijgewerkt door de collega.\n"), data...)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return data
}

// TestChangedOnDiskAsks: a save refused because the file changed on disk
// asks what to do, shows which answers differ, and does what was chosen.
func TestChangedOnDiskAsks(t *testing.T) {
	q := testQuestionnaire(t)
	for _, choice := range []string{"o", "r", "s", "esc"} {
		t.Run(choice, func(t *testing.T) {
			path := newAnswersFile(t, t.TempDir(), q, nil)
			m := newModel(t, Options{Path: path}, 100, 30)
			defer m.saver.Close()
			press(m, "2") // cloud.mail: eu, saved
			if a := loadAnswers(t, path, q); a.Get("cloud.mail").Choice != "eu" {
				t.Fatal("first answer not saved")
			}
			edited := colleagueEdits(t, path, q)
			press(m, "5", "0", "enter") // exit.share: 50, refused
			mustContain(t, m, "Het bestand is op schijf gewijzigd", filepath.Base(path)+" is gewijzigd op",
				"cloud.mail · Waar staat de e-mail", "exit.share · Voor welk percentage", "exit.tested · Is het exitplan getest?", "o  het bestand overschrijven", "r  het bestand opnieuw laden")
			if got, _ := os.ReadFile(path); !bytes.Equal(got, edited) {
				t.Fatal("the colleague's change was written over before the user chose")
			}
			press(m, choice)
			a := loadAnswers(t, path, q)
			switch choice {
			case "o":
				if got, _ := os.ReadFile(path); *a.Get("exit.share").Value != 50 || a.Get("exit.tested") != nil || a.Get("cloud.mail").Note != "" {
					t.Errorf("overwrite: file holds\n%s\nscreen:\n%s", got, screenText(m))
				}
			case "r":
				got, _ := os.ReadFile(path)
				if *a.Get("exit.share").Value != 50 || a.Get("exit.tested").Choice != "recent" || a.Get("cloud.mail").Note != "Van de collega" || !strings.HasPrefix(string(got), "# Bijgewerkt door de collega.\n") {
					t.Errorf("reload: file holds\n%s", got)
				}
				mustContain(t, m, "Bestand opnieuw geladen; uw antwoorden staan erbovenop.")
			case "s":
				mustContain(t, m, "Opslaan als", filepath.Base(strings.TrimSuffix(path, ".yaml"))+"-20261120-140500.yaml")
				fallthrough
			case "esc":
				if got, _ := os.ReadFile(path); !bytes.Equal(got, edited) {
					t.Error("the colleague's change was written over")
				}
			}
			if choice == "esc" {
				press(m, "left", "1") // asked once per file: no second question
				mustNotContain(t, m, "Het bestand is op schijf gewijzigd")
			}
		})
	}
}

// editingWriter is the output of the accessible mode; when it shows the
// text trigger, a colleague changes the file (once), at a fixed point of
// the survey.
type editingWriter struct {
	buf     bytes.Buffer // not embedded: its WriteString would bypass Write
	trigger string
	edit    func()
}

func (w *editingWriter) String() string { return w.buf.String() }

func (w *editingWriter) Write(p []byte) (int, error) {
	n, err := w.buf.Write(p)
	if w.edit != nil && strings.Contains(w.buf.String(), w.trigger) {
		w.edit()
		w.edit = nil
	}
	return n, err
}

// TestAccessibleChangedOnDisk: at a terminal the accessible mode asks the
// same question, numbered; a script never overwrites the change and saves
// the answers beside the file.
func TestAccessibleChangedOnDisk(t *testing.T) {
	q := testQuestionnaire(t)
	for _, scripted := range []bool{false, true} {
		path := newAnswersFile(t, t.TempDir(), q, nil)
		var edited []byte
		out := &editingWriter{trigger: "Voor welk percentage", edit: func() { edited = colleagueEdits(t, path, q) }}
		in := strings.NewReader("2\n\n40\n\n3\n\n")
		if err := RunAccessible(context.Background(), out, in, Options{Questionnaire: q, Path: path, Now: fixedNow, Echo: scripted}); err != nil {
			t.Fatalf("RunAccessible: %v\n%s", err, out.String())
		}
		a := loadAnswers(t, path, q)
		if scripted {
			if got, _ := os.ReadFile(path); !bytes.Equal(got, edited) || strings.Contains(out.String(), "Kies 1-3") {
				t.Errorf("script: the change was written over, or asked about:\n%s", out.String())
			}
			aside := strings.TrimSuffix(path, ".yaml") + "-20261120-140500.yaml"
			if b := loadAnswers(t, aside, q); b.Get("exit.share") == nil || *b.Get("exit.share").Value != 40 {
				t.Errorf("script: answers not saved aside in %s", aside)
			}
			continue
		}
		if !strings.Contains(out.String(), "Antwoorden die verschillen tussen het bestand en de vragenlijst: cloud.mail,\nexit.share, exit.tested\n") ||
			!strings.Contains(out.String(), "3. het bestand opnieuw laden") || !strings.Contains(out.String(), "Kies 1-3 (Enter = later beslissen): Bestand opnieuw geladen") {
			t.Errorf("terminal: no numbered question:\n%s", out.String())
		}
		if a.Get("exit.share") == nil || *a.Get("exit.share").Value != 40 || a.Get("exit.tested").Choice != "recent" || a.Get("cloud.mail").Note != "Van de collega" {
			t.Errorf("terminal, reload: file holds %+v\n%s", a.Answers, out.String())
		}
	}
}

// TestChangedOnDiskAsksAgainAfterADecision: once the user has overwritten
// or reloaded, a new change on disk brings the question again; only
// "decide later" keeps it away for that file.
func TestChangedOnDiskAsksAgainAfterADecision(t *testing.T) {
	q := testQuestionnaire(t)
	for _, choice := range []string{"o", "r"} {
		t.Run(choice, func(t *testing.T) {
			path := newAnswersFile(t, t.TempDir(), q, nil)
			m := newModel(t, Options{Path: path}, 100, 30)
			defer m.saver.Close()
			press(m, "2")
			colleagueEdits(t, path, q)
			press(m, "5", "0", "enter")
			mustContain(t, m, "Het bestand is op schijf gewijzigd")
			press(m, choice)
			mustNotContain(t, m, "Het bestand is op schijf gewijzigd")
			if m.sess.SaveError() != nil {
				t.Fatalf("the save after %q failed: %v", choice, m.sess.SaveError())
			}
			data, _ := os.ReadFile(path)
			if err := os.WriteFile(path, append(data, "# Nog een wijziging.\n"...), 0o600); err != nil {
				t.Fatal(err)
			}
			press(m, "1") // exit.tested: never, refused
			mustContain(t, m, "Het bestand is op schijf gewijzigd")
		})
	}
}

// TestAccessibleChangedOnDiskAtTheLastQuestion: a file changed while the
// last question is answered is asked about before the overview, not
// after it (the overview used to come first, as if all was saved).
func TestAccessibleChangedOnDiskAtTheLastQuestion(t *testing.T) {
	q := testQuestionnaire(t)
	path := newAnswersFile(t, t.TempDir(), q, nil)
	out := &editingWriter{trigger: "Vraag 4 van 4", edit: func() { colleagueEdits(t, path, q) }}
	in := strings.NewReader("2\n\n\n1\n\n3\n\nq\n")
	if err := RunAccessible(context.Background(), out, in, Options{Questionnaire: q, Path: path, Now: fixedNow}); err != nil {
		t.Fatalf("RunAccessible: %v\n%s", err, out.String())
	}
	ask, overview := strings.Index(out.String(), "Kies 1-3"), strings.Index(out.String(), "Overzicht:")
	if ask < 0 || overview < 0 || ask > overview {
		t.Errorf("the question about the changed file (at %d) does not come before the overview (at %d):\n%s", ask, overview, out.String())
	}
	if a := loadAnswers(t, path, q); a.Get("exit.tested") == nil || a.Get("exit.tested").Choice != "never" || a.Get("cloud.mail").Note != "Van de collega" {
		t.Errorf("after reloading, the file holds %+v", a.Answers)
	}
}

// TestChangedOnDiskWaitsForTheTextField: when the file has been read but
// the user opened a note meanwhile, the question does not take the note
// away; the next refused save asks.
func TestChangedOnDiskWaitsForTheTextField(t *testing.T) {
	q := testQuestionnaire(t)
	path := newAnswersFile(t, t.TempDir(), q, nil)
	m := newModel(t, Options{Path: path}, 100, 30)
	defer m.saver.Close()
	press(m, "o") // the note editor
	disk := loadAnswers(t, path, q)
	m.changed.asked = map[string]bool{path: true}
	m.Update(diskChangedMsg{path: path, disk: disk})
	if m.screen != screenNote {
		t.Fatalf("screen %v after the file was read, want the note editor still", m.screen)
	}
	if m.changed.asked[path] {
		t.Error("the file counts as asked about, so the next refused save would not ask")
	}
}
