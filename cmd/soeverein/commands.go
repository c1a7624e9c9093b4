package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"soeverein/survey"
	"soeverein/texts"
)

// The command table: every command, its flags and its arguments, declared
// once. Parsing, the usage text in every language, the man page and the
// shell completions are all made from it; a command's help is a catalog
// key, never a Go string. To add a command: add a commandSpec here with
// its texts in texts/catalogs, an Options struct with a run method, and a
// case in TestParse (docs/architecture.md, "Adding a command").

// flagKind is how a flag takes its value.
type flagKind int

const (
	boolFlag   flagKind = iota // --json
	stringFlag                 // -o FILE
	listFlag                   // --known FILE, repeatable
)

// completion is what a shell completes for a flag's value or an argument.
type completion int

const (
	completeNothing       completion = iota
	completeYAML                     // .yaml files (and folders)
	completeFile                     // any file
	completeLang                     // the languages
	completeShell                    // bash, zsh, fish, powershell
	completeCommand                  // a command name (help COMMAND)
	completeVersion                  // a published questionnaire version
	completePrefer                   // main or part (merge --prefer)
	completeFormat                   // a report format (report --format)
	completeCouncilFormat            // a format of the council answers (council --format)
	completeCompareFormat            // a format of a comparison (compare --format)
	completeSchema                   // a schema name (soeverein schema)
)

// input is what a command reads that "-" (standard input) can stand for.
type input int

const (
	readsNothing       input = iota
	readsAnswers             // one answers file (score, report; one of compare's)
	readsQuestionnaire       // only a questionnaire (validate --questions)
)

// flagSpec is one flag: its name (one letter: -o; longer: --json), how it
// takes a value, the placeholder for the value and its help as catalog
// keys, and its default as shown in the help.
type flagSpec struct {
	Name     string
	Kind     flagKind
	Value    texts.Key // the value's placeholder (FILE, BESTAND); none for a bool flag
	Help     texts.Key
	Default  string
	Complete completion
}

// argsSpec is a command's positional arguments.
type argsSpec struct {
	Value    texts.Key // the placeholder in the usage line; "" for none
	Min, Max int       // Max < 0: any number
	Complete completion
	// Wrong is the usage error for a wrong number, with {count}.
	Wrong texts.Key
}

// commandSpec is one command of the table.
type commandSpec struct {
	Name    string
	Summary texts.Key // one line in the list of commands
	About   texts.Key // the paragraphs under the usage line
	Args    argsSpec
	Flags   []flagSpec // --lang and --help are added to every command
	Input   input
	// options turns what was parsed into the command's Options value.
	options func(p *parsed) (runner, error)
}

// runner is a command's Options value: parsed, checked, ready to run.
type runner interface {
	run(e *env) error
}

// The flags several commands share.
var (
	flagQuestions = flagSpec{Name: "questions", Kind: stringFlag, Value: texts.CmdValueFile, Help: texts.CmdFlagQuestions, Complete: completeYAML}
	flagJSON      = flagSpec{Name: "json", Kind: boolFlag, Help: texts.CmdFlagJSON}
	flagKnown     = flagSpec{Name: "known", Kind: listFlag, Value: texts.CmdValueFile, Help: texts.CmdFlagKnown, Complete: completeYAML}
	flagLang      = flagSpec{Name: "lang", Kind: stringFlag, Help: texts.CmdFlagLang, Complete: completeLang}
	flagHelpSpec  = flagSpec{Name: "help", Kind: boolFlag, Help: texts.CmdFlagHelp}
)

// commandTable is every command, in the order of the help.
func commandTable() []*commandSpec {
	return []*commandSpec{
		{Name: "survey", Summary: texts.CmdSurveySummary, About: texts.CmdSurveyAbout,
			Args: argsSpec{Value: texts.CmdValueAnswersOptional, Max: 1, Complete: completeYAML, Wrong: texts.CmdSurveyArgs},
			Flags: []flagSpec{
				{Name: "from", Kind: stringFlag, Value: texts.CmdValueLast, Help: texts.CmdFlagFrom, Complete: completeYAML},
				flagQuestions,
				{Name: "accessible", Kind: boolFlag, Help: texts.CmdFlagAccessible},
				{Name: "formats", Kind: stringFlag, Value: texts.CmdValueFormats, Help: texts.CmdFlagFormats, Default: strings.Join(survey.DefaultReportFormats, ",")},
				{Name: "public", Kind: boolFlag, Help: texts.CmdFlagSurveyPublic},
			},
			options: surveyParse},
		{Name: "score", Summary: texts.CmdScoreSummary, About: texts.CmdScoreAbout,
			Args:  argsSpec{Value: texts.CmdValueAnswers, Min: 1, Max: 1, Complete: completeYAML, Wrong: texts.CmdScoreArgs},
			Flags: []flagSpec{flagJSON, flagQuestions}, Input: readsAnswers,
			options: scoreParse},
		{Name: "report", Summary: texts.CmdReportSummary, About: texts.CmdReportAbout,
			Args: argsSpec{Value: texts.CmdValueAnswers, Min: 1, Max: 1, Complete: completeYAML, Wrong: texts.CmdReportArgs},
			Flags: []flagSpec{
				{Name: "o", Kind: stringFlag, Value: texts.CmdValueFile, Help: texts.CmdFlagReportOut, Complete: completeFile},
				{Name: "format", Kind: stringFlag, Value: texts.CmdValueFormat, Help: texts.CmdFlagFormat, Complete: completeFormat},
				{Name: "public", Kind: boolFlag, Help: texts.CmdFlagPublic},
				{Name: "previous", Kind: stringFlag, Value: texts.CmdValueFile, Help: texts.CmdFlagPrevious, Complete: completeYAML},
				flagKnown, flagQuestions,
			},
			Input: readsAnswers, options: reportParse},
		{Name: "compare", Summary: texts.CmdCompareSummary, About: texts.CmdCompareAbout,
			Args: argsSpec{Value: texts.CmdValueAnswersMany, Min: 2, Max: -1, Complete: completeYAML, Wrong: texts.CmdCompareArgs},
			Flags: []flagSpec{
				{Name: "o", Kind: stringFlag, Value: texts.CmdValueFile, Help: texts.CmdFlagCompareOut, Complete: completeFile},
				{Name: "format", Kind: stringFlag, Value: texts.CmdValueFormat, Help: texts.CmdFlagCompareFormat, Complete: completeCompareFormat},
				flagJSON, flagQuestions, flagKnown,
			},
			Input: readsAnswers, options: compareParse},
		{Name: "council", Summary: texts.CmdCouncilSummary, About: texts.CmdCouncilAbout,
			Args: argsSpec{Value: texts.CmdValueAnswers, Min: 1, Max: 1, Complete: completeYAML, Wrong: texts.CmdCouncilArgs},
			Flags: []flagSpec{
				{Name: "o", Kind: stringFlag, Value: texts.CmdValueFile, Help: texts.CmdFlagCouncilOut, Complete: completeFile},
				{Name: "format", Kind: stringFlag, Value: texts.CmdValueFormat, Help: texts.CmdFlagCouncilFormat, Complete: completeCouncilFormat},
				{Name: "public", Kind: boolFlag, Help: texts.CmdFlagCouncilPublic},
				{Name: "with-scores", Kind: boolFlag, Help: texts.CmdFlagWithScores},
				flagQuestions,
			},
			Input: readsAnswers, options: councilParse},
		{Name: "assign", Summary: texts.CmdAssignSummary, About: texts.CmdAssignAbout,
			Args: argsSpec{Value: texts.CmdValueAssignArgs, Min: 2, Max: -1, Complete: completeYAML, Wrong: texts.CmdAssignArgs},
			Flags: []flagSpec{
				{Name: "to", Kind: stringFlag, Value: texts.CmdValueName, Help: texts.CmdFlagTo},
				{Name: "role", Kind: stringFlag, Value: texts.CmdValueRole, Help: texts.CmdFlagRole},
				flagQuestions,
			},
			options: assignParse},
		{Name: "split", Summary: texts.CmdSplitSummary, About: texts.CmdSplitAbout,
			Args:    argsSpec{Value: texts.CmdValueAnswers, Min: 1, Max: 1, Complete: completeYAML, Wrong: texts.CmdSplitArgs},
			Flags:   []flagSpec{{Name: "dir", Kind: stringFlag, Value: texts.CmdValueDir, Help: texts.CmdFlagDir, Complete: completeFile}, flagQuestions},
			options: splitParse},
		{Name: "merge", Summary: texts.CmdMergeSummary, About: texts.CmdMergeAbout,
			Args:    argsSpec{Value: texts.CmdValueMainParts, Min: 2, Max: -1, Complete: completeYAML, Wrong: texts.CmdMergeArgs},
			Flags:   []flagSpec{{Name: "prefer", Kind: stringFlag, Value: texts.CmdValuePrefer, Help: texts.CmdFlagPrefer, Complete: completePrefer}, flagQuestions},
			options: mergeParse},
		{Name: "status", Summary: texts.CmdStatusSummary, About: texts.CmdStatusAbout,
			Args:    argsSpec{Value: texts.CmdValueMainPartsOptional, Min: 1, Max: -1, Complete: completeYAML, Wrong: texts.CmdStatusArgs},
			Flags:   []flagSpec{flagQuestions},
			options: statusParse},
		{Name: "verify", Summary: texts.CmdVerifySummary, About: texts.CmdVerifyAbout,
			Args: argsSpec{Value: texts.CmdValueReportAnswers, Min: 2, Max: 2, Complete: completeFile, Wrong: texts.CmdVerifyArgs},
			Flags: []flagSpec{
				{Name: "questions", Kind: stringFlag, Value: texts.CmdValueFile, Help: texts.CmdFlagVerifyQuestions, Complete: completeYAML},
			},
			Input: readsAnswers, options: verifyParse},
		{Name: "validate", Summary: texts.CmdValidateSummary, About: texts.CmdValidateAbout,
			Args:  argsSpec{Wrong: texts.CmdValidateArgs},
			Flags: []flagSpec{flagQuestions}, Input: readsQuestionnaire,
			options: validateParse},
		{Name: "questions", Summary: texts.CmdQuestionsSummary, About: texts.CmdQuestionsAbout,
			Args: argsSpec{Wrong: texts.CmdQuestionsArgs},
			Flags: []flagSpec{
				{Name: "version", Kind: stringFlag, Value: texts.CmdValueVersion, Help: texts.CmdFlagQuestionsVersion, Complete: completeVersion},
				{Name: "plain", Kind: boolFlag, Help: texts.CmdFlagPlain},
			},
			options: questionsParse},
		// schemaParse checks the argument itself: its error names the schemas.
		{Name: "schema", Summary: texts.CmdSchemaSummary, About: texts.CmdSchemaAbout,
			Args:    argsSpec{Value: texts.CmdValueSchema, Max: -1, Complete: completeSchema},
			options: schemaParse},
		{Name: "config", Summary: texts.CmdConfigSummary, About: texts.CmdConfigAbout,
			Args:    argsSpec{Wrong: texts.CmdNoArgs},
			options: func(p *parsed) (runner, error) { return &configOptions{Lang: p.lang}, nil }},
		{Name: "completion", Summary: texts.CmdCompletionSummary, About: texts.CmdCompletionAbout,
			Args:    argsSpec{Value: texts.CmdValueShell, Min: 1, Max: 1, Complete: completeShell, Wrong: texts.CmdCompletionArgs},
			options: completionParse},
		{Name: "man", Summary: texts.CmdManSummary, About: texts.CmdManAbout,
			Args:    argsSpec{Wrong: texts.CmdNoArgs},
			options: func(p *parsed) (runner, error) { return &manOptions{Lang: p.lang}, nil }},
		{Name: "version", Summary: texts.CmdVersionSummary, About: texts.CmdVersionAbout,
			Args:    argsSpec{Wrong: texts.CmdNoArgs},
			options: func(p *parsed) (runner, error) { return &versionOptions{Lang: p.lang}, nil }},
		{Name: "help", Summary: texts.CmdHelpSummary, About: texts.CmdHelpAbout,
			Args:    argsSpec{Value: texts.CmdValueCommand, Max: 1, Complete: completeCommand, Wrong: texts.CmdNoArgs},
			options: helpParse},
	}
}

// lookupCommand finds a command of the table by name.
func lookupCommand(name string) *commandSpec {
	for _, c := range commandTable() {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// allFlags are the command's flags with --lang and --help.
func (c *commandSpec) allFlags() []flagSpec {
	return append(slices.Clone(c.Flags), flagLang, flagHelpSpec)
}

// parsed is a command line after the flags are read: what a command's
// options function turns into its Options.
type parsed struct {
	cmd     *commandSpec
	lang    texts.Lang
	strs    map[string]string
	bools   map[string]bool
	lists   map[string][]string
	args    []string
	config  *config // the defaults in effect (config file, environment)
	setFlag map[string]bool
}

func (p *parsed) str(name string) string    { return p.strs[name] }
func (p *parsed) bool(name string) bool     { return p.bools[name] }
func (p *parsed) list(name string) []string { return p.lists[name] }

// questions is --questions, or the questionnaire of the config file.
func (p *parsed) questions() string {
	if p.setFlag["questions"] || p.config == nil {
		return p.str("questions")
	}
	return p.config.Questions
}

// parseCommandLine turns the arguments into the Options of one command.
// defaults are the config file and the environment; a --lang on the
// command line wins over them.
func parseCommandLine(args []string, defaults *config) (runner, error) {
	lang := defaults.lang()
	if l, err := texts.Parse(langFromArgs(args)); err == nil && langFromArgs(args) != "" {
		lang = l // for errors found before --lang itself is parsed
	}
	name := "survey"
	switch {
	case len(args) == 0:
	case args[0] == "--version" || args[0] == "-version":
		name, args = "version", args[1:]
	case isHelp(args[0]):
		name, args = "help", args[1:]
	case strings.HasPrefix(args[0], "-"):
	default:
		name, args = args[0], args[1:]
	}
	c := lookupCommand(name)
	if c == nil {
		return nil, usageErr(texts.CmdUnknownCommand, texts.A("command", name))
	}
	p, err := parseFlags(c, args, lang, defaults)
	if err != nil {
		return nil, err
	}
	if p.bool("help") {
		return &helpOptions{Lang: p.lang, Command: c.Name}, nil
	}
	if n := len(p.args); n < c.Args.Min || c.Args.Max >= 0 && n > c.Args.Max {
		return nil, usageErrN(c.Args.Wrong, n, texts.A("command", c.Name))
	}
	if err := checkStdin(c, p); err != nil {
		return nil, err
	}
	return c.options(p)
}

// parseFlags reads the flags of c, before and after the arguments
// (soeverein score FILE --json); "--" ends the flags.
func parseFlags(c *commandSpec, args []string, lang texts.Lang, defaults *config) (*parsed, error) {
	p := &parsed{cmd: c, lang: lang, strs: map[string]string{}, bools: map[string]bool{}, lists: map[string][]string{}, config: defaults, setFlag: map[string]bool{}}
	fs := newFlagSet(c, p)
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			p.bools["help"] = true
			return p, nil
		}
		if err != nil {
			return nil, flagError(c, err)
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		if args[0] == "--" {
			p.args = append(p.args, args[1:]...)
			break
		}
		p.args = append(p.args, args[0])
		args = args[1:]
	}
	if v, ok := p.strs["lang"]; ok {
		l, err := texts.Parse(v)
		if err != nil {
			return nil, &cmdError{usage: true, cause: err}
		}
		p.lang = l
	}
	return p, nil
}

// boolValue is a bool flag that records into parsed.
type boolValue struct {
	p    *parsed
	name string
}

func (b boolValue) String() string   { return "false" }
func (b boolValue) IsBoolFlag() bool { return true }
func (b boolValue) Set(v string) error {
	return setBool(b.p, b.name, v)
}

func setBool(p *parsed, name, v string) error {
	switch strings.ToLower(v) {
	case "true", "1", "":
		p.bools[name] = true
	case "false", "0":
		p.bools[name] = false
	default:
		return errors.New("not a yes or no")
	}
	return nil
}

// newFlagSet makes the flag set of c, recording into p: bool flags take
// no value (--json), the others one (-o FILE); -h is --help.
func newFlagSet(c *commandSpec, p *parsed) *flag.FlagSet {
	fs := flag.NewFlagSet(c.Name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	for _, f := range c.allFlags() {
		name := f.Name
		switch f.Kind {
		case boolFlag:
			if name == "help" {
				fs.Var(boolValue{p, name}, "h", "")
			}
			fs.Var(boolValue{p, name}, name, "")
		case stringFlag:
			fs.Func(name, "", func(v string) error { p.strs[name] = v; p.setFlag[name] = true; return nil })
		case listFlag:
			fs.Func(name, "", func(v string) error { p.lists[name] = append(p.lists[name], v); return nil })
		}
	}
	return fs
}

// flagError turns the flag package's English errors into usage errors in
// the user's language.
func flagError(c *commandSpec, err error) error {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return usageErr(texts.CmdUnknownFlag, texts.A("command", c.Name), texts.A("flag", name))
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return usageErr(texts.CmdFlagNeedsValue, texts.A("command", c.Name), texts.A("flag", name))
	}
	// invalid boolean value "x" for -json: …; invalid value "x" for flag -o: …
	name := msg
	if i := strings.LastIndex(msg, " for "); i >= 0 {
		name = strings.TrimPrefix(msg[i+len(" for "):], "flag ")
		name, _, _ = strings.Cut(name, ":")
	}
	return usageErr(texts.CmdFlagBadValue, texts.A("command", c.Name), texts.A("flag", "-"+strings.TrimLeft(name, "-")))
}

// checkStdin allows "-" (standard input) once, and only where the command
// reads a file that can come from there.
func checkStdin(c *commandSpec, p *parsed) error {
	n := 0
	for _, a := range p.args {
		if a == "-" {
			n++
		}
	}
	if p.str("questions") == "-" {
		n++
	}
	switch {
	case n == 0:
		return nil
	case c.Input == readsNothing:
		return usageErr(texts.CmdStdinNotHere, texts.A("command", c.Name))
	case n > 1:
		return usageErr(texts.CmdStdinOnce, texts.A("command", c.Name))
	}
	return nil
}

// isHelp reports whether s asks for help.
func isHelp(s string) bool { return s == "-h" || s == "--help" || s == "-help" }

// langFromArgs finds --lang in args without parsing them, so that errors
// found before the flags are read are in the asked language.
func langFromArgs(args []string) string {
	for i, a := range args {
		for _, prefix := range []string{"--lang=", "-lang="} {
			if v, ok := strings.CutPrefix(a, prefix); ok {
				return v
			}
		}
		if (a == "--lang" || a == "-lang") && i+1 < len(args) {
			return args[i+1]
		}
	}
	return ""
}

// flagName is how the help writes a flag: -o, --json.
func flagName(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

func helpParse(p *parsed) (runner, error) {
	o := &helpOptions{Lang: p.lang}
	if len(p.args) == 1 {
		if lookupCommand(p.args[0]) == nil {
			return nil, usageErr(texts.CmdUnknownCommand, texts.A("command", p.args[0]))
		}
		o.Command = p.args[0]
	}
	return o, nil
}

// helpOptions prints the list of commands, or one command's usage.
type helpOptions struct {
	Lang    texts.Lang
	Command string // "": the list of commands
}

func (o *helpOptions) run(e *env) error {
	if o.Command == "" {
		fmt.Fprint(e.stdout, mainUsage(o.Lang))
		return nil
	}
	fmt.Fprint(e.stdout, commandUsage(lookupCommand(o.Command), o.Lang))
	return nil
}
