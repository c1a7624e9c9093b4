package compare

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"soeverein/assessment"
	"soeverein/scoring"
	"soeverein/texts"
)

// Input is one answers file to compare.
type Input struct {
	File    string // how messages and reports name it, usually a base name
	Answers *assessment.Answers
}

// ErrTooFew is what a TooFewError is (errors.Is): fewer than two files.
var ErrTooFew = errors.New("compare needs two or more answers files")

// The errors of Compare are texts.Localized: Error is English, Text says
// the same in the user's language. They hold the facts, not sentences, so
// that no English word gets into a Dutch message.

// TooFewError is returned when fewer than two files are given.
type TooFewError struct {
	Given int
}

func (e *TooFewError) Error() string { return e.Text(texts.EN) }

// Text is the message in lang.
func (e *TooFewError) Text(lang texts.Lang) string { return lang.N(texts.CompareTooFew, e.Given) }

// Is makes errors.Is(err, ErrTooFew) hold.
func (e *TooFewError) Is(target error) bool { return target == ErrTooFew }

// MunicipalityError is returned when the files are about different
// municipalities (different CBS codes).
type MunicipalityError struct {
	File, CBSCode, Name                string
	OtherFile, OtherCBSCode, OtherName string
}

func (e *MunicipalityError) Error() string { return e.Text(texts.EN) }

// Text is the message in lang.
func (e *MunicipalityError) Text(lang texts.Lang) string {
	return lang.T(texts.CompareMunicipality,
		texts.A("file", e.File), texts.A("name", nameOr(lang, e.Name)), texts.A("code", e.CBSCode),
		texts.A("other_file", e.OtherFile), texts.A("other_name", nameOr(lang, e.OtherName)), texts.A("other_code", e.OtherCBSCode))
}

func nameOr(lang texts.Lang, name string) string {
	if name == "" {
		return lang.T(texts.CompareNoName)
	}
	return name
}

// SamePeriodError is returned when two files describe the same period (the
// same reference date and year).
type SamePeriodError struct {
	File, OtherFile string
	Year            int    // 0 when the files do not say
	ReferenceDate   string // "" when the files do not say
}

func (e *SamePeriodError) Error() string { return e.Text(texts.EN) }

// Text is the message in lang.
func (e *SamePeriodError) Text(lang texts.Lang) string {
	return lang.T(texts.CompareSamePeriod, texts.A("file", e.File), texts.A("other_file", e.OtherFile),
		texts.A("period", periodName(lang, e.Year, e.ReferenceDate)))
}

// year is one input while the comparison is worked out.
type year struct {
	in       Input
	view     *Year
	carried  *assessment.Answers // the answers under the current questionnaire's ids
	carries  map[string]assessment.Carry
	result   *scoring.Result // like for like
	own      *assessment.Questionnaire
	reported *scoring.Result // under its own version, or nil
}

// Compare scores every input with q, carrying older answers over through
// q's replaces mappings, and also with its own questionnaire version when
// that is q or one of known (matched by digest, else by id and version).
// The inputs may come in any order; the Trend lists them by reference date,
// then year. Inputs must be about one municipality and two or more
// different periods. q and known must be validated questionnaires.
func Compare(q *assessment.Questionnaire, known []*assessment.Questionnaire, inputs []Input) (*Trend, error) {
	if len(inputs) < 2 {
		return nil, &TooFewError{Given: len(inputs)}
	}
	if err := checkMunicipality(inputs); err != nil {
		return nil, err
	}
	sorted := slices.Clone(inputs)
	slices.SortStableFunc(sorted, func(a, b Input) int {
		return cmp.Or(
			cmp.Compare(periodKey(a.Answers), periodKey(b.Answers)),
			cmp.Compare(a.Answers.Period.Year, b.Answers.Period.Year),
			cmp.Compare(a.File, b.File),
		)
	})
	for i := 1; i < len(sorted); i++ {
		a, b := sorted[i-1], sorted[i]
		if a.Answers.Period.ReferenceDate == b.Answers.Period.ReferenceDate && a.Answers.Period.Year == b.Answers.Period.Year {
			return nil, &SamePeriodError{File: a.File, OtherFile: b.File, Year: a.Answers.Period.Year, ReferenceDate: a.Answers.Period.ReferenceDate}
		}
	}
	years := make([]*year, len(sorted))
	for i, in := range sorted {
		years[i] = newYear(q, known, in)
	}
	labelYears(years)
	return newTrend(q, years), nil
}

func checkMunicipality(inputs []Input) error {
	var first *Input
	for i := range inputs {
		in := &inputs[i]
		code := in.Answers.Municipality.CBSCode
		switch {
		case code == "":
			continue
		case first == nil:
			first = in
		case code != first.Answers.Municipality.CBSCode:
			return &MunicipalityError{
				File: first.File, CBSCode: first.Answers.Municipality.CBSCode, Name: first.Answers.Municipality.Name,
				OtherFile: in.File, OtherCBSCode: code, OtherName: in.Answers.Municipality.Name,
			}
		}
	}
	return nil
}

// periodKey orders files by reference date; a file without one counts as
// the end of its year.
func periodKey(a *assessment.Answers) string {
	switch {
	case a.Period.ReferenceDate != "":
		return a.Period.ReferenceDate
	case a.Period.Year != 0:
		return fmt.Sprintf("%04d-12-31~", a.Period.Year)
	}
	return ""
}

// periodName says which period a file describes: "2026, peildatum
// 2026-11-01". The date is written as in the file, so that it can be found
// there.
func periodName(lang texts.Lang, year int, referenceDate string) string {
	switch {
	case year != 0 && referenceDate != "":
		return lang.T(texts.PeriodYearDate, texts.Int("year", year), texts.A("date", referenceDate))
	case year != 0:
		return strconv.Itoa(year)
	case referenceDate != "":
		return lang.T(texts.PeriodDate, texts.A("date", referenceDate))
	}
	return lang.T(texts.PeriodNone)
}

// labelYears heads each year with its year; where two files share a year,
// with their reference dates; without either, with the file name.
func labelYears(years []*year) {
	count := map[int]int{}
	for _, y := range years {
		count[y.in.Answers.Period.Year]++
	}
	for _, y := range years {
		p := y.in.Answers.Period
		switch {
		case p.Year != 0 && count[p.Year] == 1:
			y.view.Label = strconv.Itoa(p.Year)
		case p.ReferenceDate != "":
			y.view.Label = p.ReferenceDate
		default:
			y.view.Label = y.in.File
		}
	}
}

func newYear(q *assessment.Questionnaire, known []*assessment.Questionnaire, in Input) *year {
	a := in.Answers
	carried, carries := q.Carried(a)
	y := &year{in: in, carried: carried, carries: map[string]assessment.Carry{}, result: scoring.Evaluate(q, carried)}
	for _, c := range carries {
		y.carries[c.To] = c
	}
	y.view = &Year{
		Year: a.Period.Year, ReferenceDate: a.Period.ReferenceDate, File: in.File, Municipality: a.Municipality.Name,
		AnsweredAgainst: scoring.QuestionnaireRef{ID: a.Questionnaire.ID, Version: a.Questionnaire.Version, SHA256: a.Questionnaire.SHA256, Title: assessment.Text{}},
		Result:          y.result,
	}
	own, how := ownVersion(a.Questionnaire, q, known)
	if own != nil {
		y.own = own
		ownCarried, _ := own.Carried(a)
		y.reported = scoring.Evaluate(own, ownCarried)
		y.view.OwnVersion = &scoring.QuestionnaireRef{ID: own.ID, Version: own.Version, SHA256: own.SHA256, Title: own.Title}
		y.view.MatchedBy = how
		y.view.Reported = y.reported
		lo, ro := y.result.Overall, y.reported.Overall
		rc := completeness(y.reported)
		y.view.ReportedCompleteness = &rc
		y.view.Differs = lo.Scored != ro.Scored || tenths(lo.Score) != tenths(ro.Score) || levelOf(lo.Level) != levelOf(ro.Level)
	}
	y.view.Completeness = completeness(y.result)
	y.view.Compatibility = y.compatibility()
	return y
}

// ownVersion finds the questionnaire an answers file was answered against
// among q and known: by digest, else by id and version.
func ownVersion(ref assessment.QuestionnaireRef, q *assessment.Questionnaire, known []*assessment.Questionnaire) (*assessment.Questionnaire, string) {
	all := append([]*assessment.Questionnaire{q}, known...)
	if ref.SHA256 != "" {
		for _, k := range all {
			if strings.EqualFold(k.SHA256, ref.SHA256) {
				return k, "sha256"
			}
		}
	}
	if ref.ID != "" && ref.Version != "" {
		for _, k := range all {
			if k.ID == ref.ID && k.Version == ref.Version {
				return k, "id_version"
			}
		}
	}
	return nil, ""
}

func completeness(r *scoring.Result) Completeness {
	c := r.Completeness
	return Completeness{Complete: c.Complete, Answered: c.Answered, Total: c.Total, DontKnow: c.DontKnow, CarriedOver: len(c.CarriedOver)}
}

// compatibility counts the asked questions of the current questionnaire
// that this year's file answers, and how many of those through replaces.
func (y *year) compatibility() Compatibility {
	c := Compatibility{Asked: y.result.Completeness.Total, Answered: y.result.Completeness.Answered}
	for _, t := range y.result.Themes {
		for _, qr := range t.Questions {
			switch qr.Status {
			case scoring.Hidden, scoring.Unanswered, scoring.Invalid:
				continue
			}
			if _, ok := y.carries[qr.ID]; ok {
				c.ThroughReplaces++
			}
		}
	}
	if c.Asked > 0 {
		c.Share = float64(c.Answered) / float64(c.Asked)
	}
	return c
}

// tenths is a score in tenths of a point: scores have one decimal, so this
// is exact, and sums of tenths are exact where sums of floats are not.
func tenths(score float64) int { return int(math.Round(score * 10)) }

func points(t int) float64 { return float64(t) / 10 }

func levelOf(l *scoring.LevelRef) int {
	if l == nil {
		return 0
	}
	return l.Level
}
