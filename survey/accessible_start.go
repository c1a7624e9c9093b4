package survey

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"soeverein/survey/engine"
	"soeverein/texts"
)

// The start of the accessible survey: pick a file, resume it, or answer the
// questions of the new assessment form one by one.

// start opens the file to resume or asks for a new assessment.
func (a *lineMode) start() error {
	o := a.opts
	if o.From != "" {
		if o.Path != "" && exists(o.Path) {
			return &FromExistsError{Path: o.Path}
		}
		last, err := LoadLast(o.From)
		if err != nil {
			return err
		}
		a.last = last
		fmt.Fprintln(a.w, a.c.T(texts.SurveyFormFrom, texts.A("file", filepath.Base(o.From))))
		return a.create(o.Path)
	}
	if o.Path != "" && exists(o.Path) {
		return a.open(o.Path)
	}
	if o.Path != "" {
		return a.create(o.Path)
	}
	files := FindAnswersFiles(o.Dir, a.q)
	if len(files) == 0 {
		return a.create("")
	}
	if a.scripted() {
		// A script's lines are the form's and the answers, not a choice
		// from a list it cannot see: it starts a new assessment, and
		// resumes one only when it names the file.
		a.say(a.c.N(texts.SurveyAccScriptNew, len(files)), "")
		return a.create("")
	}
	fmt.Fprintln(a.w, a.c.T(texts.SurveyAccPickFile))
	for i, f := range files {
		fmt.Fprintf(a.w, "  %d. %s: %s\n", i+1, f.Path, a.c.T(texts.SurveyStartFile, texts.A("municipality", f.Municipality), texts.A("cbs", f.CBSCode), texts.Int("year", f.Year), texts.Int("answered", f.Answered), texts.Int("total", f.Total)))
	}
	fmt.Fprintf(a.w, "  %d. %s\n", len(files)+1, a.c.T(texts.SurveyStartNew))
	for {
		line, err := a.read(a.c.T(texts.SurveyAccPickPrompt, texts.Int("number", len(files)+1)))
		if err != nil {
			return err
		}
		k, convErr := strconv.Atoi(line)
		switch {
		case convErr == nil && k >= 1 && k <= len(files):
			return a.open(files[k-1].Path)
		case convErr == nil && k == len(files)+1:
			return a.create("")
		}
		fmt.Fprintln(a.w, a.c.T(texts.SurveyAccInvalid, texts.A("problem", a.c.T(texts.SurveyAccBadNumber, texts.A("value", strconv.Quote(line)), texts.Int("max", len(files)+1)))))
	}
}

func (a *lineMode) open(path string) error {
	s, warnings, notes, err := resume(path, a.opts)
	if err != nil {
		return err
	}
	for _, p := range warnings {
		fmt.Fprintln(a.w, p)
	}
	for _, n := range notes {
		fmt.Fprintln(a.w, n)
	}
	a.sess = s
	return nil
}

// create asks the questions of the start form one by one.
func (a *lineMode) create(path string) error {
	c := a.c
	n := a.opts.defaults(path)
	if a.last != nil {
		n.Municipality, n.CBSCode = a.last.Municipality.Name, a.last.Municipality.CBSCode
	}
	fields := []struct {
		field int
		label string
		value *string
	}{
		{engine.FieldMunicipality, c.T(texts.SurveyFieldMunicipality), &n.Municipality},
		{engine.FieldCBS, c.T(texts.SurveyFieldCBS) + " (" + c.T(texts.SurveyHintCBS) + ")", &n.CBSCode},
		{engine.FieldDate, c.T(texts.SurveyFieldDate) + " (" + c.T(texts.SurveyHintDate) + ")", &n.ReferenceDate},
		{engine.FieldYear, c.T(texts.SurveyFieldYear), &n.Year},
		{engine.FieldName, c.T(texts.SurveyFieldName), &n.Name},
		{engine.FieldRole, c.T(texts.SurveyFieldRole), &n.Role},
		{engine.FieldFile, c.T(texts.SurveyFieldFile), &n.File},
	}
	if path != "" {
		fields = fields[:len(fields)-1] // named on the command line: not asked
	}
	for _, f := range fields {
		switch f.field {
		case engine.FieldYear:
			if len(n.ReferenceDate) >= 4 {
				n.Year = n.ReferenceDate[:4]
			}
		case engine.FieldFile:
			if path == "" {
				y, _ := engine.ParseYear(n.Year)
				n.File = engine.ProposedName(n.CBSCode, y)
			}
		}
		if err := a.askField(&n, f.field, f.label, f.value); err != nil {
			return err
		}
	}
	file := strings.TrimSpace(n.File)
	if a.last == nil {
		a.sess = engine.NewSession(a.q, n.Answers(a.q), file, a.opts.Lang, a.opts.Now)
		return a.save()
	}
	a.sess = engine.NewSession(a.q, n.CarryForward(a.q, a.last, a.opts.From, file), file, a.opts.Lang, a.opts.Now)
	a.sess.SetLast(a.last)
	fmt.Fprintln(a.w, a.sess.StartFrom(a.opts.From))
	return a.save()
}

// askField asks one field until its value is fine; Enter keeps the default.
func (a *lineMode) askField(n *engine.NewAssessment, field int, label string, value *string) error {
	def := *value
	for {
		suffix := ""
		if def != "" {
			suffix = " [" + def + "]"
		}
		line, err := a.read(a.c.T(texts.SurveyAccFieldPrompt, texts.A("label", label), texts.A("default", suffix)))
		if err != nil {
			return err
		}
		if line == "" {
			line = def
		}
		*value = line
		var msg string
		for _, e := range n.Check(a.c, exists) {
			if e.Field == field {
				msg = e.Msg
			}
		}
		if msg == "" {
			return nil
		}
		fmt.Fprintln(a.w, a.c.T(texts.SurveyAccInvalid, texts.A("problem", msg)))
	}
}
