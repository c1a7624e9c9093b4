package texts

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want Lang
	}{
		{"", Default}, {"nl", NL}, {"en", EN}, {" EN ", EN}, {"xx", Pseudo},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("Parse(%q) = %q, %v, want %q", tt.in, got, err, tt.want)
		}
	}
	_, err := Parse("de")
	var ue *UnknownLanguageError
	if !errors.As(err, &ue) {
		t.Fatalf("Parse(de) = %v, want an UnknownLanguageError", err)
	}
	if got, want := err.Error(), "onbekende taal de: kies nl (Nederlands) of en (English)"; got != want {
		t.Errorf("Parse(de) error = %q, want %q", got, want)
	}
	if got, want := ue.Text(EN), "unknown language de: choose nl (Nederlands) or en (English)"; got != want {
		t.Errorf("in English: %q, want %q", got, want)
	}
}

func TestLanguages(t *testing.T) {
	if got := Languages(); !slices.Equal(got, []Lang{NL, EN}) {
		t.Errorf("Languages() = %v, want [nl en]: the default first, never the pseudo-language", got)
	}
	for _, tt := range []struct {
		l         Lang
		tag, name string
	}{{NL, "nl-NL", "Nederlands"}, {EN, "en-GB", "English"}, {"", "nl-NL", "Nederlands"}} {
		if tt.l.Tag() != tt.tag || tt.l.Name() != tt.name {
			t.Errorf("%q: tag %q, name %q, want %q, %q", tt.l, tt.l.Tag(), tt.l.Name(), tt.tag, tt.name)
		}
	}
}

func TestPluralForms(t *testing.T) {
	tests := []struct {
		l    Lang
		n    int
		want string
	}{
		{NL, 0, "0 problemen gevonden"}, {NL, 1, "1 probleem gevonden"}, {NL, 2, "2 problemen gevonden"},
		{EN, 0, "0 problems found"}, {EN, 1, "1 problem found"}, {EN, 21, "21 problems found"},
		{Pseudo, 1, "⟦1 problem found⟧"},
	}
	for _, tt := range tests {
		if got := tt.l.N(ProblemSummary, tt.n); got != tt.want {
			t.Errorf("%s.N(problem.summary, %d) = %q, want %q", tt.l, tt.n, got, tt.want)
		}
	}
}

func TestNamedParameters(t *testing.T) {
	// Parameters are filled in by name, in any order; one without an
	// argument stays visible.
	got := NL.T(CompareSamePeriod, A("period", "2026"), A("other_file", "b.yaml"), A("file", "a.yaml"))
	if want := "a.yaml en b.yaml gaan over dezelfde periode (2026): vergelijk bestanden van verschillende jaren"; got != want {
		t.Errorf("T = %q, want %q", got, want)
	}
	if got := EN.T(PeriodDate); got != "reference date {date}" {
		t.Errorf("without its argument: %q, want the parameter kept", got)
	}
	if got := EN.T("no.such.key"); got != "no.such.key" {
		t.Errorf("unknown key = %q, want the key", got)
	}
}

func TestFormatting(t *testing.T) {
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"number nl", NL.Number(54.25), "54,3"},
		{"number en", EN.Number(54.25), "54.3"},
		{"number whole", NL.Number(54), "54"},
		{"number negative zero", NL.Number(-0.01), "0"},
		{"fixed nl", NL.Fixed(54), "54,0"},
		{"signed up", NL.Signed(1.5), "+1,5"},
		{"signed whole", NL.Signed(2), "+2,0"},
		{"signed down", EN.Signed(-0.5), "−0.5"},
		{"signed zero", NL.Signed(0.04), "0,0"},
		{"signed almost zero below", NL.Signed(-0.04), "0,0"},
		{"percent", NL.Percent(0.6667), "66,7%"},
		{"percent of, down", EN.PercentOf(199, 200), "99%"},
		{"percent of nothing", EN.PercentOf(0, 0), "0%"},
		{"date nl", NL.Date("2026-11-01"), "1 november 2026"},
		{"date en", EN.Date("2026-11-01"), "1 November 2026"},
		{"month nl", NL.Date("2026-03"), "maart 2026"},
		{"not a date", NL.Date("2026"), "2026"},
		{"date of", EN.DateOf(time.Date(2027, time.May, 9, 0, 0, 0, 0, time.UTC)), "9 May 2027"},
		{"list nl", NL.List([]string{"a", "b", "c"}), "a, b en c"},
		{"list en two", EN.List([]string{"a", "b"}), "a and b"},
		{"pseudo number", Pseudo.Number(54.3), "54.3"},
		{"pseudo month", Pseudo.Date("2026-11-01"), "1 ⟦November⟧ 2026"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}

func TestPseudoWrapsEveryText(t *testing.T) {
	cs, _ := catalogs()
	ref, ps := cs[Reference], cs[Pseudo]
	for k, m := range ref.texts {
		for form, s := range m.forms {
			got := ps.texts[k].forms[form]
			if hasLetter(s) && got != MarkOpen+s+MarkClose || !hasLetter(s) && got != s {
				t.Errorf("xx %s%s = %q (en %q)", k, formSuffix(form), got, s)
			}
		}
	}
}

// TestArgsInTheLanguage: a parameter that is words of the catalog (Sub,
// Joined, OneDecimal) is written in the language of the text it stands in,
// nested too; a plain value stays as it is.
func TestArgsInTheLanguage(t *testing.T) {
	owner := Sub("owner", ProblemOwnerPath,
		Sub("item", ProblemOwnerWithin, Sub("owner", ProblemOwnerPath, Sub("item", ProblemOwnerQuestion, A("id", "exit.plan")), A("path", "")),
			Sub("item", ProblemOwnerOption, A("id", "none"))),
		A("path", ": label"))
	for _, tt := range []struct {
		l    Lang
		key  Key
		args []Arg
		want string
	}{
		{NL, ProblemUnknownField, []Arg{owner, A("field", `"tested"`), A("suggestion", ""), A("known", "id, text")},
			`vraag exit.plan: optie none: label: onbekend veld "tested"; bekende velden: id, text`},
		{EN, ProblemUnknownField, []Arg{owner, A("field", `"tested"`), Sub("suggestion", ProblemSuggestion, A("name", `"text"`)), A("known", "id, text")},
			`question exit.plan: option none: label: unknown field "tested" (did you mean "text"?); known fields: id, text`},
		{NL, ProblemMissingFieldText, []Arg{Sub("owner", ProblemOwnerTheme, A("id", "cloud")), A("field", "title"), Joined("languages", "nl", "en", "fy")},
			"thema cloud: veld title ontbreekt: geef het in nl, en en fy"},
		{EN, ProblemFileTooLarge, []Arg{OneDecimal("size", 17.25), Int("limit", 16), Sub("expected", ProblemValueAQuestionnaire)},
			"the file is 17.3 MiB, above the size limit of 16 MiB for a questionnaire; is this the right file?"},
		{NL, ProblemFileTooLarge, []Arg{OneDecimal("size", 17.25), Int("limit", 16), Sub("expected", ProblemValueAQuestionnaire)},
			"het bestand is 17,3 MiB, boven de grens van 16 MiB voor een vragenlijst; is dit het goede bestand?"},
	} {
		if got := tt.l.T(tt.key, tt.args...); got != tt.want {
			t.Errorf("%s %s = %q\nwant %q", tt.l, tt.key, got, tt.want)
		}
	}
	if got := Pseudo.T(ProblemEmptyFile, Sub("expected", ProblemValueAnAnswersFile)); got != "⟦the file is empty: expected ⟦an answers file⟧⟧" {
		t.Errorf("xx: %q: a Sub parameter is not marked", got)
	}
}

func TestGaps(t *testing.T) {
	nl := dutchWith(t, "  compare.no_name: \"(naam niet ingevuld)\"\n", "")
	nl = strings.Replace(nl, "    one: \"{count} probleem gevonden\"\n    other: \"{count} problemen gevonden\"\n", "", 1)
	nl = strings.Replace(nl, "  problem.summary:\n", "", 1)
	nl += "  compare.extra: \"x\"\n"
	gaps, err := Gaps("nl.yaml", []byte(nl))
	if err == nil || !strings.Contains(err.Error(), "unknown text compare.extra") {
		t.Errorf("Gaps error = %v, want the unknown key", err)
	}
	if err != nil && strings.Contains(err.Error(), "missing text") {
		t.Errorf("Gaps error = %v: missing texts are gaps, not errors", err)
	}
	var keys []Key
	for _, g := range gaps {
		keys = append(keys, g.Key)
	}
	if !slices.Equal(keys, []Key{CompareNoName, ProblemSummary}) {
		t.Fatalf("gaps = %v, want compare.no_name and problem.summary", keys)
	}
	if g := gaps[1]; !slices.Equal(g.Forms, []string{"one", "other"}) || g.From[EN] != "{count} problems found" || g.From[NL] != "{count} problemen gevonden" {
		t.Errorf("gap %+v", g)
	}
	all, err := Gaps("fy.yaml", nil)
	if err != nil || len(all) != len(declaredKeys(t)) {
		t.Errorf("a new language: %d gaps, %v; want every key", len(all), err)
	}
}
