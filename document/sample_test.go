package document

import (
	"fmt"
	"strings"
)

// hostile are user texts that try to become markup in one format or
// another; every writer must show them as the literal text.
var hostile = []string{
	`<script>alert("x")</script>`,
	`]]><!-- & &amp; &#60; -->`,
	`$x$ en $$y$$ ^sup^ ~sub~ ~~weg~~ @cite [@doe] {=html}`,
	`| lijn | blok`,
	`*nadruk* _ook_ **sterk** ` + "`code`" + ` [link](https://evil.example) ![img](x.png)`,
	`1. geen lijst`,
	`# geen kop`,
	`a) ook geen lijst`,
	"\u202eesrever\u202c en \x01\x07controle\x1b[31m",
	`\begin{document} \textbf{x} <w:p/> <text:p/> "quotes" 'single'`,
	`www.example.org en https://example.org/pad?a=1&b=2 -- ... :::`,
}

// hostileVisible is each hostile text as a reader must see it: Clean
// drops the control and bidi characters, nothing else changes.
func hostileVisible(s string) string { return strings.TrimSpace(Clean(s)) }

// sample is a document with every block type, hostile user text in every
// place that takes text, and a long table.
func sample() *Document {
	d := &Document{Meta: Meta{
		Title:          "Digitale soevereiniteit 2026 <Gemeente & Co>",
		Subtitle:       "Zelfevaluatie voor de gemeenteraad",
		Municipality:   "Gemeente Voorbeeld (GM0361)",
		Date:           "2026-03-31",
		Lang:           "nl-NL",
		Classification: "Intern – niet openbaar",
		Checksums: []Checksum{
			{Key: "questionnaire", Label: "Vragenlijst", File: "questions.yaml", SHA256: strings.Repeat("ab", 32)},
			{Key: "answers", Label: "Antwoorden", File: "soeverein-GM0361-2026.yaml", SHA256: strings.Repeat("0f", 32)},
		},
	}}
	add := func(b ...Block) { d.Blocks = append(d.Blocks, b...) }
	add(
		Heading{Level: 1, ID: "samenvatting", Text: Plain("Samenvatting")},
		Paragraph{Text: []Inline{Text("De gemeente scoort "), Strong("62 van 100"), Text(", niveau "), Emphasis("bewust"), Text(". Zie "), Link{Text: "de handreiking", URL: "https://www.digitaleoverheid.nl/"}, Text(" en het bestand "), Code("questions.yaml"), Text(".")}},
		Notice{Title: "Let op:", Text: Plain("details ter inzage voor de raad (vertrouwelijk).")},
		List{Items: [][]Inline{Plain("eerste punt"), Plain("tweede punt")}},
		List{Numbered: true, Items: [][]Inline{Plain("stap een"), Plain("stap twee"), Plain("stap drie")}},
		Heading{Level: 1, ID: "antwoorden", NewPage: true, Text: Plain("Antwoorden op raadsvragen")},
		Heading{Level: 2, Text: Plain("Afhankelijkheid van niet-Europese cloud")},
		Paragraph{Text: Plain("Het college antwoordt dat de exitstrategie nog niet is beproefd.")},
		Heading{Level: 3, Text: Plain("Toelichting van de respondent")},
	)
	for _, h := range hostile {
		add(Paragraph{Text: Plain(h)})
	}
	add(
		List{Items: [][]Inline{Plain(hostile[0]), Plain(hostile[5]), {Code(hostile[4]), Text(" "), Link{Text: hostile[3], URL: "javascript:alert(1)"}}}},
		Notice{Title: hostile[2], Text: Plain(hostile[1])},
		Heading{Level: 2, Text: Plain("Kop met " + hostile[0])},
		Heading{Level: 1, ID: "uitkomsten", NewPage: true, Text: Plain("Uitkomsten per thema")},
	)
	t := Table{
		Caption: "Scores per vraag",
		Align:   []Align{AlignLeft, AlignLeft, AlignRight, AlignCenter},
		Header:  [][]Inline{Plain("Vraag"), Plain("Antwoord en toelichting"), Plain("Score"), Plain("Bewijs")},
	}
	for i := 1; i <= 60; i++ {
		t.Rows = append(t.Rows, [][]Inline{
			Plain(fmt.Sprintf("exit.plan-%02d", i)),
			Plain(fmt.Sprintf("Antwoord %d: een exitplan is geschreven maar niet beproefd; de leverancier levert data op verzoek in een open formaat. %s", i, hostile[i%len(hostile)])),
			Plain(fmt.Sprintf("%d", i%101)),
			{Link{Text: "bewijs", URL: "https://intranet.example/doc/" + fmt.Sprint(i)}},
		})
	}
	t.Rows = append(t.Rows, [][]Inline{Plain("lang.woord"), Plain("Eenheelerglangwoordzonderspatiesdatnietmagoverlopenbuitendepagina" + strings.Repeat("x", 80)), Plain("0")})
	add(t,
		Heading{Level: 1, ID: "verantwoording", NewPage: true, Text: Plain("Verantwoording")},
		Paragraph{Text: Plain("Einde van het rapport.")},
	)
	return d
}

// reportSized is a document the size of a real report (about 40 pages),
// for the benchmarks.
func reportSized() *Document {
	d := sample()
	base := d.Blocks
	for i := 0; i < 4; i++ {
		d.Blocks = append(d.Blocks, base...)
	}
	return d
}
