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
	ProblemWarning            Key = "problem.warning"
	ProblemSummary            Key = "problem.summary"         // plural {count}
	ProblemNotYAML            Key = "problem.not_yaml"        // {detail}
	ProblemEmptyFile          Key = "problem.empty_file"      // {expected}
	ProblemNotUTF8            Key = "problem.not_utf8"        //
	ProblemUnknownField       Key = "problem.unknown_field"   // {owner} {field} {known}
	ProblemDuplicateField     Key = "problem.duplicate_field" // {owner} {field}
	ProblemMissingField       Key = "problem.missing_field"   // {field} {example}
	ProblemUnknownAnswer      Key = "problem.unknown_answer"  // {question}
	ProblemOtherVersion       Key = "problem.other_version"   // {answered} {scored}
	ProblemNotAnswers         Key = "problem.not_answers"
	ProblemNotQuestionnaire   Key = "problem.not_questionnaire"   // {kind}
	ProblemWrongKind          Key = "problem.wrong_kind"          // {want} {found}
	ProblemOtherQuestionnaire Key = "problem.other_questionnaire" // {answered} {scored}

	// Severities of findings, in the words every output uses.
	SeverityLow      Key = "severity.low"
	SeverityMedium   Key = "severity.medium"
	SeverityHigh     Key = "severity.high"
	SeverityCritical Key = "severity.critical"

	// cmd/soeverein: usage, help, errors and the score and compare tables;
	// the command table (cmd/soeverein/commands.go) names them.
	CmdMainTitle                   Key = "cmd.main.title"
	CmdMainTitleShort              Key = "cmd.main.title_short"
	CmdMainFooter                  Key = "cmd.main.footer"
	CmdUsageWord                   Key = "cmd.usage.word"
	CmdOptionsWord                 Key = "cmd.options.word"
	CmdValueCommandName            Key = "cmd.value.command_name"
	CmdCommandsHeading             Key = "cmd.commands.heading"
	CmdOptionsHeading              Key = "cmd.options.heading"
	CmdUnknownCommand              Key = "cmd.unknown_command"
	CmdUnknownFlag                 Key = "cmd.unknown_flag"
	CmdFlagNeedsValue              Key = "cmd.flag.needs_value"
	CmdFlagBadValue                Key = "cmd.flag.bad_value"
	CmdFlagDefault                 Key = "cmd.flag.default"
	CmdNoArgs                      Key = "cmd.no_args"
	CmdStdinNotHere                Key = "cmd.stdin.not_here"
	CmdStdinOnce                   Key = "cmd.stdin.once"
	CmdProblemsFix                 Key = "cmd.problems.fix"
	CmdNoMunicipality              Key = "cmd.no_municipality"
	CmdValueFile                   Key = "cmd.value.file"
	CmdValueLast                   Key = "cmd.value.last"
	CmdValueAnswers                Key = "cmd.value.answers"
	CmdValueAnswersOptional        Key = "cmd.value.answers_optional"
	CmdValueAnswersMany            Key = "cmd.value.answers_many"
	CmdValueShell                  Key = "cmd.value.shell"
	CmdValueCommand                Key = "cmd.value.command"
	CmdFlagLang                    Key = "cmd.flag.lang"
	CmdFlagHelp                    Key = "cmd.flag.help"
	CmdFlagQuestions               Key = "cmd.flag.questions"
	CmdFlagJSON                    Key = "cmd.flag.json"
	CmdFlagKnown                   Key = "cmd.flag.known"
	CmdFlagFrom                    Key = "cmd.flag.from"
	CmdFlagAccessible              Key = "cmd.flag.accessible"
	CmdFlagReportOut               Key = "cmd.flag.report_out"
	CmdFlagPrevious                Key = "cmd.flag.previous"
	CmdFlagCompareOut              Key = "cmd.flag.compare_out"
	CmdSurveySummary               Key = "cmd.survey.summary"
	CmdSurveyAbout                 Key = "cmd.survey.about"
	CmdSurveyArgs                  Key = "cmd.survey.args"
	CmdSurveyFromExists            Key = "cmd.survey.from_exists"
	CmdScoreSummary                Key = "cmd.score.summary"
	CmdScoreAbout                  Key = "cmd.score.about"
	CmdScoreArgs                   Key = "cmd.score.args"
	CmdScoreIncomplete             Key = "cmd.score.incomplete"
	CmdScoreOverallNoLevel         Key = "cmd.score.overall_no_level"
	CmdScoreQuestionnaire          Key = "cmd.score.questionnaire"
	CmdScoreVersionMismatch        Key = "cmd.score.version_mismatch"
	CmdScoreCriticalNote           Key = "cmd.score.critical_note"
	CmdScoreCapRule                Key = "cmd.score.cap_rule"
	CmdScoreCapOverall             Key = "cmd.score.cap_overall"
	CmdScoreIncompleteNote         Key = "cmd.score.incomplete_note"
	CmdScoreInvalid                Key = "cmd.score.invalid"
	CmdScoreDontKnow               Key = "cmd.score.dont_know"
	CmdScoreCarriedOver            Key = "cmd.score.carried_over"
	CmdScoreReview                 Key = "cmd.score.review"
	CmdScoreTopFindings            Key = "cmd.score.top_findings"
	CmdScoreSeeReport              Key = "cmd.score.see_report"
	CmdScoreNoLevel                Key = "cmd.score.no_level"
	CmdScoreCapped                 Key = "cmd.score.capped"
	CmdTableTheme                  Key = "cmd.table.theme"
	CmdTableScore                  Key = "cmd.table.score"
	CmdTableLevel                  Key = "cmd.table.level"
	CmdTableAnswered               Key = "cmd.table.answered"
	CmdTableOverall                Key = "cmd.table.overall"
	CmdTableTrend                  Key = "cmd.table.trend"
	CmdTableChange                 Key = "cmd.table.change"
	CmdReportSummary               Key = "cmd.report.summary"
	CmdReportAbout                 Key = "cmd.report.about"
	CmdReportArgs                  Key = "cmd.report.args"
	CmdOutputOverwrite             Key = "cmd.output.overwrite"
	CmdReportPreviousSelf          Key = "cmd.report.previous_self"
	CmdReportPreviousNewer         Key = "cmd.report.previous_newer"
	CmdReportDraft                 Key = "cmd.report.draft"
	CmdReportWritten               Key = "cmd.report.written"
	CmdCompareSummary              Key = "cmd.compare.summary"
	CmdCompareAbout                Key = "cmd.compare.about"
	CmdCompareArgs                 Key = "cmd.compare.args"
	CmdCompareWritten              Key = "cmd.compare.written"
	CmdCompareScoredWith           Key = "cmd.compare.scored_with"
	CmdCompareReported             Key = "cmd.compare.reported"
	CmdCompareAnsweredWith         Key = "cmd.compare.answered_with"
	CmdCompareExplains             Key = "cmd.compare.explains"
	CmdCompareNoScore              Key = "cmd.compare.no_score"
	CmdCompareQuestionnaireUnknown Key = "cmd.compare.questionnaire_unknown"
	CmdCompareQuestionnaireDelta   Key = "cmd.compare.questionnaire_delta"
	CmdCompareBetter               Key = "cmd.compare.better"
	CmdCompareWorse                Key = "cmd.compare.worse"
	CmdCompareNewlyAnswered        Key = "cmd.compare.newly_answered"
	CmdCompareAnswersChanged       Key = "cmd.compare.answers_changed"
	CmdCompareCritical             Key = "cmd.compare.critical"
	CmdCompareStillWeak            Key = "cmd.compare.still_weak"
	CmdCompareGone                 Key = "cmd.compare.gone"
	CmdCompareCarriedOver          Key = "cmd.compare.carried_over"
	CmdCompareUnknownVersion       Key = "cmd.compare.unknown_version"
	CmdCompareSeeTrend             Key = "cmd.compare.see_trend"
	CmdValidateSummary             Key = "cmd.validate.summary"
	CmdValidateAbout               Key = "cmd.validate.about"
	CmdValidateArgs                Key = "cmd.validate.args"
	CmdValidateValid               Key = "cmd.validate.valid"
	CmdCountThemes                 Key = "cmd.count.themes"
	CmdCountQuestions              Key = "cmd.count.questions"
	CmdCountRules                  Key = "cmd.count.rules"
	CmdQuestionsSummary            Key = "cmd.questions.summary"
	CmdQuestionsAbout              Key = "cmd.questions.about"
	CmdValueVersion                Key = "cmd.value.version"
	CmdFlagQuestionsVersion        Key = "cmd.flag.questions_version"
	CmdQuestionsUnknownVersion     Key = "cmd.questions.unknown_version"
	CmdQuestionsArgs               Key = "cmd.questions.args"
	CmdConfigSummary               Key = "cmd.config.summary"
	CmdConfigAbout                 Key = "cmd.config.about"
	CmdConfigFile                  Key = "cmd.config.file"
	CmdConfigNoFolder              Key = "cmd.config.no_folder"
	CmdConfigFileMissing           Key = "cmd.config.file_missing"
	CmdConfigFromFile              Key = "cmd.config.from_file"
	CmdConfigFromEnv               Key = "cmd.config.from_env"
	CmdConfigBuiltIn               Key = "cmd.config.built_in"
	CmdConfigBuiltInQuestions      Key = "cmd.config.built_in_questions"
	CmdConfigNone                  Key = "cmd.config.none"
	CmdConfigEnvLang               Key = "cmd.config.env_lang"
	CmdConfigNotYAML               Key = "cmd.config.not_yaml"
	CmdConfigProblem               Key = "cmd.config.problem"
	CmdConfigNotMapping            Key = "cmd.config.not_mapping"
	CmdConfigNotText               Key = "cmd.config.not_text"
	CmdConfigNotList               Key = "cmd.config.not_list"
	CmdConfigBadLang               Key = "cmd.config.bad_lang"
	CmdConfigUnknownField          Key = "cmd.config.unknown_field"
	CmdCompletionSummary           Key = "cmd.completion.summary"
	CmdCompletionAbout             Key = "cmd.completion.about"
	CmdCompletionArgs              Key = "cmd.completion.args"
	CmdCompletionUnknownShell      Key = "cmd.completion.unknown_shell"
	CmdManSummary                  Key = "cmd.man.summary"
	CmdManAbout                    Key = "cmd.man.about"
	CmdManSection                  Key = "cmd.man.section"
	CmdManName                     Key = "cmd.man.name"
	CmdManSynopsis                 Key = "cmd.man.synopsis"
	CmdManCommands                 Key = "cmd.man.commands"
	CmdManFiles                    Key = "cmd.man.files"
	CmdManFilesText                Key = "cmd.man.files_text"
	CmdManEnvironment              Key = "cmd.man.environment"
	CmdManEnvironmentText          Key = "cmd.man.environment_text"
	CmdManExit                     Key = "cmd.man.exit"
	CmdManExitText                 Key = "cmd.man.exit_text"
	CmdVersionSummary              Key = "cmd.version.summary"
	CmdVersionAbout                Key = "cmd.version.about"
	CmdVersionLine                 Key = "cmd.version.line"
	CmdVersionCommit               Key = "cmd.version.commit"
	CmdVersionCommitModified       Key = "cmd.version.commit_modified"
	CmdHelpSummary                 Key = "cmd.help.summary"
	CmdHelpAbout                   Key = "cmd.help.about"
	CmdFileNotFound                Key = "cmd.file.not_found"
	CmdFileNoAccess                Key = "cmd.file.no_access"
	CmdFileIsFolder                Key = "cmd.file.is_folder"
	CmdFileUnreadable              Key = "cmd.file.unreadable"
	CmdFileWriteFailed             Key = "cmd.file.write_failed"
)
