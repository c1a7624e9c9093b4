package document

import "strings"

// odtStyles holds the common styles, with the names LibreOffice gives its
// own ("Heading 1", "Text body", "Table Contents", …) so that a college
// template's styles of the same names take over, and the page: A4, the
// classification in the header and "page / pages" in the footer.
func odtStyles(m Meta) []byte {
	lang, country, _ := strings.Cut(m.lang(), "-")
	langAttr := `fo:language="` + lang + `"`
	if country != "" {
		langAttr += ` fo:country="` + country + `"`
	}
	heading := func(n, size string) string {
		return `<style:style style:name="Heading_20_` + n + `" style:display-name="Heading ` + n + `" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="` + n + `" style:class="text">` +
			`<style:text-properties fo:font-size="` + size + `" fo:font-weight="bold"/></style:style>`
	}
	var b xmlBuf
	b.s(xmlHeader, `<office:document-styles `, odfNS, `>`,
		`<office:font-face-decls><style:font-face style:name="Calibri" svg:font-family="Calibri" style:font-family-generic="swiss"/><style:font-face style:name="Consolas" svg:font-family="Consolas" style:font-family-generic="modern" style:font-pitch="fixed"/></office:font-face-decls>`,
		`<office:styles>`,
		`<style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" fo:widows="2"/><style:text-properties style:font-name="Calibri" fo:font-size="11pt" `, langAttr, `/></style:default-style>`,
		`<style:style style:name="Standard" style:family="paragraph" style:class="text"/>`,
		`<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.21cm" fo:line-height="115%"/></style:style>`,
		`<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:color="#0d2a4d" fo:font-weight="bold"/></style:style>`,
		heading("1", "16pt"), heading("2", "13pt"), heading("3", "11.5pt"),
		`<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Subtitle" style:class="chapter"><style:text-properties fo:font-size="22pt" fo:font-weight="bold"/></style:style>`,
		`<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="chapter"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="14pt" fo:color="#333333"/></style:style>`,
		`<style:style style:name="Classification" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:padding="0.1cm" fo:border="1.5pt solid #7a1010" fo:margin-bottom="0.3cm"/><style:text-properties fo:color="#7a1010" fo:font-weight="bold"/></style:style>`,
		`<style:style style:name="Checksum" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:text-properties fo:font-size="8pt" fo:color="#333333"/></style:style>`,
		`<style:style style:name="Notice" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:padding="0.2cm" fo:border-left="3pt solid #0d2a4d" fo:background-color="#eef2f7" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/></style:style>`,
		`<style:style style:name="List_20_Contents" style:display-name="List Contents" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"><style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>`,
		`<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="10pt"/></style:style>`,
		`<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra"><style:text-properties fo:font-weight="bold"/></style:style>`,
		`<style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>`,
		`<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" fo:color="#333333"/></style:style>`,
		`<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt" fo:color="#333333"/></style:style>`,
		`<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>`,
		`<style:style style:name="Emphasis" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>`,
		`<style:style style:name="Source_20_Text" style:display-name="Source Text" style:family="text"><style:text-properties style:font-name="Consolas" fo:font-size="10pt"/></style:style>`,
		`<style:style style:name="Internet_20_link" style:display-name="Internet link" style:family="text"><style:text-properties fo:color="#0b4a8f" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>`,
		`<text:outline-style style:name="Outline">`)
	for _, n := range []string{"1", "2", "3"} {
		b.s(`<text:outline-level-style text:level="`, n, `" style:num-format=""/>`)
	}
	b.s(`</text:outline-style>`,
		`<text:list-style style:name="List_20_Bullet" style:display-name="List Bullet"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>`,
		`<text:list-style style:name="List_20_Number" style:display-name="List Number"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>`,
		`</office:styles><office:automatic-styles>`,
		`<style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="2cm" fo:margin-right="2cm"/>`,
		`<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>`,
		`</office:automatic-styles><office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"><style:header><text:p text:style-name="Header">`,
		xesc(trimmed(m.Classification)),
		`</text:p></style:header><style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current">1</text:page-number> / <text:page-count>1</text:page-count></text:p></style:footer></style:master-page></office:master-styles></office:document-styles>`)
	return b.Bytes()
}
