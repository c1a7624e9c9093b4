package assessment

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCarriedThroughReplaces(t *testing.T) {
	q27, err := Parse(readTestdata(t, "minimal-2027.yaml"), "minimal-2027.yaml")
	if err != nil {
		t.Fatal(err)
	}
	a := &Answers{Answers: map[string]*Answer{
		"cloud.mail":  {Choice: "us", Note: "mail bij VS-partij"},
		"cloud.tools": {Choices: []string{"c", "a"}},
		"cloud.share": {Value: ptr(40.0)},
		"cloud.gone":  {Choice: "x"},
	}}
	got, carries := q27.Carried(a)

	if ans := got.Get("cloud.email"); ans == nil || ans.Choice != "us_provider" || ans.Note != "mail bij VS-partij" {
		t.Errorf("cloud.email = %+v, want us_provider with the old note", ans)
	}
	if !q27.Question("cloud.email").Usable(got.Get("cloud.email")) {
		t.Error("carried answer does not fit the new question")
	}
	if got.Get("cloud.mail") == nil || got.Get("cloud.gone") == nil {
		t.Error("old answers must stay in the copy")
	}
	if a.Get("cloud.email") != nil {
		t.Error("Carried changed the original answers")
	}
	want := []Carry{{From: "cloud.mail", To: "cloud.email", Options: []string{"us_provider"}}}
	if diff := cmp.Diff(want, carries); diff != "" {
		t.Errorf("carries (-want +got):\n%s", diff)
	}

	// An answer already given to the new id wins over the carried one.
	a.Answers["cloud.email"] = &Answer{Choice: "eu"}
	got, _ = q27.Carried(a)
	if c := got.Get("cloud.email").Choice; c != "eu" {
		t.Errorf("cloud.email = %q, want the answer given to the new id (eu)", c)
	}
}

func TestMapOption(t *testing.T) {
	q27, err := Parse(readTestdata(t, "minimal-2027.yaml"), "minimal-2027.yaml")
	if err != nil {
		t.Fatal(err)
	}
	email := q27.Question("cloud.email")
	for _, tc := range []struct{ old, want string }{
		{"us", "us_provider"}, {"us_provider", "us_provider"}, {"eu", "eu"}, {"mars", ""}, {DontKnow, DontKnow}, {NotApplicable, ""},
	} {
		if got := email.MapOption(tc.old); got != tc.want {
			t.Errorf("MapOption(%q) = %q, want %q", tc.old, got, tc.want)
		}
	}
	if got := q27.ReplacedBy("cloud.mail"); got != email {
		t.Errorf("ReplacedBy(cloud.mail) = %v, want cloud.email", got)
	}
}

func TestCarriedLeavesUnmappableAnswersAlone(t *testing.T) {
	q27, err := Parse(readTestdata(t, "minimal-2027.yaml"), "minimal-2027.yaml")
	if err != nil {
		t.Fatal(err)
	}
	a := &Answers{Answers: map[string]*Answer{
		"cloud.mail":  {Choice: "mars"},               // replaced question, option without counterpart
		"cloud.tools": {Choices: []string{"a", "zz"}}, // same question, one option unknown: stays invalid
	}}
	got, carries := q27.Carried(a)
	if got.Get("cloud.email") != nil {
		t.Errorf("cloud.email = %+v, want no carried answer (nothing maps)", got.Get("cloud.email"))
	}
	if c := got.Get("cloud.tools").Choices; !cmp.Equal(c, []string{"a", "zz"}) {
		t.Errorf("cloud.tools = %v, want [a zz] left as it was", c)
	}
	if len(carries) != 0 {
		t.Errorf("carries = %+v, want none", carries)
	}
}
