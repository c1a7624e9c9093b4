package main

import (
	"soeverein/assessment"
)

// toStdout reports whether -o names standard output: not given, or "-".
func toStdout(out string) bool { return out == "" || out == "-" }

// checkOutput refuses an -o that would replace one of the command's inputs
// (the answers, last year's file, a questionnaire): a report must never
// overwrite what it is made from.
func checkOutput(cmd, out string, inputs ...string) error {
	if toStdout(out) {
		return nil
	}
	for _, in := range inputs {
		if in != "" && assessment.SameFile(out, in) {
			return usagef("%s: -o %s would overwrite %s, which it reads; choose another name, for example rapport.md", cmd, out, in)
		}
	}
	return nil
}

// writeOutput writes data to standard output (-o - or no -o) or atomically
// to the file out; only regular files are replaced (assessment refuses
// devices, pipes and folders).
func writeOutput(e *env, out string, data []byte) (toFile bool, err error) {
	if toStdout(out) {
		_, err := e.stdout.Write(data)
		return false, err
	}
	return true, assessment.WriteFileAtomic(out, data)
}
