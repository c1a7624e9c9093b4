package main

import (
	"fmt"
	"strings"

	"soeverein"
	"soeverein/texts"
)

// manOptions prints the man page, made from the command table in the
// user's language.
type manOptions struct {
	Lang texts.Lang
}

func (o *manOptions) language() texts.Lang { return o.Lang }

func (o *manOptions) run(e *env) error {
	_, err := fmt.Fprint(e.stdout, manPage(o.Lang, soeverein.CurrentBuild().Version))
	return err
}

// roff escapes text for a man page: backslashes, hyphens in flags, and a
// line that would start with a control character.
func roff(s string) string {
	s = strings.ReplaceAll(s, `\`, `\e`)
	var lines []string
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, ".") || strings.HasPrefix(line, "'") {
			line = `\&` + line
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

func roffFlag(s string) string { return strings.ReplaceAll(roff(s), "-", `\-`) }

// manPage is soeverein(1): every command with its flags, the config file,
// the environment and the exit codes.
func manPage(l texts.Lang, version string) string {
	var b strings.Builder
	fmt.Fprintf(&b, ".TH SOEVEREIN 1 \"\" \"soeverein %s\" \"%s\"\n", roff(version), roff(l.T(texts.CmdManSection)))
	fmt.Fprintf(&b, ".SH %s\nsoeverein \\- %s\n", roff(l.T(texts.CmdManName)), roff(l.T(texts.CmdMainTitleShort)))
	fmt.Fprintf(&b, ".SH %s\n", roff(l.T(texts.CmdManSynopsis)))
	for _, c := range commandTable() {
		fmt.Fprintf(&b, ".B %s\n", roffFlag(usageLine(c, l)))
		fmt.Fprintf(&b, "[\\fI%s\\fR]\n.br\n", roff(l.T(texts.CmdOptionsWord)))
	}
	fmt.Fprintf(&b, ".SH %s\n", roff(l.T(texts.CmdManCommands)))
	for _, c := range commandTable() {
		fmt.Fprintf(&b, ".SS %s\n%s\n.PP\n%s\n", roffFlag(usageLine(c, l)), roff(l.T(c.Summary)), roff(strings.TrimSpace(l.T(c.About))))
		for _, f := range c.allFlags() {
			fmt.Fprintf(&b, ".TP\n.B %s\n%s\n", roffFlag(flagUsage(f, l)), roff(flagHelp(f, l)))
		}
	}
	fmt.Fprintf(&b, ".SH %s\n%s\n", roff(l.T(texts.CmdManFiles)), roff(l.T(texts.CmdManFilesText, texts.A("file", "$XDG_CONFIG_HOME/"+configName))))
	fmt.Fprintf(&b, ".SH %s\n%s\n", roff(l.T(texts.CmdManEnvironment)), roff(l.T(texts.CmdManEnvironmentText)))
	fmt.Fprintf(&b, ".SH %s\n%s\n", roff(l.T(texts.CmdManExit)), roff(l.T(texts.CmdManExitText)))
	return b.String()
}
