package main

// runCompare is the `compare` command; it is built in its own issue.
func runCompare(e *env, args []string) error {
	return usagef("compare is not available yet")
}
