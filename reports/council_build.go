package reports

import (
	"fmt"
	"path/filepath"

	"soeverein/assessment"
	docm "soeverein/document"
	"soeverein/scoring"
	"soeverein/texts"
)

// BuildCouncil builds the numbered council answers alone as one document,
// for the college's letter: each council question a heading with its
// answer below, the same texts as the report's chapter. Every format is
// written from it. With opts.Public it is the version for publication
// (what sensitive questions' answers state is left out, see CouncilOptions);
// otherwise it is classified internal, as the report is. The same arguments
// always give the same document.
func BuildCouncil(r *scoring.Result, q *assessment.Questionnaire, opts CouncilOptions) (*docm.Document, error) {
	w, err := wordsFor(opts.Lang)
	if err != nil {
		return nil, fmt.Errorf("council answers: %w", err)
	}
	opts.Lang = w.lang
	s := r.Subject
	title := w.s("council.heading")
	if s.Year != 0 {
		title = w.s("council.title.year", argN("year", s.Year))
	}
	if s.Municipality != "" {
		title = w.s("title.municipality", arg("title", title), arg("municipality", s.Municipality))
	}
	if !r.Completeness.Complete {
		title = w.s("title.draft", arg("title", title))
	}
	d := &docm.Document{Meta: docm.Meta{
		Title:          title,
		Municipality:   s.Municipality,
		Date:           assessmentDate(r),
		Lang:           texts.Lang(opts.Lang).Tag(),
		Classification: w.s("classification.internal"),
	}}
	if opts.Public {
		d.Meta.Classification = w.s("classification.public")
		d.Meta.Subtitle = w.s("subtitle.public")
	}
	if sum := s.Questionnaire.SHA256; sum != "" {
		file := ""
		if q != nil && q.File != "" {
			file = filepath.Base(q.File)
		}
		d.Meta.Checksums = append(d.Meta.Checksums, docm.Checksum{Key: "questionnaire", Label: w.s("checksum.questionnaire"), File: file, SHA256: sum})
	}
	if opts.AnswersSHA256 != "" {
		d.Meta.Checksums = append(d.Meta.Checksums, docm.Checksum{Key: "answers", Label: w.s("checksum.answers"), File: opts.AnswersFile, SHA256: opts.AnswersSHA256})
	}
	b := &builder{w: w, lang: opts.Lang, out: d}
	answers := CouncilAnswers(r, q, opts)
	if len(answers) == 0 {
		b.para(w.in("council.none"))
	}
	for _, c := range answers {
		b.add(docm.Heading{Level: 1, ID: "council-" + itoa(c.Number), Text: txt(itoa(c.Number) + ". " + c.Question)})
		if len(c.Paragraphs) == 0 {
			b.para(w.in("council.no_text"))
		}
		for _, p := range c.Paragraphs {
			b.para(txt(p))
		}
	}
	neutral(d)
	return d, nil
}
