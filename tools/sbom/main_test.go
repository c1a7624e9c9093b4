package main

import (
	"reflect"
	"runtime/debug"
	"strings"
	"testing"
)

func TestBuild(t *testing.T) {
	bi := &debug.BuildInfo{
		GoVersion: "go1.26.8",
		Main:      debug.Module{Path: "soeverein", Version: "(devel)"},
		Deps: []*debug.Module{
			{Path: "gopkg.in/yaml.v3", Version: "v3.0.1", Sum: "h1:abc="},
			{Path: "github.com/old/mod", Version: "v1.0.0", Replace: &debug.Module{Path: "github.com/new/mod", Version: "v1.2.0"}},
		},
		Settings: []debug.BuildSetting{{Key: "GOOS", Value: "windows"}},
	}
	b := build(bi, []byte("binary"), "0.1.0", "EUPL-1.2")
	var names []string
	for _, c := range b.Components {
		names = append(names, c.Name+"@"+c.Version)
	}
	if want := []string{"std@go1.26.8", "github.com/new/mod@v1.2.0", "gopkg.in/yaml.v3@v3.0.1"}; !reflect.DeepEqual(names, want) {
		t.Errorf("components = %v, want %v (std first, then sorted by original path, replacements applied)", names, want)
	}
	m := b.Metadata.Component
	if m.Version != "0.1.0" || m.PURL != "pkg:golang/soeverein@0.1.0" || m.Licenses[0].License.ID != "EUPL-1.2" {
		t.Errorf("main component = %+v", m)
	}
	if got := m.Hashes[0].Content; got != "9a3a45d01531a20e89ac6ae10b0b0beb0492acd7216a368aa062d1a5fecaf9cd" {
		t.Errorf("main component SHA-256 = %s, want the checksum of the binary", got)
	}
	if len(b.Dependencies) != 1 || len(b.Dependencies[0].DependsOn) != 3 {
		t.Errorf("dependencies = %+v, want the main module depending on the 3 components", b.Dependencies)
	}
	if !strings.HasPrefix(b.SerialNumber, "urn:uuid:9a3a45d0-1531-820e-89ac-6ae10b0b0beb") {
		t.Errorf("serial = %s, want a UUID derived from the checksum", b.SerialNumber)
	}
	if again := build(bi, []byte("binary"), "0.1.0", "EUPL-1.2"); !reflect.DeepEqual(b, again) {
		t.Error("two SBOMs of the same binary differ")
	}
}
