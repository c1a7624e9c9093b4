package assessment

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestParseMinimal(t *testing.T) {
	q, err := Parse(readTestdata(t, "minimal.yaml"), "minimal.yaml")
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	var ids []string
	for _, qu := range q.Questions() {
		ids = append(ids, qu.ID)
	}
	if diff := cmp.Diff([]string{"cloud.mail", "cloud.tools", "cloud.share"}, ids); diff != "" {
		t.Errorf("question ids (-want +got):\n%s", diff)
	}
	if got := q.ThemeOf("cloud.share").ID; got != "cloud" {
		t.Errorf("ThemeOf(cloud.share) = %q, want cloud", got)
	}
	if len(q.SHA256) != 64 {
		t.Errorf("SHA256 = %q, want a hex sha256", q.SHA256)
	}
	if got := q.Question("cloud.tools").OptionIDs(); !cmp.Equal(got, []string{"a", "b", "c", DontKnow, NotApplicable}) {
		t.Errorf("OptionIDs = %v", got)
	}
	if got := q.Question("cloud.mail").OptionIDs(); !cmp.Equal(got, []string{"us", "eu", DontKnow}) {
		t.Errorf("OptionIDs without n.v.t. = %v", got)
	}
	for _, tc := range []struct {
		score float64
		want  int
	}{{0, 1}, {49.9, 1}, {50, 2}, {84.99, 2}, {85, 3}, {100, 3}} {
		if got := q.LevelFor(tc.score).Level; got != tc.want {
			t.Errorf("LevelFor(%v) = %d, want %d", tc.score, got, tc.want)
		}
	}
	share := q.Question("cloud.share")
	for _, tc := range []struct{ v, want float64 }{{0, 0}, {49, 0}, {50, 60}, {99, 60}, {100, 100}} {
		if got := share.BandScore(tc.v); got != tc.want {
			t.Errorf("BandScore(%v) = %v, want %v", tc.v, got, tc.want)
		}
	}
}

// TestParseBroken runs every questionnaire in testdata/broken. Each file ends
// with comment lines `# want: MESSAGE` giving, in order, every problem the
// parser must report (as Problem.Error() prints it).
func TestParseBroken(t *testing.T) {
	files, err := filepath.Glob("testdata/broken/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 15 {
		t.Fatalf("found %d broken fixtures, want at least 15", len(files))
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(strings.TrimSuffix(name, ".yaml"), func(t *testing.T) {
			data := readTestdata(t, filepath.Join("broken", name))
			var want []string
			for _, line := range strings.Split(string(data), "\n") {
				if msg, ok := strings.CutPrefix(line, "# want: "); ok {
					want = append(want, msg)
				}
			}
			if len(want) == 0 {
				t.Fatalf("%s has no `# want:` lines", name)
			}
			q, err := Parse(data, name)
			if q != nil {
				t.Errorf("Parse returned a questionnaire for a broken file")
			}
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("Parse error = %v, want Problems", err)
			}
			var got []string
			for _, p := range ps {
				got = append(got, p.Error())
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseRejectsNonQuestionnaires(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "x.yaml: the file is empty: expected a questionnaire"},
		{"binary", []byte("format: 1\x00\x01"), "x.yaml: the file is binary, not a questionnaire (a YAML text file)"},
		{"latin1", []byte("id: x\ntitle: caf\xe9"), "x.yaml:2:11: byte 0xE9 is not UTF-8 text (a Latin-1 or Windows-1252 file?); save the file as UTF-8"},
		{"control", []byte("id: x\ntitle: \"a\x1b[2Jb\"\n"), "x.yaml:2:10: control character U+001B is not allowed in the file; remove it (write it as \\u001B in a quoted text if it is meant)"},
		{"utf16le", []byte("\xff\xfef\x00o\x00r\x00m\x00"), "x.yaml: the file is UTF-16 text, not UTF-8: save it as UTF-8 (in Notepad: Save as, Encoding UTF-8)"},
		{"utf16be no bom", []byte("\x00f\x00o\x00r\x00m\x00a\x00t"), "x.yaml: the file is UTF-16 text, not UTF-8: save it as UTF-8 (in Notepad: Save as, Encoding UTF-8)"},
		{"huge", make([]byte, MaxFileSize+1), "x.yaml: the file is 16.0 MiB, above the size limit of 16 MiB for a questionnaire; is this the right file?"},
		{"list", []byte("- a\n- b\n"), "x.yaml:1:1: expected a questionnaire (a mapping of fields), found a list"},
		{"answers", []byte("format: 1\nkind: soeverein-answers\n"), "x.yaml:2:7: this is an answers file, not a questionnaire: give a questionnaire (kind: soeverein-questionnaire) here; answers files go to survey, score and report"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(tc.data, "x.yaml")
			if err == nil {
				t.Fatal("Parse succeeded, want an error")
			}
			if tc.want != "" {
				if got := strings.Split(err.Error(), "\n")[0]; got != tc.want {
					t.Errorf("Parse error = %q, want %q", got, tc.want)
				}
			}
		})
	}
}
