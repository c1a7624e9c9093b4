package document

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"strings"
)

// ErrNoChecksums is returned by ReadChecksums for a file that holds no
// checksums it can read: not one of these formats, or a PDF that Chromium
// made (it keeps no keywords).
var ErrNoChecksums = errors.New("no soeverein checksums found")

// ReadChecksums reads back the checksums a writer put into a document's
// metadata, by key ("questionnaire", "answers"), for verify. It knows each
// format by its bytes: DOCX (custom properties), ODT (user-defined
// fields), a PDF that LibreOffice made from them (XMP keywords), HTML
// (meta elements) and markdown (the YAML block). It reads only metadata,
// never the body, where a user's text could imitate a checksum.
func ReadChecksums(data []byte) (map[string]string, error) {
	var sums map[string]string
	var err error
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		sums, err = zipChecksums(data)
	case bytes.HasPrefix(data, []byte("%PDF-")):
		sums = pdfChecksums(data)
	case bytes.HasPrefix(data, []byte("---\n")):
		sums = markdownChecksums(data)
	case bytes.HasPrefix(data, []byte("<!DOCTYPE html>")):
		sums = htmlChecksums(data)
	}
	if err != nil {
		return nil, err
	}
	if len(sums) == 0 {
		return nil, ErrNoChecksums
	}
	return sums, nil
}

var (
	keywordRE = regexp.MustCompile(`soeverein\.sha256\.([a-z0-9-]{1,40})=([0-9a-f]{1,128})`)
	xmpRE     = regexp.MustCompile(`<pdf:Keywords>([^<]*)</pdf:Keywords>`)
	yamlSumRE = regexp.MustCompile(`(?m)^sha256-([a-z0-9-]{1,40}): ([0-9a-f]{1,128})$`)
	htmlSumRE = regexp.MustCompile(`<meta name="soeverein\.sha256\.([a-z0-9-]{1,40})" content="([0-9a-f]{1,128})">`)
)

func collect(re *regexp.Regexp, s []byte) map[string]string {
	sums := map[string]string{}
	for _, m := range re.FindAllSubmatch(s, -1) {
		sums[string(m[1])] = string(m[2])
	}
	return sums
}

func pdfChecksums(data []byte) map[string]string {
	sums := map[string]string{}
	for _, m := range xmpRE.FindAllSubmatch(data, -1) {
		for k, v := range collect(keywordRE, m[1]) {
			sums[k] = v
		}
	}
	return sums
}

// markdownChecksums reads the YAML block only: it ends at the first line
// that is "---", and no user text can hold a line break.
func markdownChecksums(data []byte) map[string]string {
	head, _, ok := bytes.Cut(data[4:], []byte("\n---\n"))
	if !ok {
		return nil
	}
	return collect(yamlSumRE, head)
}

// htmlChecksums reads the head only; in the body every "<" of a user's
// text is escaped anyway.
func htmlChecksums(data []byte) map[string]string {
	head, _, _ := bytes.Cut(data, []byte("</head>"))
	return collect(htmlSumRE, head)
}

func zipChecksums(data []byte) (map[string]string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	for _, f := range zr.File {
		switch f.Name {
		case "docProps/custom.xml":
			return xmlChecksums(f, "property", "name")
		case "meta.xml":
			return xmlChecksums(f, "user-defined", "name")
		}
	}
	return nil, nil
}

// xmlChecksums reads the elements named elem whose attribute attr starts
// with soeverein.sha256.: the key is the rest of the attribute, the value
// the element's text.
func xmlChecksums(f *zip.File, elem, attr string) (map[string]string, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	dec := xml.NewDecoder(io.LimitReader(rc, 1<<20))
	sums := map[string]string{}
	key := ""
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return sums, nil
		}
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Local != elem {
				continue
			}
			for _, a := range tok.Attr {
				if a.Name.Local == attr {
					if k, ok := strings.CutPrefix(a.Value, "soeverein.sha256."); ok && validKey(k) {
						key = k
					}
				}
			}
		case xml.CharData:
			if key != "" && validHex(strings.TrimSpace(string(tok))) {
				sums[key] = strings.TrimSpace(string(tok))
			}
		case xml.EndElement:
			if tok.Name.Local == elem {
				key = ""
			}
		}
	}
}
