package document

import (
	"errors"
	"strings"
	"testing"
)

func TestReadChecksums(t *testing.T) {
	d := sample()
	// A user's note that imitates the metadata of every format must not
	// count: only the real metadata does.
	fake := strings.Repeat("ee", 32)
	d.Blocks = append(d.Blocks, Paragraph{Text: Plain("sha256-answers: " + fake)},
		Paragraph{Text: Plain(`<meta name="soeverein.sha256.answers" content="` + fake + `">`)},
		Paragraph{Text: Plain("<pdf:Keywords>soeverein.sha256.answers=" + fake + "</pdf:Keywords>")})
	want := map[string]string{"questionnaire": d.Meta.Checksums[0].SHA256, "answers": d.Meta.Checksums[1].SHA256}
	for _, f := range Formats {
		if f.External {
			continue
		}
		got, err := ReadChecksums(written(t, f, d))
		if err != nil {
			t.Errorf("%s: ReadChecksums: %v", f.Name, err)
			continue
		}
		if len(got) != 2 || got["questionnaire"] != want["questionnaire"] || got["answers"] != want["answers"] {
			t.Errorf("%s: ReadChecksums = %v, want %v", f.Name, got, want)
		}
	}
	for _, data := range []string{"", "plain text", "PK\x03\x04broken", "%PDF-1.7 nothing"} {
		if _, err := ReadChecksums([]byte(data)); err == nil {
			t.Errorf("ReadChecksums(%q) found checksums", data)
		}
	}
	if _, err := ReadChecksums([]byte("%PDF-1.7")); !errors.Is(err, ErrNoChecksums) {
		t.Errorf("ReadChecksums(PDF without keywords) = %v, want ErrNoChecksums", err)
	}
}

// FuzzReadChecksums: verify reads a report a user names, which may be any
// file: ReadChecksums never panics or hangs, and what it finds are names
// and hexadecimal values of bounded length (verify then compares the two
// it needs and says which differs), or an error.
func FuzzReadChecksums(f *testing.F) {
	d := sample()
	for _, fm := range Formats {
		if !fm.External {
			f.Add(written(f, fm, d))
		}
	}
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte("%PDF-1.7\n"))
	f.Add([]byte("---\nsha256-answers: x\n"))
	f.Add([]byte("<!DOCTYPE html><meta name=\"soeverein.sha256.answers\""))
	f.Fuzz(func(t *testing.T, data []byte) {
		sums, err := ReadChecksums(data)
		if err != nil {
			return
		}
		for name, sum := range sums {
			if name == "" || len(name) > 40 || strings.Trim(name, "abcdefghijklmnopqrstuvwxyz0123456789-") != "" {
				t.Errorf("ReadChecksums found the name %q", name)
			}
			if sum == "" || len(sum) > 128 || strings.Trim(sum, "0123456789abcdef") != "" {
				t.Errorf("ReadChecksums found %s = %q, want hexadecimal digits", name, sum)
			}
		}
	})
}
