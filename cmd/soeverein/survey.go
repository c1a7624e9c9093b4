package main

// runSurvey starts the interactive survey. Until the survey exists it shows
// the list of commands.
func runSurvey(e *env, args []string) error {
	return runEnv(e, []string{"help"})
}
