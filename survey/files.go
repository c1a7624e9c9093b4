package survey

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
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
