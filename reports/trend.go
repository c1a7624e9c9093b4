package reports

import (
	"io"

	"soeverein/compare"
	docm "soeverein/document"
	"soeverein/texts"
)

// TrendOptions says how to render a trend report.
type TrendOptions struct {
	// Lang is a language of texts.Languages ("" is texts.Default), as
	// texts.Parse reads it; any other is an error.
	Lang string
}

// TrendMarkdown writes the trend report of a comparison of several years
// to w as markdown: BuildTrend, then the document package's markdown
// writer. The same comparison always gives the same bytes.
func TrendMarkdown(w io.Writer, t *compare.Trend, opts TrendOptions) error {
	d, err := BuildTrend(t, opts)
	if err != nil {
		return err
	}
	return docm.Markdown(w, d)
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
