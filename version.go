package soeverein

import "runtime/debug"

// Build describes a binary of soeverein: which version it is and, when the
// Go tool recorded it, which source revision it was built from.
type Build struct {
	Version  string // "0.1.0" for a release; a Go module or pseudo-version otherwise
	Revision string // the VCS commit, empty when unknown
	Time     string // the commit time (RFC 3339), empty when unknown
	Modified bool   // built from a work tree with uncommitted changes
}

// CurrentBuild describes the running binary: the version set at link time
// if there is one, else the module version and VCS revision that the Go
// tool stamped into the binary.
func CurrentBuild() Build {
	bi, _ := debug.ReadBuildInfo()
	return BuildFrom(Version, bi)
}

// BuildFrom is CurrentBuild for a given link-time version and build
// information (bi may be nil: a binary without it). A link-time version
// wins; without one, the main module's version is used, and a build from
// source without a module version ("(devel)") is Release+"-dev".
func BuildFrom(linked string, bi *debug.BuildInfo) Build {
	var b Build
	if bi != nil {
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				b.Revision = s.Value
			case "vcs.time":
				b.Time = s.Value
			case "vcs.modified":
				b.Modified = s.Value == "true"
			}
		}
	}
	switch {
	case linked != "":
		b.Version = linked
	case bi != nil && bi.Main.Version != "" && bi.Main.Version != "(devel)":
		b.Version = bi.Main.Version
	default:
		b.Version = Release + "-dev"
	}
	return b
}

// ShortRevision is the first 12 characters of the revision, as Go's
// pseudo-versions show it.
func (b Build) ShortRevision() string {
	if len(b.Revision) > 12 {
		return b.Revision[:12]
	}
	return b.Revision
}
