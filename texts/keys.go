package texts

// The keys of every text. Each is in every catalog file (the tests check
// that this list and catalogs/en.yaml have exactly the same keys, and that
// every catalog has the keys of en.yaml). Group them by the package that
// shows them; the key's prefix is the group.
//
// To add a text: add a constant here, the text to en.yaml and to every
// other catalog. To find which texts a new language still lacks:
// go run ./texts/translate fy.
const (
	// Languages.
	LangUnknown Key = "lang.unknown" // {lang} {known}

	// Formatting (format.go). Symbols such as the decimal sign are texts
	// too, so that a language brings its own.
	FormatDecimal   Key = "format.decimal"
	FormatMinus     Key = "format.minus"
	FormatPercent   Key = "format.percent"    // {n}
	FormatDate      Key = "format.date"       // {day} {month} {year}
	FormatMonthYear Key = "format.month_year" // {month} {year}
	FormatAnd       Key = "format.and"
	FormatOr        Key = "format.or"
	FormatMonth1    Key = "format.month.1"
	FormatMonth2    Key = "format.month.2"
	FormatMonth3    Key = "format.month.3"
	FormatMonth4    Key = "format.month.4"
	FormatMonth5    Key = "format.month.5"
	FormatMonth6    Key = "format.month.6"
	FormatMonth7    Key = "format.month.7"
	FormatMonth8    Key = "format.month.8"
	FormatMonth9    Key = "format.month.9"
	FormatMonth10   Key = "format.month.10"
	FormatMonth11   Key = "format.month.11"
	FormatMonth12   Key = "format.month.12"

	// The period of an answers file.
	PeriodYearDate Key = "period.year_date" // {year} {date}
	PeriodDate     Key = "period.date"      // {date}
	PeriodNone     Key = "period.none"

	// compare: why files cannot be compared.
	CompareTooFew       Key = "compare.too_few"      // plural {count}
	CompareMunicipality Key = "compare.municipality" // {file} {name} {code} {other_file} {other_name} {other_code}
	CompareSamePeriod   Key = "compare.same_period"  // {file} {other_file} {period}
	CompareNoName       Key = "compare.no_name"

	// The kinds of answer change in a comparison (compare.Kind…).
	TrendKindBetter        Key = "trend.kind.better"
	TrendKindWorse         Key = "trend.kind.worse"
	TrendKindNewlyAnswered Key = "trend.kind.newly_answered"
	TrendKindChanged       Key = "trend.kind.changed"
	TrendKindGone          Key = "trend.kind.question_gone"

	// Positioned problems (problem.go): the frame, and one text per code.
	ProblemWarning        Key = "problem.warning"
	ProblemSummary        Key = "problem.summary"         // plural {count}
	ProblemNotYAML        Key = "problem.not_yaml"        // {detail}
	ProblemEmptyFile      Key = "problem.empty_file"      // {expected}
	ProblemNotUTF8        Key = "problem.not_utf8"        //
	ProblemUnknownField   Key = "problem.unknown_field"   // {owner} {field} {known}
	ProblemDuplicateField Key = "problem.duplicate_field" // {owner} {field}
	ProblemMissingField   Key = "problem.missing_field"   // {field} {example}
	ProblemUnknownAnswer  Key = "problem.unknown_answer"  // {question}
)
