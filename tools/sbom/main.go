// Command sbom writes a CycloneDX 1.5 SBOM (JSON) for a Go binary, from the
// module list the Go linker records in it (what `go version -m` shows):
// the main module, every module linked in, and the Go standard library.
// scripts/release runs it for each release binary; it is not part of
// soeverein itself.
//
//	go run ./tools/sbom -version 0.1.0 dist/soeverein-linux-amd64 > sbom.cdx.json
//
// The output depends only on the binary and the flags (no clock, no
// random serial number), so that a rebuilt release gives the same bytes.
package main

import (
	"crypto/sha256"
	"debug/buildinfo"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime/debug"
	"sort"
	"strings"
)

type bom struct {
	BOMFormat    string       `json:"bomFormat"`
	SpecVersion  string       `json:"specVersion"`
	SerialNumber string       `json:"serialNumber"`
	Version      int          `json:"version"`
	Metadata     metadata     `json:"metadata"`
	Components   []component  `json:"components"`
	Dependencies []dependency `json:"dependencies"`
}

type metadata struct {
	Component  component  `json:"component"`
	Properties []property `json:"properties,omitempty"`
}

type component struct {
	Type       string     `json:"type"`
	BOMRef     string     `json:"bom-ref"`
	Name       string     `json:"name"`
	Version    string     `json:"version"`
	PURL       string     `json:"purl"`
	Hashes     []hash     `json:"hashes,omitempty"`
	Licenses   []license  `json:"licenses,omitempty"`
	Properties []property `json:"properties,omitempty"`
}

type hash struct {
	Alg     string `json:"alg"`
	Content string `json:"content"`
}

type license struct {
	License struct {
		ID string `json:"id"`
	} `json:"license"`
}

type property struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

type dependency struct {
	Ref       string   `json:"ref"`
	DependsOn []string `json:"dependsOn"`
}

func main() {
	version := flag.String("version", "", "the version of the binary (default: the module version it records)")
	licenseID := flag.String("license", "EUPL-1.2", "SPDX licence identifier of the main module")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: sbom [-version V] [-license SPDX-ID] BINARY")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	data, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "sbom:", err)
		os.Exit(1)
	}
	bi, err := buildinfo.ReadFile(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "sbom:", err)
		os.Exit(1)
	}
	out, err := json.MarshalIndent(build(bi, data, *version, *licenseID), "", "  ")
	if err != nil {
		fmt.Fprintln(os.Stderr, "sbom:", err)
		os.Exit(1)
	}
	os.Stdout.Write(append(out, '\n'))
}

// build makes the SBOM of a binary with build information bi and contents
// data.
func build(bi *debug.BuildInfo, data []byte, version, licenseID string) bom {
	if version == "" {
		version = bi.Main.Version
	}
	sum := sha256.Sum256(data)
	main := module("application", bi.Main.Path, version)
	main.Hashes = []hash{{Alg: "SHA-256", Content: hex.EncodeToString(sum[:])}}
	if licenseID != "" {
		var l license
		l.License.ID = licenseID
		main.Licenses = []license{l}
	}
	var settings []property
	for _, s := range bi.Settings {
		settings = append(settings, property{Name: "go:build:" + s.Key, Value: s.Value})
	}
	b := bom{
		BOMFormat:    "CycloneDX",
		SpecVersion:  "1.5",
		SerialNumber: serial(sum),
		Version:      1,
		Metadata:     metadata{Component: main, Properties: settings},
	}
	std := module("library", "std", bi.GoVersion)
	deps := []string{std.BOMRef}
	b.Components = append(b.Components, std)
	mods := append([]*debug.Module(nil), bi.Deps...)
	sort.Slice(mods, func(i, j int) bool { return mods[i].Path < mods[j].Path })
	for _, m := range mods {
		if m.Replace != nil {
			m = m.Replace
		}
		c := module("library", m.Path, m.Version)
		if m.Sum != "" {
			c.Properties = []property{{Name: "go:module:sum", Value: m.Sum}}
		}
		b.Components = append(b.Components, c)
		deps = append(deps, c.BOMRef)
	}
	// The binary records which modules are linked, not who requires whom:
	// the main module is listed as depending on all of them.
	b.Dependencies = []dependency{{Ref: main.BOMRef, DependsOn: deps}}
	return b
}

func module(typ, path, version string) component {
	purl := "pkg:golang/" + path
	if version != "" && version != "(devel)" {
		purl += "@" + version
	}
	return component{Type: typ, BOMRef: purl, Name: path, Version: version, PURL: purl}
}

// serial is a urn:uuid made from the binary's checksum (shaped as a
// version 8 UUID), so that the same binary always gets the same SBOM.
func serial(sum [32]byte) string {
	u := sum[:16]
	u[6] = u[6]&0x0f | 0x80
	u[8] = u[8]&0x3f | 0x80
	h := hex.EncodeToString(u)
	return "urn:uuid:" + strings.Join([]string{h[0:8], h[8:12], h[12:16], h[16:20], h[20:32]}, "-")
}
