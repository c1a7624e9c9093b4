// Package reports renders a scored self-assessment as a markdown report for
// the municipal council, in Dutch or English, through embedded templates.
package reports
