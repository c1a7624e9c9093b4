package main

import (
	"soeverein/assessment"
	"soeverein/texts"
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
		if in != "" && in != "-" && assessment.SameFile(out, in) {
			return usageErr(texts.CmdOutputOverwrite, texts.A("command", cmd), texts.A("out", out), texts.A("file", in))
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
	if err := assessment.WriteFileAtomic(out, data); err != nil {
		return true, failDetail(texts.CmdFileWriteFailed, err, texts.A("file", out))
	}
	return true, nil
}
