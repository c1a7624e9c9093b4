package assessment

import (
	"fmt"
	"sort"
	"strings"
)

// Position is a place in a YAML file; Line and Column start at 1. The zero
// Position means "somewhere in the file".
type Position struct {
	Line   int
	Column int
}

// Severity tells whether a Problem stops a file from being used.
type Severity int

const (
	// Error: the file cannot be used until it is changed.
	Error Severity = iota
	// Warning: the file can be used, but something in it is ignored or odd.
	Warning
)

// Problem is one thing wrong with a file, at a position, phrased so that the
// reader knows what to change.
type Problem struct {
	File     string
	Pos      Position
	Severity Severity
	// Code is the problem's stable code (unknown-field, not-yaml), the same
	// in every language: cmd shows it after the message, and texts has the
	// message in the user's language for the codes it knows. The list of
	// codes is in docs/questionnaire-format.md.
	Code string
	Msg  string
	// Args are the named parameters of the code's catalog text
	// (texts/problem.go), when the problem gives them all: cmd then shows
	// it in the user's language; without them it shows Msg (English).
	Args map[string]string
}

func (p *Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Pos.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", p.Pos.Line, p.Pos.Column)
	}
	b.WriteString(": ")
	if p.Severity == Warning {
		b.WriteString("warning: ")
	}
	b.WriteString(p.Msg)
	return b.String()
}

// Problems is a list of problems in one or more files. As an error it reads
// as one problem per line.
type Problems []*Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}

// Errors returns the problems of severity Error.
func (ps Problems) Errors() Problems { return ps.filter(Error) }

// Warnings returns the problems of severity Warning.
func (ps Problems) Warnings() Problems { return ps.filter(Warning) }

func (ps Problems) filter(s Severity) Problems {
	var out Problems
	for _, p := range ps {
		if p.Severity == s {
			out = append(out, p)
		}
	}
	return out
}

// sorted orders problems by position so that output reads top to bottom.
func (ps Problems) sorted() Problems {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i].Pos, ps[j].Pos
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	return ps
}

// reporter collects problems for one file.
type reporter struct {
	file     string
	problems Problems
}

// errorf adds an error with its stable code (see Problem.Code).
func (r *reporter) errorf(pos Position, code, format string, args ...any) {
	r.problems = append(r.problems, &Problem{File: r.file, Pos: pos, Severity: Error, Code: code, Msg: fmt.Sprintf(format, args...)})
}

// warnf adds a warning with its stable code (see Problem.Code).
func (r *reporter) warnf(pos Position, code, format string, args ...any) {
	r.problems = append(r.problems, &Problem{File: r.file, Pos: pos, Severity: Warning, Code: code, Msg: fmt.Sprintf(format, args...)})
}

// with gives the last problem the named parameters of its code's catalog
// text, as name, value pairs.
func (r *reporter) with(pairs ...string) {
	p := r.problems[len(r.problems)-1]
	p.Args = map[string]string{}
	for i := 0; i+1 < len(pairs); i += 2 {
		p.Args[pairs[i]] = pairs[i+1]
	}
}
