package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"soeverein"
	"soeverein/assessment"
	"soeverein/safetext"
	"soeverein/texts"
)

// Exit codes, as gum and the GitHub CLI use them.
const (
	exitOK      = 0
	exitError   = 1
	exitUsage   = 2
	exitAborted = 130
)

// cmdError is an error of the command line in the user's language: a
// catalog text with its parameters, or a Localized error it shows (such
// as texts.Parse's). A usage error is a mistake in how the command was
// called: exit code 2.
type cmdError struct {
	key    texts.Key
	args   []texts.Arg
	count  int
	plural bool
	usage  bool
	cause  error
	inner  *cmdError // a text that is the {problem} parameter of this one
	detail error     // an error whose text, in the same language, is the {detail} parameter
}

func (e *cmdError) Error() string { return e.Text(texts.EN) }

// Text is the message in lang (texts.Localized).
func (e *cmdError) Text(l texts.Lang) string {
	switch {
	case e.cause != nil:
		return texts.Message(l, e.cause)
	case e.plural:
		return l.N(e.key, e.count, e.args...)
	case e.inner != nil:
		return l.T(e.key, append(e.args, texts.A("problem", e.inner.Text(l)))...)
	case e.detail != nil:
		return l.T(e.key, append(e.args, texts.A("detail", texts.Message(l, e.detail)))...)
	}
	return l.T(e.key, e.args...)
}

func (e *cmdError) Unwrap() error { return e.cause }

// usageErr is a usage error with the text of key.
func usageErr(key texts.Key, args ...texts.Arg) error {
	return &cmdError{key: key, args: args, usage: true}
}

// usageErrN is a usage error with a plural text for count.
func usageErrN(key texts.Key, count int, args ...texts.Arg) error {
	return &cmdError{key: key, args: args, count: count, plural: true, usage: true}
}

// failErr is an error (exit code 1) with the text of key.
func failErr(key texts.Key, args ...texts.Arg) error {
	return &cmdError{key: key, args: args}
}

// failDetail is failErr with the text of err, in the language the error
// is shown in, as the {detail} parameter: a failed save says why in Dutch
// when assessment can say so (texts.Localized), else in the system's words.
func failDetail(key texts.Key, err error, args ...texts.Arg) error {
	return &cmdError{key: key, args: args, detail: err}
}

// langError carries the language an error is shown in, from run to
// exitCode.
type langError struct {
	err  error
	lang texts.Lang
}

func (e *langError) Error() string { return e.err.Error() }
func (e *langError) Unwrap() error { return e.err }

// errAborted means the user stopped the program (Ctrl-C): exit code 130.
var errAborted = errors.New("aborted")

// errSilent is an error already reported to the user.
var errSilent = errors.New("failed")

// exitCode maps an error to an exit code and prints it, in the user's
// language and without a stack trace, to w.
func exitCode(err error, w io.Writer) int {
	lang := texts.Default
	var le *langError
	if errors.As(err, &le) {
		lang = le.lang
	}
	var ce *cmdError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errAborted):
		return exitAborted
	case errors.Is(err, errSilent):
		return exitError
	case errors.As(err, &ce) && ce.usage:
		fmt.Fprintf(w, "soeverein: %s\n", safetext.Terminal(ce.Text(lang)))
		return exitUsage
	}
	fmt.Fprintf(w, "soeverein: %s\n", safetext.Terminal(texts.Message(lang, err)))
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
	// configDir is os.UserConfigDir outside tests; an error means no
	// config file.
	configDir func() (string, error)
	config    *config // read by runEnv
}

// screenOut is the real stdout (see env).
func (e *env) screenOut() io.Writer {
	if e.screen != nil {
		return e.screen
	}
	return e.stdout
}

// run is the whole program: it parses args, runs a command and returns its
// error; main turns that into an exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return runWith(&env{ctx: ctx, stdin: stdin, getenv: os.Getenv, configDir: os.UserConfigDir}, args, stdout, stderr)
}

// runWith runs args in e with the streams made safe.
func runWith(e *env, args []string, stdout, stderr io.Writer) error {
	out, errs := safetext.NewWriter(stdout), safetext.NewWriter(stderr)
	e.stdout, e.stderr, e.screen = out, errs, stdout
	if e.getenv == nil {
		e.getenv = func(string) string { return "" }
	}
	if e.configDir == nil {
		e.configDir = func() (string, error) { return "", errors.New("no config folder") }
	}
	lang, err := runEnv(e, args)
	out.Flush()
	errs.Flush()
	if err != nil {
		return &langError{err: err, lang: lang}
	}
	return nil
}

// runEnv reads the config, parses the command line and runs the command;
// it returns the language errors are shown in.
func runEnv(e *env, args []string) (texts.Lang, error) {
	lang := texts.Default
	if l, err := texts.Parse(langFromArgs(args)); err == nil {
		lang = l
	}
	cfg, err := loadConfig(e)
	if err != nil {
		return lang, err
	}
	e.config = cfg
	if langFromArgs(args) == "" {
		lang = cfg.lang()
	}
	r, err := parseCommandLine(args, cfg)
	if err != nil {
		return lang, err
	}
	return langOf(r, lang), r.run(e)
}

// langOf is the language of a command's Options.
func langOf(r runner, fallback texts.Lang) texts.Lang {
	if l, ok := r.(interface{ language() texts.Lang }); ok {
		return l.language()
	}
	return fallback
}

// stdinName is how problems in standard input are positioned.
const stdinName = "stdin"

// readInput reads a file that a command was given, or standard input for
// "-"; it returns the bytes and the name for positions in problems.
func readInput(e *env, path string) ([]byte, string, error) {
	if path == "-" {
		data, err := io.ReadAll(io.LimitReader(e.stdin, assessment.MaxFileSize+1))
		if err != nil {
			return nil, stdinName, failDetail(texts.CmdFileUnreadable, err, texts.A("file", stdinName))
		}
		return data, stdinName, nil
	}
	data, err := assessment.ReadFile(path)
	if err != nil {
		return nil, path, fileError(path, err)
	}
	return data, path, nil
}

// fileError says why a file cannot be read, in the user's language.
func fileError(path string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return failErr(texts.CmdFileNotFound, texts.A("file", path))
	case errors.Is(err, fs.ErrPermission):
		return failErr(texts.CmdFileNoAccess, texts.A("file", path))
	}
	if info, serr := os.Stat(path); serr == nil && info.IsDir() {
		return failErr(texts.CmdFileIsFolder, texts.A("file", path))
	}
	return failDetail(texts.CmdFileUnreadable, err, texts.A("file", path))
}

// loadQuestionnaire parses the questionnaire given with --questions ("-":
// standard input), or the embedded default.
func loadQuestionnaire(e *env, path string) (*assessment.Questionnaire, error) {
	if path == "" {
		return assessment.Parse(soeverein.DefaultQuestionnaire, soeverein.DefaultQuestionnaireName)
	}
	data, name, err := readInput(e, path)
	if err != nil {
		return nil, err
	}
	return assessment.Parse(data, name)
}

// printProblems prints a file's positioned problems, one per line, in the
// user's language, and returns an error that is already reported; other
// errors are returned.
func printProblems(e *env, lang texts.Lang, err error) error {
	var ps assessment.Problems
	if !errors.As(err, &ps) {
		return err
	}
	for _, p := range ps {
		fmt.Fprintln(e.stderr, problemText(lang, p))
	}
	fmt.Fprintln(e.stderr, lang.T(texts.CmdProblemsFix, texts.A("summary", lang.N(texts.ProblemSummary, len(ps)))))
	return errSilent
}

// printWarnings prints warnings about a file, in the user's language.
func printWarnings(e *env, lang texts.Lang, ws assessment.Problems) {
	for _, w := range ws {
		fmt.Fprintln(e.stderr, problemText(lang, w))
	}
}

// answersFile is an answers file as read: its bytes (for the digest in the
// report), its name in problems, the answers and their warnings.
type answersFile struct {
	answers  *assessment.Answers
	data     []byte
	name     string
	warnings assessment.Problems
}

// loadAnswers reads and parses an answers file ("-": standard input);
// its problems are printed.
func loadAnswers(e *env, lang texts.Lang, path string) (*answersFile, error) {
	data, name, err := readInput(e, path)
	if err != nil {
		return nil, err
	}
	a, warnings, err := assessment.ParseAnswers(data, name)
	if err != nil {
		return nil, printProblems(e, lang, err)
	}
	return &answersFile{answers: a, data: data, name: name, warnings: warnings}, nil
}
