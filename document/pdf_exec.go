package document

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"strings"
	"time"
)

// This file is the only place where the package runs a program.

func lookPath(name string) (string, error) { return exec.LookPath(name) }

// convert runs the converter on src and returns the path of the PDF it
// made.
func (c Converter) convert(ctx context.Context, dir, src string) (string, error) {
	args, out := c.Args(dir, src)
	cmd := exec.CommandContext(ctx, c.Path, args...)
	cmd.Dir = dir
	cmd.Env = append(cmd.Environ(), "HOME="+dir, "TMPDIR="+dir)
	var stderr bytes.Buffer
	cmd.Stdout = &stderr
	cmd.Stderr = &stderr
	cmd.WaitDelay = 5 * time.Second
	killGroup(cmd)
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if len(msg) > 500 {
			msg = msg[:500] + "…"
		}
		return "", fmt.Errorf("make PDF with %s (%s): %w: %v %s", c.Kind, c.Path, errNoPDF, err, msg)
	}
	return out, nil
}
