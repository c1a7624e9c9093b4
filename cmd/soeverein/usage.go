package main

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"soeverein/reports"
	"soeverein/texts"
)

// The usage texts, generated from the command table in the user's
// language: the list of commands (soeverein help) and each command's usage
// (soeverein COMMAND --help).

// usageLine is how a command is called: soeverein score ANSWERS.yaml.
func usageLine(c *commandSpec, l texts.Lang) string {
	s := "soeverein " + c.Name
	if c.Name == "survey" {
		s = "soeverein [survey]"
	}
	if c.Args.Value != "" {
		s += " " + l.T(c.Args.Value)
	}
	return s
}

// mainUsage is the list of commands.
func mainUsage(l texts.Lang) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\n%s: soeverein %s [%s]\n\n%s:\n", l.T(texts.CmdMainTitle), l.T(texts.CmdUsageWord),
		l.T(texts.CmdValueCommandName), l.T(texts.CmdOptionsWord), l.T(texts.CmdCommandsHeading))
	var rows [][2]string
	for _, c := range commandTable() {
		rows = append(rows, [2]string{c.Name, l.T(c.Summary)})
	}
	writeColumns(&b, rows, "  ")
	fmt.Fprintf(&b, "\n%s\n", l.T(texts.CmdMainFooter, texts.A("langs", langValue()), texts.A("default", string(texts.Default))))
	return b.String()
}

// commandUsage is one command's usage: how it is called, what it does and
// every flag with its help.
func commandUsage(c *commandSpec, l texts.Lang) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s [%s]\n\n", l.T(texts.CmdUsageWord), usageLine(c, l), l.T(texts.CmdOptionsWord))
	fmt.Fprintf(&b, "%s\n\n%s:\n", strings.TrimSpace(l.T(c.About)), l.T(texts.CmdOptionsHeading))
	var rows [][2]string
	for _, f := range c.allFlags() {
		rows = append(rows, [2]string{flagUsage(f, l), flagHelp(f, l)})
	}
	writeColumns(&b, rows, "  ")
	return b.String()
}

// flagUsage is a flag with its value's placeholder: -o FILE, --lang nl|en.
func flagUsage(f flagSpec, l texts.Lang) string {
	s := flagName(f.Name)
	if f.Name == "help" {
		s = "-h, --help"
	}
	switch {
	case f.Name == "lang":
		s += " " + langValue()
	case f.Kind != boolFlag:
		s += " " + l.T(f.Value)
	}
	return s
}

// flagHelp is a flag's help, with its default when it has one.
func flagHelp(f flagSpec, l texts.Lang) string {
	if f.Name == "lang" {
		return l.T(f.Help, texts.A("default", string(texts.Default)))
	}
	s := l.T(f.Help)
	if k, ok := formatKind[f.Complete]; ok {
		s = l.T(f.Help, texts.A("formats", l.ListOr(reports.FormatNamesOf(k))))
	}
	if f.Default != "" {
		s += " " + l.T(texts.CmdFlagDefault, texts.A("default", f.Default))
	}
	return s
}

// langValue is the --lang placeholder: nl|en.
func langValue() string { return strings.Join(langCodes(), "|") }

// usageWidth is the width the help fits in: a terminal of 80 columns.
const usageWidth = 80

// writeColumns writes rows as two columns, the second one aligned and
// wrapped to fit in usageWidth.
func writeColumns(b *strings.Builder, rows [][2]string, indent string) {
	w := 0
	for _, r := range rows {
		w = max(w, utf8.RuneCountInString(r[0]))
	}
	for _, r := range rows {
		lines := wrapWords(r[1], max(usageWidth-len(indent)-w-2, 30))
		pad := strings.Repeat(" ", w-utf8.RuneCountInString(r[0])+2)
		fmt.Fprintf(b, "%s%s%s%s\n", indent, r[0], pad, lines[0])
		for _, line := range lines[1:] {
			fmt.Fprintf(b, "%s%s%s\n", indent, strings.Repeat(" ", w+2), line)
		}
	}
}

// wrapWords breaks s into lines of at most width columns, at spaces.
func wrapWords(s string, width int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		switch {
		case line == "":
			line = word
		case utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) > width:
			lines = append(lines, line)
			line = word
		default:
			line += " " + word
		}
	}
	return append(lines, line)
}
