// Command translate lists the texts a catalog lacks, as YAML to paste
// under its texts:, with the Dutch and English texts as comments. For a new
// language it prints a whole file to start from.
//
//	go run ./texts/translate fy > texts/catalogs/fy.yaml   # a new language
//	go run ./texts/translate fy                            # what fy.yaml still lacks
//
// It exits 1 while texts are missing or the file has problems, 0 when the
// catalog is complete.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"

	"soeverein/texts"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: go run ./texts/translate LANG   (for example fy)")
		os.Exit(2)
	}
	code, err := run(os.Stdout, os.Args[1], filepath.Join("texts", "catalogs"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	os.Exit(code)
}

func run(w io.Writer, lang, dir string) (int, error) {
	file := filepath.Join(dir, lang+".yaml")
	data, err := os.ReadFile(file)
	if errors.Is(err, fs.ErrNotExist) {
		data = nil
		fmt.Fprintf(w, "# Texts in %s. Fill in the tag, the name and every text; keep the {parameters}.\nlanguage: %s\ntag: \"\"        # BCP 47, for example fy-NL\nname: \"\"       # the language's name in itself, for example Frysk\nplural: one-other # texts/plural.go lists the rules\ntexts:\n", lang, lang)
	} else if err != nil {
		return 1, err
	}
	gaps, problems := texts.Gaps(file, data)
	for _, g := range gaps {
		langs := slices.Sorted(func(yield func(texts.Lang) bool) {
			for l := range g.From {
				if !yield(l) {
					return
				}
			}
		})
		for _, l := range langs {
			fmt.Fprintf(w, "  # %s: %s\n", l, strconv.Quote(g.From[l]))
		}
		if len(g.Forms) == 0 {
			fmt.Fprintf(w, "  %s: \"\"\n", g.Key)
			continue
		}
		fmt.Fprintf(w, "  %s:\n", g.Key)
		for _, f := range g.Forms {
			fmt.Fprintf(w, "    %s: \"\"\n", f)
		}
	}
	if len(gaps) > 0 {
		fmt.Fprintf(os.Stderr, "%s: %d texts missing\n", file, len(gaps))
	}
	if problems != nil || len(gaps) > 0 {
		return 1, problems
	}
	return 0, nil
}
