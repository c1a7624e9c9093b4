package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"soeverein"
	"soeverein/assessment"
	"soeverein/safetext"
)

// Exit codes, as gum and the GitHub CLI use them.
const (
	exitOK      = 0
	exitError   = 1
	exitUsage   = 2
	exitAborted = 130
)

// usageError is a mistake in how the command was called: exit code 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// errAborted means the user stopped the program (Ctrl-C): exit code 130.
var errAborted = errors.New("aborted")

// errSilent is an error already reported to the user.
var errSilent = errors.New("failed")

// exitCode maps an error to an exit code and prints it, without a stack
// trace, to w.
func exitCode(err error, w io.Writer) int {
	var ue *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errAborted):
		return exitAborted
	case errors.Is(err, errSilent):
		return exitError
	case errors.As(err, &ue):
		fmt.Fprintf(w, "soeverein: %s\n", safetext.Terminal(ue.msg))
		return exitUsage
	}
	fmt.Fprintf(w, "soeverein: %s\n", safetext.Terminal(err.Error()))
	return exitError
}

// env is what every command gets: the streams and the context. stdout and
// stderr pass everything through safetext.Terminal, so that no text from a
// file (a note, a municipality's name, a value quoted in an error) can send
// control sequences or direction overrides to the terminal; screen is the
// real stdout, for the full-screen survey, which draws with escape
// sequences of its own (and makes user text safe itself).
type env struct {
	ctx    context.Context
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	screen io.Writer
	getenv func(string) string
}

// screenOut is the real stdout (see env).
func (e *env) screenOut() io.Writer {
	if e.screen != nil {
		return e.screen
	}
	return e.stdout
}

type command struct {
	name string
	run  func(e *env, args []string) error
}

func commands() []command {
	return []command{
		{"survey", runSurvey},
		{"validate", runValidate},
		{"score", runScore},
		{"report", runReport},
		{"council", runCouncil},
		{"compare", runCompare},
		{"assign", runAssign},
		{"split", runSplit},
		{"merge", runMerge},
		{"status", runStatus},
		{"verify", runVerify},
		{"questions", runQuestions},
		{"schema", runSchema},
		{"version", runVersion},
	}
}

// run is the whole program: it parses args, runs a command and returns its
// error; main turns that into an exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	out, errs := safetext.NewWriter(stdout), safetext.NewWriter(stderr)
	err := runEnv(&env{ctx: ctx, stdin: stdin, stdout: out, stderr: errs, screen: stdout, getenv: os.Getenv}, args)
	out.Flush()
	errs.Flush()
	return err
}

func runEnv(e *env, args []string) error {
	if len(args) > 0 && (args[0] == "--version" || args[0] == "-version") {
		return runVersion(e, args[1:])
	}
	if len(args) == 0 || strings.HasPrefix(args[0], "-") && !isHelp(args[0]) {
		return runSurvey(e, args)
	}
	name := args[0]
	if isHelp(name) || name == "help" {
		lang := langFromArgs(args[1:])
		if len(args) > 1 && !strings.HasPrefix(args[1], "-") {
			return runEnv(e, []string{args[1], "--help"})
		}
		fmt.Fprint(e.stdout, mainUsage(lang))
		return nil
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(e, args[1:])
		}
	}
	return usagef("unknown command %q; run `soeverein help` for the list of commands", name)
}

func isHelp(s string) bool { return s == "-h" || s == "--help" || s == "-help" }

// langFromArgs finds --lang in args without parsing them, for help texts.
func langFromArgs(args []string) string {
	for i, a := range args {
		if v, ok := strings.CutPrefix(a, "--lang="); ok {
			return v
		}
		if a == "--lang" && i+1 < len(args) {
			return args[i+1]
		}
	}
	return "nl"
}

// flags is a flag set with the options most commands share.
type flags struct {
	*flag.FlagSet
	lang      string
	questions string
	e         *env
	usage     func(lang string) string
}

func newFlags(e *env, name string, usage func(lang string) string) *flags {
	f := &flags{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError), e: e, usage: usage}
	f.SetOutput(io.Discard)
	f.StringVar(&f.lang, "lang", "nl", "")
	return f
}

func (f *flags) withQuestions() *flags {
	f.StringVar(&f.questions, "questions", "", "")
	return f
}

// parse parses args; --help prints the command's usage and returns
// errHelp, which callers return as success.
func (f *flags) parse(args []string) error {
	err := f.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(f.e.stdout, f.usage(langFromArgs(args)))
		return errHelp
	}
	if err != nil {
		return usagef("%s: %v; run `soeverein %s --help`", f.Name(), err, f.Name())
	}
	if f.lang != "nl" && f.lang != "en" {
		return usagef("%s: --lang must be nl or en, not %q", f.Name(), f.lang)
	}
	return nil
}

var errHelp = errors.New("help shown")

func done(err error) error {
	if errors.Is(err, errHelp) {
		return nil
	}
	return err
}

// loadQuestionnaire parses the questionnaire given with --questions, or the
// embedded default.
func loadQuestionnaire(path string) (*assessment.Questionnaire, error) {
	if path == "" {
		return assessment.Parse(soeverein.DefaultQuestionnaire, soeverein.DefaultQuestionnaireName)
	}
	data, err := assessment.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return assessment.Parse(data, path)
}

// parseFiles parses flags that may come before or after the file names
// (soeverein score FILE --json) and returns the file names.
func (f *flags) parseFiles(args []string) ([]string, error) {
	var files []string
	for {
		if err := f.parse(args); err != nil {
			return nil, err
		}
		args = f.Args()
		if len(args) == 0 {
			return files, nil
		}
		if args[0] == "--" {
			return append(files, args[1:]...), nil
		}
		files = append(files, args[0])
		args = args[1:]
	}
}

// printProblems prints a file's positioned problems, one per line, and
// returns an error that is already reported; other errors are returned.
func printProblems(e *env, lang string, err error) error {
	var ps assessment.Problems
	if !errors.As(err, &ps) {
		return err
	}
	for _, p := range ps {
		fmt.Fprintln(e.stderr, p)
	}
	fmt.Fprintln(e.stderr, tr(lang, "%d problem(s) found; fix them and try again", "%d probleem/problemen gevonden; los ze op en probeer het opnieuw", len(ps)))
	return errSilent
}
