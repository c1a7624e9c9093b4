package survey

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"soeverein/assessment"
	"soeverein/safetext"
	"soeverein/texts"
)

// ConflictSide is one of the two answers of a conflict, as lines to show.
type ConflictSide struct {
	Title string
	Lines []string
}

// ConflictView is what a screen or a prompt shows of one conflict.
type ConflictView struct {
	Title    string // "Conflict 1 of 3"
	Theme    string
	Question string // the question's text and id
	Kind     string
	Main     ConflictSide
	Part     ConflictSide
}

// ViewConflict describes conflict i of n in the user's language.
func ViewConflict(q *assessment.Questionnaire, c assessment.Conflict, i, n int, lang string) ConflictView {
	t := texts.Lang(lang)
	v := ConflictView{Title: t.T(texts.SurveyRespConflictTitle, texts.Int("number", i+1), texts.Int("count", n)), Kind: t.T(texts.SurveyRespKindTwoFiles), Question: c.Question}
	if c.Kind == assessment.ChangedInMain {
		v.Kind = t.T(texts.SurveyRespKindChangedMain)
	}
	qu := q.Question(c.Question)
	if qu != nil {
		v.Question = cleanText(qu.Text.In(lang) + " (" + qu.ID + ")")
		if th := q.ThemeOf(qu.ID); th != nil {
			v.Theme = cleanText(th.Title.In(lang))
		}
	}
	v.Main = ConflictSide{Title: t.T(texts.SurveyRespMainSide), Lines: sideLines(t, lang, qu, c.Main)}
	v.Part = ConflictSide{Title: t.T(texts.SurveyRespPartSide, texts.A("person", cleanText(c.PartPerson))), Lines: sideLines(t, lang, qu, c.Part)}
	v.Part.Lines = append(v.Part.Lines, t.T(texts.SurveyRespFileLabel)+": "+cleanText(c.PartFile))
	return v
}

func sideLines(t texts.Lang, lang string, qu *assessment.Question, ans *assessment.Answer) []string {
	c := texts.Lang(lang)
	text := t.T(texts.SurveyRespNoAnswer)
	switch {
	case qu != nil && ans.HasAnswer():
		text = describeAnswer(c, lang, qu, ans)
	case ans.HasAnswer():
		text = describeRaw(ans)
	}
	lines := []string{cleanText(text)}
	if ans != nil && ans.Note != "" {
		lines = append(lines, t.T(texts.SurveyRespNoteLabel)+": "+cleanText(ans.Note))
	}
	if ans != nil && len(ans.Evidence) > 0 {
		lines = append(lines, t.T(texts.SurveyRespEvidenceLabel)+": "+cleanText(strings.Join(ans.Evidence, "; ")))
	}
	by, at := t.T(texts.SurveyRespByUnknown), t.T(texts.SurveyRespByUnknown)
	if ans != nil && ans.AnsweredBy != "" {
		by = cleanText(ans.AnsweredBy)
	}
	if ans != nil && ans.AnsweredAt != "" {
		at = cleanText(stampText(ans.AnsweredAt, lang))
	}
	return append(lines, t.T(texts.SurveyRespByAt,

		// stampText writes an answered_at time for people: 21-11-2026 10:00.
		texts.A("who", by), texts.A("when", at)))
}

func stampText(s, lang string) string {
	tm, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return s
	}
	if lang == "en" {
		return tm.Format("2006-01-02 15:04")
	}
	return tm.Format("02-01-2006 15:04")
}

// cleanText keeps a file's text from steering the terminal (control and
// hidden characters are shown, not obeyed), on one line.
func cleanText(s string) string {
	return strings.NewReplacer("\n", " ", "\t", " ").Replace(safetext.Terminal(s))
}

// ErrStopped means the user stopped deciding conflicts (q, or the end of
// the input): nothing may be written.
var ErrStopped = errors.New("stopped before every conflict was decided")

// ResolveAccessible asks, line by line, which answer to keep for each
// conflict, and returns the decisions by conflict key. It returns
// ErrStopped when the user types q or the input ends first. Give a
// *bufio.Reader to ask again later on the same input: it reads no further
// than the lines it uses.
func ResolveAccessible(w io.Writer, r io.Reader, q *assessment.Questionnaire, conflicts []assessment.Conflict, lang string) (map[string]assessment.Resolution, error) {
	t := texts.Lang(lang)
	in, ok := r.(*bufio.Reader)
	if !ok {
		in = bufio.NewReader(r)
	}
	out := map[string]assessment.Resolution{}
	for i, c := range conflicts {
		v := ViewConflict(q, c, i, len(conflicts), lang)
		fmt.Fprintf(w, "\n%s: %s\n%s\n%s\n", v.Title, v.Theme, v.Question, v.Kind)
		for k, side := range []ConflictSide{v.Main, v.Part} {
			fmt.Fprintf(w, "  %d. %s: %s\n", k+1, side.Title, side.Lines[0])
			for _, l := range side.Lines[1:] {
				fmt.Fprintf(w, "     %s\n", l)
			}
		}
		for {
			fmt.Fprint(w, t.T(texts.SurveyRespChoose))
			line, err := in.ReadString('\n')
			if err != nil && line == "" {
				fmt.Fprintln(w)
				return nil, ErrStopped
			}
			switch strings.ToLower(strings.TrimSpace(line)) {
			case "1":
				out[c.Key()] = assessment.KeepMain
				fmt.Fprintln(w, t.T(texts.SurveyRespChosen, texts.A("side", v.Main.Title)))
			case "2":
				out[c.Key()] = assessment.TakePart
				fmt.Fprintln(w, t.T(texts.SurveyRespChosen, texts.A("side", v.Part.Title)))
			case "q":
				return nil, ErrStopped
			default:
				fmt.Fprintln(w, t.T(texts.SurveyRespAskAgain))
				continue
			}
			break
		}
	}
	return out, nil
}
