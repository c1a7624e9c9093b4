package engine

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"soeverein/assessment"
	"soeverein/texts"
)

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

// Defaults fills a NewAssessment with today's date and the proposed name.
func Defaults(now time.Time, file string) NewAssessment {
	n := NewAssessment{ReferenceDate: now.Format("2006-01-02"), Year: fmt.Sprint(now.Year()), File: file}
	return n
}

// FieldError is a problem with one field of the start form.
type FieldError struct {
	Field int // index in formFields
	Msg   string
}

// Check validates a NewAssessment and returns the problems per field, in
// the order of the form. fileExists reports whether a path is taken.
func (n NewAssessment) Check(c texts.Lang, fileExists func(string) bool) []FieldError {
	var errs []FieldError
	add := func(field int, msg string) { errs = append(errs, FieldError{field, msg}) }
	if strings.TrimSpace(n.Municipality) == "" {
		add(FieldMunicipality, c.T(texts.SurveyErrRequired))
	}
	if assessment.CheckCBSCode(NormCBS(n.CBSCode)) != nil {
		add(FieldCBS, c.T(texts.SurveyErrCBS, texts.A("value", strconv.Quote(n.CBSCode))))
	}
	if assessment.CheckDate(strings.TrimSpace(n.ReferenceDate)) != nil {
		add(FieldDate, c.T(texts.SurveyErrDate, texts.A("value", strconv.Quote(n.ReferenceDate))))
	}
	if _, err := ParseYear(n.Year); err != nil {
		add(FieldYear, c.T(texts.SurveyErrYear, texts.A("value", strconv.Quote(n.Year))))
	}
	if strings.TrimSpace(n.Name) == "" {
		add(FieldName, c.T(texts.SurveyErrRequired))
	}
	file := strings.TrimSpace(n.File)
	switch {
	case file == "":
		add(FieldFile, c.T(texts.SurveyErrRequired))
	case !strings.HasSuffix(strings.ToLower(file), ".yaml"):
		add(FieldFile, c.T(texts.SurveyErrFileExt))
	case fileExists(file):
		add(FieldFile, c.T(texts.SurveyErrFileExists, texts.A("file", file)))
	}
	return errs
}

func NormCBS(s string) string { return strings.ToUpper(strings.TrimSpace(s)) }

func ParseYear(s string) (int, error) {
	var y int
	if _, err := fmt.Sscanf(strings.TrimSpace(s), "%d", &y); err != nil || y < 2000 || y > 2100 || fmt.Sprint(y) != strings.TrimSpace(s) {
		return 0, errors.New("not a year")
	}
	return y, nil
}

// Answers starts the answers of a checked NewAssessment.
func (n NewAssessment) Answers(q *assessment.Questionnaire) *assessment.Answers {
	year, _ := ParseYear(n.Year)
	return assessment.NewAnswers(q,
		assessment.Municipality{Name: strings.TrimSpace(n.Municipality), CBSCode: NormCBS(n.CBSCode)},
		assessment.Period{ReferenceDate: strings.TrimSpace(n.ReferenceDate), Year: year},
		assessment.Respondent{Name: strings.TrimSpace(n.Name), Role: strings.TrimSpace(n.Role)})
}

// The fields of the new assessment form, in order.
const (
	FieldMunicipality = iota
	FieldCBS
	FieldDate
	FieldYear
	FieldName
	FieldRole
	FieldFile
	FieldCount
)
