package soeverein

import (
	"fmt"
	"maps"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// publicCode is the part of the publiccode.yml standard (version 0.4,
// https://yml.publiccode.tools) that this repository's file uses. Fields
// the standard makes mandatory are checked by checkPublicCode.
type publicCode struct {
	PubliccodeYmlVersion string                    `yaml:"publiccodeYmlVersion"`
	Name                 string                    `yaml:"name"`
	URL                  string                    `yaml:"url"`
	SoftwareVersion      string                    `yaml:"softwareVersion"`
	ReleaseDate          string                    `yaml:"releaseDate"`
	Platforms            []string                  `yaml:"platforms"`
	Categories           []string                  `yaml:"categories"`
	DevelopmentStatus    string                    `yaml:"developmentStatus"`
	SoftwareType         string                    `yaml:"softwareType"`
	Description          map[string]publicCodeDesc `yaml:"description"`
	Legal                struct{ License string }  `yaml:"legal"`
	Maintenance          publicCodeMaintenance     `yaml:"maintenance"`
	Localisation         publicCodeLocalisation    `yaml:"localisation"`
	Extra                map[string]any            `yaml:",inline"`
}

type publicCodeDesc struct {
	ShortDescription string   `yaml:"shortDescription"`
	LongDescription  string   `yaml:"longDescription"`
	Features         []string `yaml:"features"`
}

type publicCodeMaintenance struct {
	Type        string                  `yaml:"type"`
	Contacts    []struct{ Name string } `yaml:"contacts"`
	Contractors []struct {
		Name  string
		Until string
	} `yaml:"contractors"`
}

type publicCodeLocalisation struct {
	LocalisationReady  *bool    `yaml:"localisationReady"`
	AvailableLanguages []string `yaml:"availableLanguages"`
}

// The standard's value sets (publiccode.yml 0.4, docs/standard/schema.core.rst
// and categories-list.rst).
var (
	pcDevelopmentStatus = []string{"concept", "development", "beta", "stable", "obsolete"}
	pcSoftwareType      = []string{"standalone/mobile", "standalone/iot", "standalone/desktop", "standalone/web",
		"standalone/backend", "standalone/other", "addon", "library", "configurationFiles"}
	pcMaintenanceType = []string{"internal", "contract", "community", "none"}
	pcPlatforms       = []string{"web", "windows", "mac", "linux", "ios", "android"}
	pcLanguageTag     = regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$`)
)

var pcCategories = map[string]bool{
	"accounting":                      true,
	"agile-project-management":        true,
	"applicant-tracking":              true,
	"application-development":         true,
	"appointment-scheduling":          true,
	"backup":                          true,
	"billing-and-invoicing":           true,
	"blog":                            true,
	"budgeting":                       true,
	"business-intelligence":           true,
	"business-process-management":     true,
	"cad":                             true,
	"call-center-management":          true,
	"cloud-management":                true,
	"collaboration":                   true,
	"communications":                  true,
	"compliance-management":           true,
	"contact-management":              true,
	"content-management":              true,
	"crm":                             true,
	"customer-service-and-support":    true,
	"data-analytics":                  true,
	"data-collection":                 true,
	"data-visualization":              true,
	"design":                          true,
	"design-system":                   true,
	"digital-asset-management":        true,
	"digital-citizenship":             true,
	"document-management":             true,
	"donor-management":                true,
	"e-commerce":                      true,
	"e-signature":                     true,
	"educational-content":             true,
	"email-management":                true,
	"email-marketing":                 true,
	"employee-management":             true,
	"enterprise-project-management":   true,
	"enterprise-social-networking":    true,
	"erp":                             true,
	"event-management":                true,
	"facility-management":             true,
	"feedback-and-reviews-management": true,
	"financial-reporting":             true,
	"fleet-management":                true,
	"fundraising":                     true,
	"gamification":                    true,
	"geographic-information-systems":  true,
	"grant-management":                true,
	"graphic-design":                  true,
	"help-desk":                       true,
	"hr":                              true,
	"ide":                             true,
	"identity-management":             true,
	"instant-messaging":               true,
	"integrated-library-system":       true,
	"inventory-management":            true,
	"it-asset-management":             true,
	"it-development":                  true,
	"it-management":                   true,
	"it-security":                     true,
	"it-service-management":           true,
	"knowledge-management":            true,
	"learning-management-system":      true,
	"marketing":                       true,
	"mind-mapping":                    true,
	"mobile-marketing":                true,
	"mobile-payment":                  true,
	"network-management":              true,
	"office":                          true,
	"online-booking":                  true,
	"online-community":                true,
	"payment-gateway":                 true,
	"payroll":                         true,
	"predictive-analysis":             true,
	"procurement":                     true,
	"productivity-suite":              true,
	"project-collaboration":           true,
	"project-management":              true,
	"property-management":             true,
	"real-estate-management":          true,
	"regulations-and-directives":      true,
	"remote-support":                  true,
	"resource-management":             true,
	"sales-management":                true,
	"seo":                             true,
	"service-desk":                    true,
	"social-media-management":         true,
	"survey":                          true,
	"talent-management":               true,
	"task-management":                 true,
	"taxes-management":                true,
	"test-management":                 true,
	"time-management":                 true,
	"time-tracking":                   true,
	"translation":                     true,
	"video-conferencing":              true,
	"video-editing":                   true,
	"visitor-management":              true,
	"voip":                            true,
	"warehouse-management":            true,
	"web-collaboration":               true,
	"web-conferencing":                true,
	"website-builder":                 true,
	"whistleblowing":                  true,
	"workflow-management":             true,
}

// checkPublicCode returns every way data breaks the publiccode.yml 0.4
// standard's rules for mandatory keys and value sets.
func checkPublicCode(data []byte) []string {
	var pc publicCode
	if err := yaml.Unmarshal(data, &pc); err != nil {
		return []string{err.Error()}
	}
	var p []string
	bad := func(format string, args ...any) { p = append(p, fmt.Sprintf(format, args...)) }
	if pc.PubliccodeYmlVersion != "0.4" {
		bad("publiccodeYmlVersion = %q, want \"0.4\"", pc.PubliccodeYmlVersion)
	}
	if strings.TrimSpace(pc.Name) == "" {
		bad("name is missing")
	}
	if u, err := url.Parse(pc.URL); err != nil || u.Scheme != "https" || u.Host == "" {
		bad("url %q is not an https URL of a repository", pc.URL)
	}
	if pc.ReleaseDate != "" {
		if _, err := time.Parse(time.DateOnly, pc.ReleaseDate); err != nil {
			bad("releaseDate %q is not a date YYYY-MM-DD", pc.ReleaseDate)
		}
	}
	if len(pc.Platforms) == 0 {
		bad("platforms is missing")
	}
	for _, v := range pc.Platforms {
		if !slices.Contains(pcPlatforms, v) {
			bad("platform %q is not one of %v", v, pcPlatforms)
		}
	}
	if len(pc.Categories) == 0 {
		bad("categories is missing")
	}
	for _, c := range pc.Categories {
		if !pcCategories[c] {
			bad("category %q is not in the standard's list", c)
		}
	}
	oneOf := func(key, v string, set []string) {
		if !slices.Contains(set, v) {
			bad("%s %q is not one of %v", key, v, set)
		}
	}
	oneOf("developmentStatus", pc.DevelopmentStatus, pcDevelopmentStatus)
	oneOf("softwareType", pc.SoftwareType, pcSoftwareType)
	oneOf("maintenance.type", pc.Maintenance.Type, pcMaintenanceType)
	switch pc.Maintenance.Type {
	case "internal", "community":
		if len(pc.Maintenance.Contacts) == 0 {
			bad("maintenance.contacts is required for maintenance type %s", pc.Maintenance.Type)
		}
	case "contract":
		if len(pc.Maintenance.Contractors) == 0 {
			bad("maintenance.contractors is required for maintenance type contract")
		}
	}
	for _, c := range pc.Maintenance.Contacts {
		if strings.TrimSpace(c.Name) == "" {
			bad("maintenance contact without a name")
		}
	}
	if len(pc.Description) == 0 {
		bad("description has no language")
	}
	for lang, d := range pc.Description {
		if !pcLanguageTag.MatchString(lang) {
			bad("description language %q is not a BCP 47 tag", lang)
		}
		if n := utf8.RuneCountInString(d.ShortDescription); n == 0 || n > 150 {
			bad("description.%s.shortDescription has %d characters, want 1 to 150", lang, n)
		}
		if n := utf8.RuneCountInString(d.LongDescription); n < 150 || n > 10000 {
			bad("description.%s.longDescription has %d characters, want 150 to 10000", lang, n)
		}
		if len(d.Features) == 0 {
			bad("description.%s.features is missing", lang)
		}
	}
	if pc.Legal.License == "" {
		bad("legal.license is missing")
	}
	if pc.Localisation.LocalisationReady == nil {
		bad("localisation.localisationReady is missing")
	}
	if len(pc.Localisation.AvailableLanguages) == 0 {
		bad("localisation.availableLanguages is missing")
	}
	for _, l := range pc.Localisation.AvailableLanguages {
		if !pcLanguageTag.MatchString(l) {
			bad("available language %q is not a BCP 47 tag", l)
		}
	}
	return p
}

// TestPublicCode checks publiccode.yml against the standard and against
// what this repository says elsewhere: the version, the licence and the
// languages.
func TestPublicCode(t *testing.T) {
	data, err := os.ReadFile("publiccode.yml")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range checkPublicCode(data) {
		t.Errorf("publiccode.yml: %s", p)
	}
	var pc publicCode
	if err := yaml.Unmarshal(data, &pc); err != nil {
		t.Fatal(err)
	}
	if pc.SoftwareVersion != Release {
		t.Errorf("publiccode.yml: softwareVersion %q, want soeverein.Release %q", pc.SoftwareVersion, Release)
	}
	if pc.Legal.License != "EUPL-1.2" {
		t.Errorf("publiccode.yml: legal.license %q, want EUPL-1.2 (the LICENSE file)", pc.Legal.License)
	}
	for _, lang := range []string{"nl", "en"} {
		if _, ok := pc.Description[lang]; !ok {
			t.Errorf("publiccode.yml: no description in %s", lang)
		}
		if !slices.Contains(pc.Localisation.AvailableLanguages, lang) {
			t.Errorf("publiccode.yml: localisation.availableLanguages lacks %s", lang)
		}
	}
	if len(pc.Extra) > 0 {
		t.Errorf("publiccode.yml: keys this test does not check: %v", slices.Sorted(maps.Keys(pc.Extra)))
	}
	changelog, err := os.ReadFile("CHANGELOG.md")
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("## [%s] - %s", Release, pc.ReleaseDate); !strings.Contains(string(changelog), want) {
		t.Errorf("CHANGELOG.md has no heading %q for the version and date in publiccode.yml", want)
	}
}

// TestCheckPublicCode makes sure the checker rejects what the standard
// forbids, so that TestPublicCode passing means something.
func TestCheckPublicCode(t *testing.T) {
	good, err := os.ReadFile("publiccode.yml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, old, new, want string }{
		{"version", `publiccodeYmlVersion: "0.4"`, `publiccodeYmlVersion: "9"`, "publiccodeYmlVersion"},
		{"development status", "developmentStatus: beta", "developmentStatus: ready", `developmentStatus "ready"`},
		{"software type", `softwareType: "standalone/desktop"`, `softwareType: "app"`, `softwareType "app"`},
		{"maintenance type", `type: "internal"`, `type: "vendor"`, `maintenance.type "vendor"`},
		{"contacts required", "  contacts:\n    # Placeholder: the publishing municipality fills in its maintainer.\n    - name: \"Beheerder van soeverein (in te vullen)\"\n", "", "maintenance.contacts is required"},
		{"category", "  - survey\n", "  - surveys\n", `category "surveys"`},
		{"date", `releaseDate: "2026-12-01"`, `releaseDate: "01-12-2026"`, "releaseDate"},
		{"url", `url: "https://code.example.org/soeverein/soeverein.git"`, `url: "soeverein"`, "url"},
		{"platform", "  - mac\n", "  - macos\n", `platform "macos"`},
		{"short description", "    shortDescription: >-\n      Jaarlijkse", "    shortDescription: >-\n      " + strings.Repeat("x", 151) + " Jaarlijkse", "nl.shortDescription"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(string(good), tc.old) {
				t.Fatalf("publiccode.yml no longer contains %q; update the test", tc.old)
			}
			broken := strings.Replace(string(good), tc.old, tc.new, 1)
			p := checkPublicCode([]byte(broken))
			if !slices.ContainsFunc(p, func(s string) bool { return strings.Contains(s, tc.want) }) {
				t.Errorf("checkPublicCode = %q, want a problem mentioning %q", p, tc.want)
			}
		})
	}
}
