package soeverein

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoNetwork holds SECURITY.md's promise that soeverein never uses the
// network: the command must not link Go's network packages (net/url and
// net/netip, parsers, are fine).
func TestNoNetwork(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to list the dependencies")
	}
	out, err := exec.Command(goTool, "list", "-deps", "./cmd/soeverein").Output()
	if err != nil {
		t.Fatalf("go list -deps ./cmd/soeverein: %v", err)
	}
	forbidden := map[string]bool{"net": true, "net/http": true, "net/rpc": true, "net/smtp": true, "net/mail": true, "crypto/tls": true}
	for _, pkg := range strings.Fields(string(out)) {
		if forbidden[pkg] {
			t.Errorf("soeverein links %s; SECURITY.md promises it never uses the network", pkg)
		}
	}
}
