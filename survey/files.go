package survey

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"soeverein/texts"
	"strconv"
	"strings"
	"time"

	"soeverein/assessment"
)

// AnswersFile is an answers file found in a folder, with what the start
// screen shows about it.
type AnswersFile struct {
	Path         string
	Municipality string
	CBSCode      string
	Year         int
	Answered     int
	Total        int
	// Finished: every question answered and the report written next to
	// it; else the file is a draft.
	Finished bool
	Modified time.Time // last edited
}

// FindAnswersFiles lists the answers files (kind soeverein-answers) among
// the *.yaml files of dir, sorted by name. Files that are not answers
// files, or cannot be read, are left out.
func FindAnswersFiles(dir string, q *assessment.Questionnaire) []AnswersFile {
	paths, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
	slices.Sort(paths)
	var out []AnswersFile
	for _, p := range paths {
		a, _, err := assessment.LoadAnswers(p, nil)
		if err != nil {
			continue
		}
		// Count answers of an older questionnaire version under the
		// questions that replace them, as resuming will.
		carried, _ := q.Carried(a)
		answered, total := q.Progress(nil, carried)
		out = append(out, AnswersFile{
			Path:         p,
			Municipality: a.Municipality.Name,
			CBSCode:      a.Municipality.CBSCode,
			Year:         a.Period.Year,
			Answered:     answered,
			Total:        total,
			Finished:     answered == total && exists(ReportPath(p)),
			Modified:     modTime(p),
		})
	}
	return out
}

func modTime(path string) time.Time {
	if fi, err := os.Stat(path); err == nil {
		return fi.ModTime()
	}
	return time.Time{}
}

// Open loads an answers file to resume it. Warnings are answers kept in the
// file but not used by this questionnaire.
func Open(path string, q *assessment.Questionnaire) (*assessment.Answers, assessment.Problems, error) {
	return assessment.LoadAnswers(path, q)
}

// exists reports whether a file (or anything else) is at path.
func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil || !errors.Is(err, fs.ErrNotExist)
}

// ProposedName is the answers file name proposed for a new assessment:
// soeverein-GM0361-2026.yaml.
func ProposedName(cbs string, year int) string {
	cbs = strings.ToUpper(strings.TrimSpace(cbs))
	if cbs == "" {
		cbs = "GM0000"
	}
	return fmt.Sprintf("soeverein-%s-%d.yaml", cbs, year)
}

// NewAssessment is what the start form (or its accessible twin) asks.
type NewAssessment struct {
	Municipality, CBSCode, ReferenceDate, Year, Name, Role, File string
}

// defaults fills a NewAssessment with today's date and the proposed name.
func newAssessmentDefaults(now time.Time, file string) NewAssessment {
	n := NewAssessment{ReferenceDate: now.Format("2006-01-02"), Year: fmt.Sprint(now.Year()), File: file}
	return n
}

// fieldError is a problem with one field of the start form.
type fieldError struct {
	Field int // index in formFields
	Msg   string
}

// Check validates a NewAssessment and returns the problems per field, in
// the order of the form. fileExists reports whether a path is taken.
func (n NewAssessment) Check(c texts.Lang, fileExists func(string) bool) []fieldError {
	var errs []fieldError
	add := func(field int, msg string) { errs = append(errs, fieldError{field, msg}) }
	if strings.TrimSpace(n.Municipality) == "" {
		add(fieldMunicipality, c.T(texts.SurveyErrRequired))
	}
	if assessment.CheckCBSCode(normCBS(n.CBSCode)) != nil {
		add(fieldCBS, c.T(texts.SurveyErrCBS, texts.A("value", strconv.Quote(n.CBSCode))))
	}
	if assessment.CheckDate(strings.TrimSpace(n.ReferenceDate)) != nil {
		add(fieldDate, c.T(texts.SurveyErrDate, texts.A("value", strconv.Quote(n.ReferenceDate))))
	}
	if _, err := parseYear(n.Year); err != nil {
		add(fieldYear, c.T(texts.SurveyErrYear, texts.A("value", strconv.Quote(n.Year))))
	}
	if strings.TrimSpace(n.Name) == "" {
		add(fieldName, c.T(texts.SurveyErrRequired))
	}
	file := strings.TrimSpace(n.File)
	switch {
	case file == "":
		add(fieldFile, c.T(texts.SurveyErrRequired))
	case !strings.HasSuffix(strings.ToLower(file), ".yaml"):
		add(fieldFile, c.T(texts.SurveyErrFileExt))
	case fileExists(file):
		add(fieldFile, c.T(texts.SurveyErrFileExists, texts.A("file", file)))
	}
	return errs
}

func normCBS(s string) string { return strings.ToUpper(strings.TrimSpace(s)) }

func parseYear(s string) (int, error) {
	var y int
	if _, err := fmt.Sscanf(strings.TrimSpace(s), "%d", &y); err != nil || y < 2000 || y > 2100 || fmt.Sprint(y) != strings.TrimSpace(s) {
		return 0, errors.New("not a year")
	}
	return y, nil
}

// Answers starts the answers of a checked NewAssessment.
func (n NewAssessment) Answers(q *assessment.Questionnaire) *assessment.Answers {
	year, _ := parseYear(n.Year)
	return assessment.NewAnswers(q,
		assessment.Municipality{Name: strings.TrimSpace(n.Municipality), CBSCode: normCBS(n.CBSCode)},
		assessment.Period{ReferenceDate: strings.TrimSpace(n.ReferenceDate), Year: year},
		assessment.Respondent{Name: strings.TrimSpace(n.Name), Role: strings.TrimSpace(n.Role)})
}
