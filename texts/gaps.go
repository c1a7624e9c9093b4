package texts

import (
	"errors"
	"maps"
	"slices"
)

// Gap is a text that a catalog lacks, with what a translator needs: the
// plural forms to give (none for a plain text) and the text in every
// language that has it.
type Gap struct {
	Key   Key
	Forms []string
	From  map[Lang]string // the "other" form where the text has plural forms
}

// Gaps lists the texts of the reference catalog that the catalog in data
// lacks or has empty, in key order; data nil means a new language (plural rule
// one-other until its file says otherwise). The error holds every other
// problem of the file (unknown keys, parameters, forms), with positions;
// the gaps are listed even then, as far as the file could be read.
func Gaps(file string, data []byte) ([]Gap, error) {
	cs, err := catalogs() // a broken embedded catalog is reported below for its own file
	ref := cs[Reference]
	if ref == nil {
		return nil, err
	}
	rule := pluralRules["one-other"]
	have := map[Key]*message{}
	var problems error
	if data != nil {
		c, derr := decode(file, data)
		problems = derr
		if c != nil {
			rule, have = c.rule, c.texts
			problems = errors.Join(append([]error{derr}, c.against(ref, false)...)...)
		}
	}
	var out []Gap
	for _, k := range slices.Sorted(maps.Keys(ref.texts)) {
		if m := have[k]; m != nil && !m.empty() {
			continue
		}
		g := Gap{Key: k, From: map[Lang]string{}}
		if ref.texts[k].plural {
			g.Forms = rule.forms
		}
		for l, c := range cs {
			if m := c.texts[k]; m != nil && l != Pseudo {
				g.From[l] = m.example()
			}
		}
		out = append(out, g)
	}
	return out, problems
}
