package main

// runScore is the `score` command; it is built in its own issue.
func runScore(e *env, args []string) error {
	return usagef("score is not available yet")
}
