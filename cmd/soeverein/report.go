package main

// runReport is the `report` command; it is built in its own issue.
func runReport(e *env, args []string) error {
	return usagef("report is not available yet")
}
