package assessment

import (
	"os"
	"testing"
)

func TestParseMinimal(t *testing.T) {
	data, err := os.ReadFile("testdata/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	q, err := Parse(data, "minimal.yaml")
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if got := len(q.Questions()); got != 3 {
		t.Errorf("questions = %d, want 3", got)
	}
}
