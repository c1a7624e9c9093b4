package soeverein

import (
	"runtime/debug"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestBuildFrom(t *testing.T) {
	vcs := []debug.BuildSetting{
		{Key: "-trimpath", Value: "true"},
		{Key: "vcs", Value: "git"},
		{Key: "vcs.revision", Value: "db5209e5a74a9df3c9f8490f7b61748a1944edb5"},
		{Key: "vcs.time", Value: "2026-12-01T20:09:42Z"},
		{Key: "vcs.modified", Value: "true"},
	}
	info := func(version string, settings []debug.BuildSetting) *debug.BuildInfo {
		return &debug.BuildInfo{Main: debug.Module{Path: "soeverein", Version: version}, Settings: settings}
	}
	for _, tc := range []struct {
		name   string
		linked string
		bi     *debug.BuildInfo
		want   Build
	}{
		{"release build: the linked version wins", "0.1.0", info("v0.0.0-20261201200942-db5209e5a74a", vcs),
			Build{Version: "0.1.0", Revision: "db5209e5a74a9df3c9f8490f7b61748a1944edb5", Time: "2026-12-01T20:09:42Z", Modified: true}},
		{"release build without build info", "0.1.0", nil, Build{Version: "0.1.0"}},
		{"go install module@version", "", info("v0.1.0", nil), Build{Version: "v0.1.0"}},
		{"go build in a clone: pseudo-version and revision", "", info("v0.0.0-20261201200942-db5209e5a74a+dirty", vcs),
			Build{Version: "v0.0.0-20261201200942-db5209e5a74a+dirty", Revision: "db5209e5a74a9df3c9f8490f7b61748a1944edb5", Time: "2026-12-01T20:09:42Z", Modified: true}},
		{"clean tree", "", info("v0.1.0", []debug.BuildSetting{{Key: "vcs.revision", Value: "abc"}, {Key: "vcs.modified", Value: "false"}}),
			Build{Version: "v0.1.0", Revision: "abc"}},
		{"go run without VCS stamp", "", info("(devel)", nil), Build{Version: Release + "-dev"}},
		{"empty module version", "", info("", nil), Build{Version: Release + "-dev"}},
		{"no build info", "", nil, Build{Version: Release + "-dev"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, BuildFrom(tc.linked, tc.bi)); diff != "" {
				t.Errorf("BuildFrom(%q, ...) mismatch (-want +got):\n%s", tc.linked, diff)
			}
		})
	}
}

func TestShortRevision(t *testing.T) {
	for rev, want := range map[string]string{
		"db5209e5a74a9df3c9f8490f7b61748a1944edb5": "db5209e5a74a",
		"abc": "abc",
		"":    "",
	} {
		if got := (Build{Revision: rev}).ShortRevision(); got != want {
			t.Errorf("ShortRevision(%q) = %q, want %q", rev, got, want)
		}
	}
}

// TestCurrentBuild checks the test binary itself: go test links no
// version, so the version comes from the build information.
func TestCurrentBuild(t *testing.T) {
	if Version != "" {
		t.Skip("built with a linked version")
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		t.Skip("no build information")
	}
	if got, want := CurrentBuild(), BuildFrom("", bi); got != want {
		t.Errorf("CurrentBuild() = %+v, want %+v", got, want)
	}
}
