package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"soeverein"
	"soeverein/document"
	"soeverein/texts"
)

// verifyOptions checks that a report (any format) belongs to an answers
// file and a questionnaire: it recomputes both SHA-256 checksums and
// compares them with the ones the report carries in its metadata. Exit 0
// when both match, 1 when one differs (naming which) or the report
// carries none.
type verifyOptions struct {
	Lang      texts.Lang
	Report    string
	Answers   string
	Questions string // "": the built-in questionnaire
}

func verifyParse(p *parsed) (runner, error) {
	return &verifyOptions{Lang: p.lang, Report: p.args[0], Answers: p.args[1], Questions: p.questions()}, nil
}

func (o *verifyOptions) language() texts.Lang { return o.Lang }

func (o *verifyOptions) run(e *env) error {
	report, reportName, err := readInput(e, o.Report)
	if err != nil {
		return err
	}
	answers, answersName, err := readInput(e, o.Answers)
	if err != nil {
		return err
	}
	qdata, qname := soeverein.DefaultQuestionnaire, soeverein.DefaultQuestionnaireName
	if o.Questions != "" {
		if qdata, qname, err = readInput(e, o.Questions); err != nil {
			return err
		}
	}
	sums, err := document.ReadChecksums(report)
	switch {
	case errors.Is(err, document.ErrNoChecksums) && bytes.HasPrefix(report, []byte("%PDF-")):
		return failErr(texts.CmdVerifyPDFWithoutChecksums, texts.A("file", reportName))
	case errors.Is(err, document.ErrNoChecksums):
		return failErr(texts.CmdVerifyNoChecksums, texts.A("file", reportName))
	case err != nil:
		return failDetail(texts.CmdVerifyUnreadable, err, texts.A("file", reportName))
	}
	l := o.Lang
	qfile, qsum := filepath.Base(qname), digest(qdata)
	afile, asum := filepath.Base(answersName), digest(answers)
	var differ []string
	for _, c := range []struct {
		key, file, sum   string
		missing, differs texts.Key
	}{
		{"questionnaire", qfile, qsum, texts.CmdVerifyNoQuestionnaireSum, texts.CmdVerifyQuestionnaireDiffers},
		{"answers", afile, asum, texts.CmdVerifyNoAnswersSum, texts.CmdVerifyAnswersDiffers},
	} {
		got, ok := sums[c.key]
		switch {
		case !ok:
			differ = append(differ, l.T(c.missing))
		case got != c.sum:
			differ = append(differ, l.T(c.differs, texts.A("file", c.file), texts.A("report_sum", got), texts.A("file_sum", c.sum)))
		}
	}
	if len(differ) > 0 {
		return failErr(texts.CmdVerifyMismatch, texts.A("report", reportName), texts.A("differences", strings.Join(differ, "; ")))
	}
	fmt.Fprintln(e.stdout, l.T(texts.CmdVerifyOK, texts.A("report", reportName),
		texts.A("questionnaire", qfile), texts.A("questionnaire_sum", qsum), texts.A("answers", afile), texts.A("answers_sum", asum)))
	return nil
}

func digest(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}
