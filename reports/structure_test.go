package reports

import (
	"fmt"
	"regexp"
	"slices"
	docm "soeverein/document"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/yuin/goldmark/ast"

	"soeverein/scoring"
)

// The section titles and labels the structure test expects, per language.
var labels = map[string]map[string]string{
	"nl": {
		"title": "Zelfevaluatie digitale soevereiniteit", "draft": "CONCEPT – ",
		"missing": "Nog niet beantwoord", "summary": "Samenvatting",
		"top findings": "Belangrijkste bevindingen", "top actions": "Meest effectieve acties",
		"council": "Antwoorden op raadsvragen", "themes": "Uitkomsten per thema",
		"qa": "Vragen en antwoorden", "findings": "Bevindingen", "advice": "Aanbevelingen",
		"explanation": "Zo komt de score tot stand", "plan": "Actieplan",
		"sov": "EU Cloud Sovereignty Framework (indicatief)", "accountability": "Verantwoording",
		"method": "Werkwijze", "completeness": "Volledigheid", "check": "Controle van dit rapport",
		"references": "Bronnen", "critical": " (kritiek)",
		"theme": "Thema", "question": "Vraag", "objective": "Doelstelling", "level": "Niveau", "action": "Nr.",
		"note": "Notitie: ", "evidence": "Bewijs", "municipality": "Gemeente: ", "respondent": "Ingevuld door: ",
		"draft note": "CONCEPT.",
	},
	"en": {
		"title": "Digital sovereignty self-assessment", "draft": "DRAFT – ",
		"missing": "Not yet answered", "summary": "Summary",
		"top findings": "Most serious findings", "top actions": "Most effective actions",
		"council": "Answers to council questions", "themes": "Results per theme",
		"qa": "Questions and answers", "findings": "Findings", "advice": "Recommendations",
		"explanation": "How the score comes about", "plan": "Action plan",
		"sov": "EU Cloud Sovereignty Framework (indicative)", "accountability": "Accountability",
		"method": "Method", "completeness": "Completeness", "check": "Checking this report",
		"references": "References", "critical": " (critical)",
		"theme": "Theme", "question": "Question", "objective": "Objective", "level": "Level", "action": "No.",
		"note": "Note: ", "evidence": "Evidence", "municipality": "Municipality: ", "respondent": "Filled in by: ",
		"draft note": "DRAFT.",
	},
}

// wantHeadings is the outline a report of r must have.
func wantHeadings(r *scoring.Result, lang string) []heading {
	l := labels[lang]
	title := l["title"]
	if !r.Completeness.Complete {
		title = l["draft"] + title
	}
	if r.Subject.Year != 0 {
		title += fmt.Sprint(" ", r.Subject.Year)
	}
	if r.Subject.Municipality != "" {
		title += ": " + oneLine(r.Subject.Municipality)
	}
	// The writers drop what document.Clean drops (bidirectional overrides,
	// bytes that are not UTF-8) from every text, the title too.
	h := []heading{{1, docm.Clean(title)}}
	if !r.Completeness.Complete {
		h = append(h, heading{2, l["missing"]})
	}
	h = append(h, heading{2, l["summary"]}, heading{3, l["top findings"]}, heading{3, l["top actions"]}, heading{2, l["council"]})
	for i, cq := range r.CouncilQuestions {
		h = append(h, heading{3, fmt.Sprintf("%d. %s", i+1, cq.Text.In(lang))})
	}
	h = append(h, heading{2, l["themes"]})
	for i, t := range r.Themes {
		h = append(h, heading{3, fmt.Sprintf("%d. %s", i+1, t.Title.In(lang))},
			heading{4, l["qa"]}, heading{4, l["findings"]}, heading{4, l["advice"]}, heading{4, l["explanation"]})
	}
	return append(h, heading{2, l["plan"]}, heading{2, l["sov"]}, heading{2, l["accountability"]},
		heading{3, l["method"]}, heading{3, l["completeness"]}, heading{3, l["check"]}, heading{3, l["references"]})
}

func TestReportStructure(t *testing.T) {
	for _, f := range fixtures {
		for _, lang := range languages() {
			t.Run(f.name+"/"+lang, func(t *testing.T) {
				s := load(t, f)
				src := s.render(t, lang)
				doc := parseMarkdown(src)
				r := s.result
				if diff := cmp.Diff(wantHeadings(r, lang), headings(doc, src)); diff != "" {
					t.Errorf("headings (-want +got):\n%s", diff)
				}
				checkNodeKinds(t, doc, src)
				checkTableRows(t, src)
				checkTables(t, r, lang, tables(doc, src))
				checkUserText(t, s, lang, doc, src)
				if !r.Completeness.Complete {
					checkDraft(t, r, lang, doc, src)
				}
			})
		}
	}
}

// checkNodeKinds: no HTML, images or other markup anywhere; code only for
// the two digests and the four commands of the check section; links only
// for references and in the evidence lines.
func checkNodeKinds(t *testing.T, doc ast.Node, src []byte) {
	t.Helper()
	k := kinds(doc)
	for _, bad := range []string{"RawHTML", "HTMLBlock", "Image", "CodeBlock", "FencedCodeBlock", "ThematicBreak", "Strikethrough"} {
		if k[bad] > 0 {
			t.Errorf("report has %d %s node(s), want none", k[bad], bad)
		}
	}
	if k["CodeSpan"] != 6 {
		t.Errorf("report has %d code spans, want 6 (two digests, four commands)", k["CodeSpan"])
	}
	allowed := map[string]int{}
	for _, n := range section(doc, src, 3, labels["nl"]["references"], labels["en"]["references"]) {
		allowed["AutoLink"] += kinds(n)["AutoLink"]
		allowed["Link"] += kinds(n)["Link"]
	}
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || n.Kind() != ast.KindListItem {
			return ast.WalkContinue, nil
		}
		if text := plainText(n, src); strings.HasPrefix(text, labels["nl"]["evidence"]) || strings.HasPrefix(text, labels["en"]["evidence"]) {
			allowed["AutoLink"] += kinds(n)["AutoLink"]
			allowed["Link"] += kinds(n)["Link"]
		}
		return ast.WalkSkipChildren, nil
	})
	for _, kind := range []string{"AutoLink", "Link"} {
		if k[kind] != allowed[kind] {
			t.Errorf("report has %d %s nodes, %d of them in the references and evidence; want all of them there", k[kind], kind, allowed[kind])
		}
	}
}

var unescapedPipe = regexp.MustCompile(`(^|[^\\])(\\\\)*\|`)

// checkTableRows checks the source: every row of a table has as many cell
// separators as its header, so that no user text opened or closed a cell.
func checkTableRows(t *testing.T, src []byte) {
	t.Helper()
	want := -1
	for i, line := range strings.Split(string(src), "\n") {
		if !strings.HasPrefix(line, "|") {
			want = -1
			continue
		}
		n := len(unescapedPipe.FindAllStringIndex(line, -1))
		if want < 0 {
			want = n
		} else if n != want {
			t.Errorf("line %d has %d cell separators, its table's header %d: %s", i+1, n, want, line)
		}
	}
}

func checkTables(t *testing.T, r *scoring.Result, lang string, tbs []table) {
	t.Helper()
	l := labels[lang]
	byHeader := map[string][]table{}
	for _, tb := range tbs {
		byHeader[strings.Join(tb.Header, " | ")] = append(byHeader[strings.Join(tb.Header, " | ")], tb)
	}
	first := func(header string) []table {
		var out []table
		for h, list := range byHeader {
			if strings.HasPrefix(h, header+" | ") {
				out = append(out, list...)
			}
		}
		return out
	}
	// The summary's theme table and the method's weights table.
	themeTables := first(l["theme"])
	if len(themeTables) != 2 {
		t.Fatalf("%d tables start with %q, want 2 (summary and weights)", len(themeTables), l["theme"])
	}
	for _, tb := range themeTables {
		var want []string
		for i, th := range r.Themes {
			name := fmt.Sprintf("%d. %s", i+1, th.Title.In(lang))
			if th.Critical && len(tb.Header) == 4 && tb.Header[3] != "Kritiek" && tb.Header[3] != "Critical" {
				name += l["critical"]
			}
			want = append(want, name)
		}
		if diff := cmp.Diff(want, column(tb, 0)); diff != "" {
			t.Errorf("theme table %v, first column (-want +got):\n%s", tb.Header, diff)
		}
	}
	// One explanation table per scored theme, one row per counted question.
	var wantRows, gotRows []int
	for _, th := range r.Themes {
		if th.Scored {
			wantRows = append(wantRows, len(th.Explanation))
		}
	}
	for _, tb := range first(l["question"]) {
		gotRows = append(gotRows, len(tb.Rows))
	}
	slices.Sort(wantRows)
	slices.Sort(gotRows)
	if diff := cmp.Diff(wantRows, gotRows); diff != "" {
		t.Errorf("rows of the explanation tables (-want +got):\n%s", diff)
	}
	// The SOV table lists every objective.
	var wantSOV []string
	for _, o := range r.SOV.Objectives {
		wantSOV = append(wantSOV, o.ID+" "+o.Name.In(lang))
	}
	if sov := first(l["objective"]); len(sov) != 1 {
		t.Errorf("%d SOV tables, want 1", len(sov))
	} else if diff := cmp.Diff(wantSOV, column(sov[0], 0)); diff != "" {
		t.Errorf("SOV table (-want +got):\n%s", diff)
	}
	if lv := first(l["level"]); len(lv) != 1 || len(lv[0].Rows) != len(r.Levels) {
		t.Errorf("levels table: %+v, want one table with %d rows", lv, len(r.Levels))
	}
	checkActionPlan(t, r, lang, first(l["action"]))
}

// checkActionPlan: the plan is numbered 1..n and every finding is in it,
// a rule finding by its title, a don't-know finding by its question number.
func checkActionPlan(t *testing.T, r *scoring.Result, lang string, plan []table) {
	t.Helper()
	if len(r.Findings) == 0 {
		if len(plan) != 0 {
			t.Errorf("action plan table without findings")
		}
		return
	}
	if len(plan) != 1 {
		t.Fatalf("%d action plan tables, want 1", len(plan))
	}
	causes := ""
	for i, row := range plan[0].Rows {
		if row[0] != fmt.Sprint(i+1) {
			t.Errorf("action plan row %d is numbered %q", i+1, row[0])
		}
		causes += row[2] + "\n"
	}
	for _, f := range r.Findings {
		wants := []string{f.Title.In(lang)}
		if f.Source == scoring.FromDontKnow {
			wants = nil
			for _, id := range f.Questions {
				wants = append(wants, questionNumber(r, id))
			}
		}
		for _, want := range wants {
			if !strings.Contains(causes, want) {
				t.Errorf("finding %q (%s) is not in the action plan", f.Title.In(lang), want)
			}
		}
	}
}

func questionNumber(r *scoring.Result, id string) string {
	for i, th := range r.Themes {
		for j, q := range th.Questions {
			if q.ID == id {
				return fmt.Sprintf("%d.%d", i+1, j+1)
			}
		}
	}
	return "?" + id
}

func column(tb table, i int) []string {
	var out []string
	for _, row := range tb.Rows {
		out = append(out, row[i])
	}
	return out
}

// checkUserText: what the user typed reads back literally where it belongs.
func checkUserText(t *testing.T, s *scored, lang string, doc ast.Node, src []byte) {
	t.Helper()
	l := labels[lang]
	items := map[string]bool{}
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && n.Kind() == ast.KindListItem {
			items[plainText(n, src)] = true
		}
		return ast.WalkContinue, nil
	})
	want := []string{}
	if m := s.a.Municipality; m.Name != "" {
		want = append(want, l["municipality"]+oneLine(m.Name)+" ("+map[string]string{"nl": "CBS-code ", "en": "CBS code "}[lang]+m.CBSCode+")")
	}
	if r := s.a.Respondent; r.Name != "" && r.Role != "" {
		want = append(want, l["respondent"]+oneLine(r.Name)+", "+oneLine(r.Role))
	}
	for _, th := range s.result.Themes {
		for _, q := range th.Questions {
			if q.Status == scoring.Hidden {
				continue
			}
			if q.Note != "" {
				want = append(want, l["note"]+oneLine(q.Note))
			}
			if len(q.Evidence) > 0 {
				ev := make([]string, len(q.Evidence))
				for i, e := range q.Evidence {
					ev[i] = oneLine(e)
				}
				label := l["evidence"]
				if q.EvidenceLevel != "" {
					label += " (" + msg(lang, "evidence."+q.EvidenceLevel) + ")"
				}
				want = append(want, label+": "+strings.Join(ev, "; "))
			}
		}
	}
	for _, w := range want {
		if !items[w] {
			t.Errorf("no list item reads %q", w)
		}
	}
}

// checkDraft: a draft says so at the top and lists every open question.
func checkDraft(t *testing.T, r *scoring.Result, lang string, doc ast.Node, src []byte) {
	t.Helper()
	found := false // among the notes before the first chapter (the title block is paragraphs and a list)
	for n := doc.FirstChild(); n != nil && n.Kind() != ast.KindHeading; n = n.NextSibling() {
		found = found || n.Kind() == ast.KindBlockquote && strings.HasPrefix(plainText(n, src), labels[lang]["draft note"])
	}
	if !found {
		t.Errorf("a draft must start with a %q note under the title", labels[lang]["draft note"])
	}
	var listed int
	for _, n := range section(doc, src, 2, labels[lang]["missing"]) {
		if n.Kind() == ast.KindList {
			listed += n.ChildCount()
		}
	}
	if listed != len(r.Completeness.Missing) {
		t.Errorf("%q lists %d questions, want %d", labels[lang]["missing"], listed, len(r.Completeness.Missing))
	}
}

// section returns the blocks under the heading of the given level with one
// of the given texts, up to the next heading of that level or higher. The
// levels are the report's as a reader counts them with the title as level
// 1; in the markdown the title is in the metadata block, so chapters are #.
func section(doc ast.Node, src []byte, level int, texts ...string) []ast.Node {
	level--
	var out []ast.Node
	in := false
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok {
			if in && h.Level <= level {
				break
			}
			if h.Level == level && slices.Contains(texts, plainText(h, src)) {
				in = true
				continue
			}
		}
		if in {
			out = append(out, n)
		}
	}
	return out
}
