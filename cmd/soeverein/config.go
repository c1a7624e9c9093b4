package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"soeverein/reports"
	"soeverein/survey"
	"strings"

	"gopkg.in/yaml.v3"

	"soeverein/texts"
)

// config is the user's defaults: the config file in the user's config
// folder (os.UserConfigDir()/soeverein/config.yaml) and SOEVEREIN_LANG.
// A flag on the command line wins over both, SOEVEREIN_LANG over the file.
type config struct {
	File  string // the config file's path; "" when there is no config folder
	Found bool   // whether the file exists

	Lang           texts.Lang // from the file; "" for none
	RespondentName string
	RespondentRole string
	Questions      string   // the questionnaire file, relative to the config file's folder
	Formats        []string // the report formats

	EnvLang texts.Lang // SOEVEREIN_LANG; "" for none
}

// configFields are the fields a config file may have.
var configFields = []string{"lang", "respondent", "questions", "formats"}

// configName is the config file's path inside the user's config folder.
var configName = filepath.Join("soeverein", "config.yaml")

// lang is the language in effect when --lang is not given.
func (c *config) lang() texts.Lang {
	switch {
	case c == nil:
		return texts.Default
	case c.EnvLang != "":
		return c.EnvLang
	case c.Lang != "":
		return c.Lang
	}
	return texts.Default
}

// loadConfig reads SOEVEREIN_LANG and the config file, if there is one.
func loadConfig(e *env) (*config, error) {
	c := &config{}
	if v := e.getenv("SOEVEREIN_LANG"); v != "" {
		l, err := texts.Parse(v)
		if err != nil {
			return nil, failErr(texts.CmdConfigEnvLang, texts.A("detail", texts.Message(texts.Default, err)))
		}
		c.EnvLang = l
	}
	dir, err := e.configDir()
	if err != nil || dir == "" {
		return c, nil
	}
	c.File = filepath.Join(dir, configName)
	data, err := os.ReadFile(c.File)
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return nil, fileError(c.File, err)
	}
	c.Found = true
	if err := c.decode(data); err != nil {
		return nil, err
	}
	return c, nil
}

// decode reads the config file strictly: every field known, with the
// position of what is wrong.
func (c *config) decode(data []byte) error {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return failDetail(texts.CmdConfigNotYAML, err, texts.A("file", c.File))
	}
	if len(doc.Content) == 0 {
		return nil // an empty file: no defaults
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return c.fieldErr(root, texts.CmdConfigNotMapping)
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		switch k.Value {
		case "lang":
			l, err := texts.Parse(v.Value)
			if err != nil || v.Kind != yaml.ScalarNode {
				return c.fieldErr(v, texts.CmdConfigBadLang, texts.A("lang", v.Value), texts.A("known", strings.Join(langCodes(), ", ")))
			}
			c.Lang = l
		case "questions":
			if v.Kind != yaml.ScalarNode {
				return c.fieldErr(v, texts.CmdConfigNotText, texts.A("field", k.Value))
			}
			c.Questions = v.Value
			if v.Value != "" && !filepath.IsAbs(v.Value) {
				c.Questions = filepath.Join(filepath.Dir(c.File), v.Value)
			}
		case "formats":
			if v.Kind != yaml.SequenceNode {
				return c.fieldErr(v, texts.CmdConfigNotList, texts.A("field", k.Value))
			}
			for _, f := range v.Content {
				if ff, ok := reports.FormatByName(f.Value); !ok || ff.Document == nil || f.Kind != yaml.ScalarNode {
					return c.fieldErr(f, texts.CmdConfigBadFormat, texts.A("format", f.Value), texts.A("formats", strings.Join(documentFormatNames(), ", ")))
				}
				c.Formats = append(c.Formats, f.Value)
			}
		case "respondent":
			if err := c.respondent(v); err != nil {
				return err
			}
		default:
			return c.fieldErr(k, texts.CmdConfigUnknownField, texts.A("field", k.Value), texts.A("known", strings.Join(configFields, ", ")))
		}
	}
	return nil
}

func (c *config) respondent(v *yaml.Node) error {
	if v.Kind != yaml.MappingNode {
		return c.fieldErr(v, texts.CmdConfigNotMapping)
	}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val := v.Content[i], v.Content[i+1]
		if val.Kind != yaml.ScalarNode {
			return c.fieldErr(val, texts.CmdConfigNotText, texts.A("field", "respondent."+k.Value))
		}
		switch k.Value {
		case "name":
			c.RespondentName = val.Value
		case "role":
			c.RespondentRole = val.Value
		default:
			return c.fieldErr(k, texts.CmdConfigUnknownField, texts.A("field", "respondent."+k.Value), texts.A("known", "name, role"))
		}
	}
	return nil
}

// fieldErr is a problem at a node of the config file.
func (c *config) fieldErr(n *yaml.Node, key texts.Key, args ...texts.Arg) error {
	pos := fmt.Sprintf("%s:%d:%d", c.File, n.Line, n.Column)
	return &cmdError{key: texts.CmdConfigProblem, args: []texts.Arg{texts.A("pos", pos)}, inner: &cmdError{key: key, args: args}}
}

func langCodes() []string {
	var out []string
	for _, l := range texts.Languages() {
		out = append(out, string(l))
	}
	return out
}

// configOptions shows the config file and what is in effect.
type configOptions struct {
	Lang texts.Lang
}

func (o *configOptions) language() texts.Lang { return o.Lang }

func (o *configOptions) run(e *env) error {
	c, l := e.config, o.Lang
	if c == nil {
		c = &config{}
	}
	file := c.File
	switch {
	case file == "":
		file = l.T(texts.CmdConfigNoFolder)
	case !c.Found:
		file = l.T(texts.CmdConfigFileMissing, texts.A("file", c.File))
	}
	fmt.Fprintln(e.stdout, l.T(texts.CmdConfigFile, texts.A("file", file)))
	source := func(fromFile bool) string {
		if fromFile {
			return l.T(texts.CmdConfigFromFile)
		}
		return l.T(texts.CmdConfigBuiltIn)
	}
	langSource := source(c.Lang != "")
	if c.EnvLang != "" {
		langSource = l.T(texts.CmdConfigFromEnv)
	}
	none := l.T(texts.CmdConfigNone)
	orNone := func(s string) string {
		if s == "" {
			return none
		}
		return s
	}
	questions := c.Questions
	if questions == "" {
		questions = l.T(texts.CmdConfigBuiltInQuestions)
	}
	rows := [][2]string{
		{"lang", string(c.lang()) + " (" + langSource + ")"},
		{"respondent.name", orNone(c.RespondentName)},
		{"respondent.role", orNone(c.RespondentRole)},
		{"questions", questions + " (" + source(c.Questions != "") + ")"},
		{"formats", formatsInEffect(c.Formats) + " (" + source(len(c.Formats) > 0) + ")"},
	}
	w := 0
	for _, r := range rows {
		w = max(w, len(r[0]))
	}
	for _, r := range rows {
		fmt.Fprintf(e.stdout, "  %-*s  %s\n", w, r[0], r[1])
	}
	return nil
}

// formatsInEffect are the report formats the survey's finish writes: the
// configured ones, else the survey's default.
func formatsInEffect(configured []string) string {
	if len(configured) == 0 {
		configured = survey.DefaultReportFormats
	}
	return strings.Join(configured, ", ")
}
