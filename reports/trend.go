package reports

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"sync"
	"text/template"

	"soeverein/compare"
	"soeverein/texts"
)

// TrendOptions says how to render a trend report.
type TrendOptions struct {
	// Lang is a language of texts.Languages ("" is texts.Default), as
	// texts.Parse reads it; any other is an error.
	Lang string
}

// trendTemplates holds the parsed trend template of each language.
var trendTemplates = sync.OnceValues(func() (map[string]*template.Template, error) {
	out := map[string]*template.Template{}
	for _, lang := range languages() {
		name := "trend." + lang + ".md.tmpl"
		t, err := template.New(name).Funcs(funcs(lang)).Funcs(trendFuncs(lang)).ParseFS(templateFiles, "templates/"+name)
		if err != nil {
			return nil, fmt.Errorf("trend template %s: %w", name, err)
		}
		out[lang] = t
	}
	return out, nil
})

// TrendMarkdown writes the trend report of a comparison of several years
// to w: the scores like for like per year and theme, what caused each
// change, the answers that changed, what stays weak and how the
// questionnaire changed. The same comparison always gives the same bytes.
func TrendMarkdown(w io.Writer, t *compare.Trend, opts TrendOptions) error {
	lang, err := texts.Parse(opts.Lang)
	if err != nil {
		return fmt.Errorf("trend report: %w", err)
	}
	opts.Lang = string(lang)
	all, err := trendTemplates()
	if err != nil {
		return err
	}
	tmpl := all[opts.Lang]
	if tmpl == nil {
		return fmt.Errorf("trend report: no template for the language %s (reports/templates/trend.%s.md.tmpl)", lang, lang)
	}
	if t == nil || len(t.Years) < 2 {
		return fmt.Errorf("trend report: a comparison of at least two years is needed")
	}
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, newTrendDoc(t, opts.Lang)); err != nil {
		return fmt.Errorf("trend report: %w", err)
	}
	_, err = w.Write(tidy(buf.Bytes()))
	return err
}

// trendFuncs are the template functions the trend report adds to funcs.
func trendFuncs(lang string) template.FuncMap {
	return template.FuncMap{
		"signed": func(x float64) string { return signed(lang, x) },
		"abs":    math.Abs,
		"level": func(levels map[int]string, n int) string {
			if name, ok := levels[n]; ok {
				return name
			}
			return ""
		},
		"mainChanges": mainChanges,
		"percent":     percentOf,
		"kind":        func(kind string) string { return kindText(lang, kind) },
		// labels lists the labels of years, escaped for running text.
		"labels": func(years []*trendYear) string {
			out := make([]string, len(years))
			for i, y := range years {
				out[i] = inline(y.Label)
			}
			return join(lang, out)
		},
	}
}

// kindTexts are the catalog texts for the kinds of answer change.
var kindTexts = map[string]texts.Key{
	compare.KindBetter:        texts.TrendKindBetter,
	compare.KindWorse:         texts.TrendKindWorse,
	compare.KindNewlyAnswered: texts.TrendKindNewlyAnswered,
	compare.KindChanged:       texts.TrendKindChanged,
	compare.KindGone:          texts.TrendKindGone,
}

// kindText is the word for a kind of answer change; an unknown kind is
// shown as it is rather than as nothing.
func kindText(lang, kind string) string {
	if k, ok := kindTexts[kind]; ok {
		return texts.Lang(lang).T(k)
	}
	return kind
}

// percentOf is part of whole in whole percents, rounded down so that 99.6%
// never shows as 100%.
func percentOf(part, whole int) int {
	if whole == 0 {
		return 0
	}
	return part * 100 / whole
}
