package assessment

import (
	"fmt"
	"sort"
	"strings"

	"soeverein/texts"
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
	// in every language: cmd shows it after the message (codes.go).
	Code Code
	// Key and Args are the message: a catalog text of the code
	// (problem.unknown_field) and its named parameters. Text writes it in
	// the user's language; Msg is the same in English, for Error.
	Key  texts.Key
	Args []texts.Arg
	Msg  string
}

func (p *Problem) Error() string { return p.Text(texts.EN) }

// Text is the problem in l: file:line:col: [warning: ]message, without the
// code (texts.Localized).
func (p *Problem) Text(l texts.Lang) string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Pos.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", p.Pos.Line, p.Pos.Column)
	}
	b.WriteString(": ")
	if p.Severity == Warning {
		b.WriteString(l.T(texts.ProblemWarning))
	}
	b.WriteString(l.T(p.Key, p.Args...))
	return b.String()
}

// Problems is a list of problems in one or more files. As an error it reads
// as one problem per line.
type Problems []*Problem

func (ps Problems) Error() string { return ps.Text(texts.EN) }

// Text is the problems in l, one per line (texts.Localized).
func (ps Problems) Text(l texts.Lang) string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Text(l)
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

// problem adds an error with its stable code and the catalog text that
// says it (a text of that code: problem.<code>[.<variant>]).
func (r *reporter) problem(pos Position, code Code, key texts.Key, args ...texts.Arg) {
	r.add(pos, Error, code, key, args)
}

// warning adds a warning, as problem adds an error.
func (r *reporter) warning(pos Position, code Code, key texts.Key, args ...texts.Arg) {
	r.add(pos, Warning, code, key, args)
}

func (r *reporter) add(pos Position, s Severity, code Code, key texts.Key, args []texts.Arg) {
	r.problems = append(r.problems, &Problem{File: r.file, Pos: pos, Severity: s, Code: code, Key: key, Args: args, Msg: texts.EN.T(key, args...)})
}

// quoted quotes a value from the file as Go does (%q), so that a message shows
// exactly what is there, control characters escaped.
func quoted(s string) string { return fmt.Sprintf("%q", s) }

// number writes a number from the file as it reads back (%g).
func number(f float64) string { return fmt.Sprintf("%g", f) }

// where names an item of a file in a problem, in the user's language: its
// kind and id ("question exit.plan", "vraag exit.plan"), the item it is in
// ("question exit.plan: option cloud"), and the fields below it
// (": options[2]: label"), which are the file's own words and stay as
// they are.
type where struct {
	kind   texts.Key // problem.owner.*
	id     string
	parent *where
	path   string
}

// item is the item of kind and id inside w.
func (w where) item(kind texts.Key, id string) where {
	return where{kind: kind, id: id, parent: &w}
}

// at is field inside w: "theme cloud: questions".
func (w where) at(field string) where {
	w.path += ": " + field
	return w
}

// index is list item i of w: "theme cloud: questions[2]".
func (w where) index(i int) where {
	w.path += fmt.Sprintf("[%d]", i)
	return w
}

// arg is w as the parameter name of a text.
func (w where) arg(name string) texts.Arg {
	item := texts.Sub("item", w.kind, texts.A("id", w.id))
	if w.parent != nil {
		item = texts.Sub("item", texts.ProblemOwnerWithin, w.parent.arg("owner"), item)
	}
	return texts.Sub(name, texts.ProblemOwnerPath, item, texts.A("path", w.path))
}

// owner is w as the {owner} of a text.
func (w where) owner() texts.Arg { return w.arg("owner") }
