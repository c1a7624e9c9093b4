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

	// The phrases of every output about a score (package figure).
	FigureNoLevel             Key = "figure.no_level"    // {answered} {total}
	FigureNoLevelIn           Key = "figure.no_level_in" // {theme} {answered} {total}
	FigureOverWhatWasAnswered Key = "figure.over_what_was_answered"

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

	// survey: the terminal survey and the accessible mode (survey/). Key
	// names follow the screen: survey.key.* are the help bar's words,
	// survey.accessible.* the line mode's prompts.
	SurveyAppTitle               Key = "survey.app_title"
	SurveySaved                  Key = "survey.saved"
	SurveySaving                 Key = "survey.saving"
	SurveyNotSaved               Key = "survey.not_saved"
	SurveySaveFailed             Key = "survey.save_failed" // {error}
	SurveyWarnings               Key = "survey.warnings"    // plural {count}
	SurveyTooSmall               Key = "survey.too_small"   // {height} {width}
	SurveyThemes                 Key = "survey.themes"
	SurveyThemesPick             Key = "survey.themes_pick"
	SurveyQuestionOf             Key = "survey.question_of" // {number} {total}
	SurveyAnswered               Key = "survey.answered"    // {answered} {total}
	SurveyAllAnswered            Key = "survey.all_answered"
	SurveyHiddenFollowUps        Key = "survey.hidden_follow_ups" // plural {count}
	SurveyStanding               Key = "survey.standing"
	SurveyFinishAsk              Key = "survey.finish_ask"
	SurveyStartDraft             Key = "survey.start_draft" // {answered} {total}
	SurveyStartFinished          Key = "survey.start_finished"
	SurveyStartEdited            Key = "survey.start_edited" // {when}
	SurveyKeyNextYear            Key = "survey.key.next_year"
	SurveyKeyDetails             Key = "survey.key.details"
	SurveyThemeMarked            Key = "survey.theme_marked" // {count}
	SurveyThemeNotes             Key = "survey.theme_notes"  // {count}
	SurveyDetailsTitle           Key = "survey.details_title"
	SurveyDetailsIntro           Key = "survey.details_intro"
	SurveyDetailsSaved           Key = "survey.details_saved"
	SurveyCarriedMarkHint        Key = "survey.carried_mark_hint"
	SurveyPlaceholderCBS         Key = "survey.placeholder_cbs"
	SurveyPlaceholderFile        Key = "survey.placeholder_file"
	SurveyStandingAll            Key = "survey.standing_all"
	SurveyNoLevelYet             Key = "survey.no_level_yet"
	SurveyLevelShort             Key = "survey.level_short" // {level}
	SurveyLastQuestion           Key = "survey.last_question"
	SurveyFirstQuestion          Key = "survey.first_question"
	SurveyNothingOpen            Key = "survey.nothing_open"
	SurveyMoreAbove              Key = "survey.more_above"
	SurveyMoreBelow              Key = "survey.more_below"
	SurveyPasteIgnored           Key = "survey.paste_ignored"
	SurveyDontKnow               Key = "survey.dont_know"
	SurveyNotApplicable          Key = "survey.not_applicable"
	SurveyMarked                 Key = "survey.marked"
	SurveyHelpTitle              Key = "survey.help_title"
	SurveyHelpHint               Key = "survey.help_hint"
	SurveyRefs                   Key = "survey.refs"
	SurveyNote                   Key = "survey.note"
	SurveyEvidence               Key = "survey.evidence"
	SurveyEvidenceCount          Key = "survey.evidence_count" // plural {count}
	SurveyEvidenceLevel          Key = "survey.evidence_level"
	SurveyNoEvidenceLevel        Key = "survey.no_evidence_level"
	SurveyValuePrompt            Key = "survey.value_prompt" // {max} {min} {unit}
	SurveyUnitPercent            Key = "survey.unit_percent"
	SurveyUnitCount              Key = "survey.unit_count"
	SurveyCarriedOver            Key = "survey.carried_over"
	SurveyLastYear               Key = "survey.last_year" // {answer}
	SurveyCarriedPending         Key = "survey.carried_pending"
	SurveyLastYearChanged        Key = "survey.last_year_changed"
	SurveyLastYearSame           Key = "survey.last_year_same"
	SurveyCarriedEarlier         Key = "survey.carried_earlier" // {answer}
	SurveyConfirmed              Key = "survey.confirmed"
	SurveyNothingToConfirm       Key = "survey.nothing_to_confirm"
	SurveyConfirmAllAsk          Key = "survey.confirm_all_ask"  // plural {count} {theme}
	SurveyConfirmAllNone         Key = "survey.confirm_all_none" // {theme}
	SurveyConfirmAllDone         Key = "survey.confirm_all_done" // plural {count} {theme}
	SurveyConfirmAllNot          Key = "survey.confirm_all_not"
	SurveyUnconfirmed            Key = "survey.unconfirmed"   // {count}
	SurveyCarriedStart           Key = "survey.carried_start" // plural {count} {file}
	SurveyTakenOver              Key = "survey.taken_over"    // plural {count}
	SurveyLastMissing            Key = "survey.last_missing"  // {file}
	SurveyMultiHint              Key = "survey.multi_hint"
	SurveyCleared                Key = "survey.cleared"
	SurveyMarkedOn               Key = "survey.marked_on"
	SurveyMarkedOff              Key = "survey.marked_off"
	SurveyNoQuestion             Key = "survey.no_question"
	SurveyNoNotApplicable        Key = "survey.no_not_applicable"
	SurveyNotANumberQuestion     Key = "survey.not_anumber_question"
	SurveyNumberInvalid          Key = "survey.number_invalid" // {text}
	SurveyNumberRange            Key = "survey.number_range"   // {max} {min}
	SurveyNoSuchOption           Key = "survey.no_such_option" // {option}
	SurveyStartTitle             Key = "survey.start_title"
	SurveyStartIntro             Key = "survey.start_intro"
	SurveyStartNew               Key = "survey.start_new"
	SurveyStartNoFiles           Key = "survey.start_no_files"
	SurveyStartFile              Key = "survey.start_file" // {answered} {cbs} {municipality} {total} {year}
	SurveyFormTitle              Key = "survey.form_title"
	SurveyFormIntro              Key = "survey.form_intro"
	SurveyFormFrom               Key = "survey.form_from"         // {file}
	SurveyFormMissing            Key = "survey.form_missing"      // {file}
	SurveyFormMissingPick        Key = "survey.form_missing_pick" // {count}
	SurveyFieldMunicipality      Key = "survey.field_municipality"
	SurveyFieldCBS               Key = "survey.field_cbs"
	SurveyFieldDate              Key = "survey.field_date"
	SurveyFieldYear              Key = "survey.field_year"
	SurveyFieldName              Key = "survey.field_name"
	SurveyFieldRole              Key = "survey.field_role"
	SurveyFieldFile              Key = "survey.field_file"
	SurveyHintCBS                Key = "survey.hint_cbs"
	SurveyHintDate               Key = "survey.hint_date"
	SurveyHintFile               Key = "survey.hint_file"
	SurveyErrRequired            Key = "survey.err_required"
	SurveyErrCBS                 Key = "survey.err_cbs"         // {value}
	SurveyErrDate                Key = "survey.err_date"        // {value}
	SurveyErrYear                Key = "survey.err_year"        // {value}
	SurveyErrFileExists          Key = "survey.err_file_exists" // {file}
	SurveyErrFileExt             Key = "survey.err_file_ext"
	SurveyErrPathTaken           Key = "survey.err_path_taken" // {file}
	SurveyErrFixForm             Key = "survey.err_fix_form"
	SurveyLoading                Key = "survey.loading"     // {file}
	SurveyLoadFailed             Key = "survey.load_failed" // {error}
	SurveyNoteTitle              Key = "survey.note_title"  // {question}
	SurveyNoteHint               Key = "survey.note_hint"
	SurveyEvidenceTitle          Key = "survey.evidence_title" // {question}
	SurveyEvidenceHint           Key = "survey.evidence_hint"
	SurveySaveAsTitle            Key = "survey.save_as_title"
	SurveySaveAsIntro            Key = "survey.save_as_intro"
	SurveySaveAsHint             Key = "survey.save_as_hint"
	SurveyReviewTitle            Key = "survey.review_title"
	SurveyReviewUnanswered       Key = "survey.review_unanswered"  // {count}
	SurveyReviewDontKnow         Key = "survey.review_dont_know"   // {count}
	SurveyReviewMarked           Key = "survey.review_marked"      // {count}
	SurveyReviewUnconfirmed      Key = "survey.review_unconfirmed" // {count}
	SurveyReviewGone             Key = "survey.review_gone"        // {count}
	SurveyGoneLastYear           Key = "survey.gone_last_year"
	SurveyReviewAllDone          Key = "survey.review_all_done"
	SurveyReviewFinishHint       Key = "survey.review_finish_hint"
	SurveyFinishTitle            Key = "survey.finish_title"
	SurveyFinishDraftTitle       Key = "survey.finish_draft_title"
	SurveyFinishWriting          Key = "survey.finish_writing"
	SurveyFinishOverall          Key = "survey.finish_overall"
	SurveyFinishLevel            Key = "survey.finish_level" // {level} {name}
	SurveyFinishNotScored        Key = "survey.finish_not_scored"
	SurveyFinishCapped           Key = "survey.finish_capped"      // {themes}
	SurveyFinishIncomplete       Key = "survey.finish_incomplete"  // plural {count} {total}
	SurveyFinishUnconfirmed      Key = "survey.finish_unconfirmed" // plural {count}
	SurveyFinishAnswers          Key = "survey.finish_answers"     // {file}
	SurveyFinishReport           Key = "survey.finish_report"      // {file}
	SurveyFinishFailed           Key = "survey.finish_failed"      // {error}
	SurveyFinishNext             Key = "survey.finish_next"
	SurveyQuitUnsaved            Key = "survey.quit_unsaved"
	SurveyResume                 Key = "survey.resume"      // {file}
	SurveyResumeDone             Key = "survey.resume_done" // {file} {report}
	SurveyKeyUp                  Key = "survey.key.up"
	SurveyKeyDown                Key = "survey.key.down"
	SurveyKeyChoose              Key = "survey.key.choose"
	SurveyKeyToggle              Key = "survey.key.toggle"
	SurveyKeyNext                Key = "survey.key.next"
	SurveyKeyPrev                Key = "survey.key.prev"
	SurveyKeyDontKnow            Key = "survey.key.dont_know"
	SurveyKeyNA                  Key = "survey.key.na"
	SurveyKeyHelpText            Key = "survey.key.help_text"
	SurveyKeyNote                Key = "survey.key.note"
	SurveyKeyEvidence            Key = "survey.key.evidence"
	SurveyKeyMark                Key = "survey.key.mark"
	SurveyKeyOpen                Key = "survey.key.open"
	SurveyKeyTheme               Key = "survey.key.theme"
	SurveyKeyReview              Key = "survey.key.review"
	SurveyKeyClear               Key = "survey.key.clear"
	SurveyKeySaveAs              Key = "survey.key.save_as"
	SurveyKeyQuit                Key = "survey.key.quit"
	SurveyKeyMore                Key = "survey.key.more"
	SurveyKeyBack                Key = "survey.key.back"
	SurveyKeyFinish              Key = "survey.key.finish"
	SurveyKeyDone                Key = "survey.key.done"
	SurveyKeyLevel               Key = "survey.key.level"
	SurveyKeyNumber              Key = "survey.key.number"
	SurveyKeyJump                Key = "survey.key.jump"
	SurveyKeyField               Key = "survey.key.field"
	SurveyKeyStart               Key = "survey.key.start"
	SurveyKeyAbort               Key = "survey.key.abort"
	SurveyKeyMove                Key = "survey.key.move"
	SurveyKeyStep                Key = "survey.key.step"
	SurveyKeyEnter               Key = "survey.key.enter"
	SurveySpaceKey               Key = "survey.space_key"
	SurveyKeyConfirm             Key = "survey.key.confirm"
	SurveyKeyConfirmAll          Key = "survey.key.confirm_all"
	SurveyKeyPage                Key = "survey.key.page"
	SurveyKeyCarried             Key = "survey.key.carried"
	SurveyAccIntro               Key = "survey.accessible.intro"
	SurveyAccPickFile            Key = "survey.accessible.pick_file"
	SurveyAccScriptNew           Key = "survey.accessible.script_new" // plural {count}
	SurveyAccEvidencePrompt      Key = "survey.accessible.evidence_prompt"
	SurveyAccEvidenceCurrent     Key = "survey.accessible.evidence_current"      // {evidence}
	SurveyAccEvidenceLevelPrompt Key = "survey.accessible.evidence_level_prompt" // {current} {levels}
	SurveyAccEvidenceSaved       Key = "survey.accessible.evidence_saved"        // plural {count} {level}
	SurveyAccPickPrompt          Key = "survey.accessible.pick_prompt"           // {number}
	SurveyAccInvalid             Key = "survey.accessible.invalid"               // {problem}
	SurveyAccBadNumber           Key = "survey.accessible.bad_number"            // {max} {value}
	SurveyAccOneNumber           Key = "survey.accessible.one_number"            // {max}
	SurveyAccAlone               Key = "survey.accessible.alone"
	SurveyAccFieldPrompt         Key = "survey.accessible.field_prompt" // {default} {label}
	SurveyAccTheme               Key = "survey.accessible.theme"        // {answered} {theme} {total}
	SurveyAccQuestion            Key = "survey.accessible.question"     // {number} {total}
	SurveyAccCurrent             Key = "survey.accessible.current"      // {answer}
	SurveyAccChoicePrompt        Key = "survey.accessible.choice_prompt"
	SurveyAccMultiPrompt         Key = "survey.accessible.multi_prompt"
	SurveyAccNumberPrompt        Key = "survey.accessible.number_prompt" // {max} {min} {unit}
	SurveyAccNotePrompt          Key = "survey.accessible.note_prompt"
	SurveyAccNoteCurrent         Key = "survey.accessible.note_current" // {note}
	SurveyAccSaveFailed          Key = "survey.accessible.save_failed"  // {error}
	SurveyAccSaveAsPrompt        Key = "survey.accessible.save_as_prompt"
	SurveyAccEOF                 Key = "survey.accessible.eof"            // {file}
	SurveyAccReviewSummary       Key = "survey.accessible.review_summary" // {dont_know} {marked} {unanswered}
	SurveyAccConfirmHint         Key = "survey.accessible.confirm_hint"
	SurveyAccUnconfirmed         Key = "survey.accessible.unconfirmed" // plural {count}
	SurveyAccGone                Key = "survey.accessible.gone"
	SurveyAccFinishPrompt        Key = "survey.accessible.finish_prompt"
	SurveyAccNoScore             Key = "survey.accessible.no_score"
	SurveyAccQuestionNames       Key = "survey.accessible.question_names"
	SurveyAccStopped             Key = "survey.accessible.stopped"    // {file}
	SurveyExclOthers             Key = "survey.excl_others"           // {off} {option}
	SurveyExclCleared            Key = "survey.excl_cleared"          // {off}
	SurveyAccExclAlone           Key = "survey.accessible.excl_alone" // {option}

	// The survey's errors (survey/errors.go).
	SurveyFromExists    Key = "survey.from_exists"     // {file}
	SurveyReportIsInput Key = "survey.report_is_input" // {report} {file}
	SurveyChangedOnDisk Key = "survey.changed_on_disk" // {file}
	SurveySavedAside    Key = "survey.saved_aside"     // {file}

	// survey: several respondents (parts, assigning themes, merge conflicts).
	SurveyRespConflictTitle   Key = "survey.respondents.conflict_title" // {number} {count}
	SurveyRespKindChangedMain Key = "survey.respondents.kind_changed_main"
	SurveyRespKindTwoFiles    Key = "survey.respondents.kind_two_files"
	SurveyRespMainSide        Key = "survey.respondents.main_side"
	SurveyRespPartSide        Key = "survey.respondents.part_side" // {person}
	SurveyRespFileLabel       Key = "survey.respondents.file_label"
	SurveyRespNoAnswer        Key = "survey.respondents.no_answer"
	SurveyRespNoteLabel       Key = "survey.respondents.note_label"
	SurveyRespEvidenceLabel   Key = "survey.respondents.evidence_label"
	SurveyRespByAt            Key = "survey.respondents.by_at" // {who} {when}
	SurveyRespByUnknown       Key = "survey.respondents.by_unknown"
	SurveyRespChoose          Key = "survey.respondents.choose"
	SurveyRespChooseKeys      Key = "survey.respondents.choose_keys"
	SurveyRespChosen          Key = "survey.respondents.chosen" // {side}
	SurveyRespAskAgain        Key = "survey.respondents.ask_again"
	SurveyRespPartIntro       Key = "survey.respondents.part_intro"  // {person} {themes}
	SurveyRespPartOthers      Key = "survey.respondents.part_others" // {theme} {people}
	SurveyRespPartNobody      Key = "survey.respondents.part_nobody" // {theme}
	SurveyRespAnsweredBy      Key = "survey.respondents.answered_by" // {person}
	SurveyRespDoneAsk         Key = "survey.respondents.done_ask"
	SurveyRespDoneYes         Key = "survey.respondents.done_yes"
	SurveyRespDoneNo          Key = "survey.respondents.done_no"
	SurveyRespAssignAsk       Key = "survey.respondents.assign_ask"  // {theme}
	SurveyRespAssignedTo      Key = "survey.respondents.assigned_to" // {theme} {person}
	SurveyRespAssignHint      Key = "survey.respondents.assign_hint"
	SurveyRespDoneMarked      Key = "survey.respondents.done_marked"
	SurveyRespDoneUnmarked    Key = "survey.respondents.done_unmarked"
	SurveyRespKeptNote        Key = "survey.respondents.kept_note"
	SurveyRespKeyAssign       Key = "survey.respondents.key_assign"
	SurveyRespAssignPrompt    Key = "survey.respondents.assign_prompt" // {theme}
	SurveyRespAssignInPart    Key = "survey.respondents.assign_in_part"
	SurveyRespKeyMain         Key = "survey.respondents.key_main" // the conflict screen's help bar
	SurveyRespKeyPart         Key = "survey.respondents.key_part"
	SurveyRespKeyStop         Key = "survey.respondents.key_stop"

	// The council text (issue 12): public, in the college's voice.
	SurveyKeyCouncilText    Key = "survey.key.council_text"
	SurveyCouncilTextTitle  Key = "survey.council_text_title" // {question}
	SurveyCouncilTextHint   Key = "survey.council_text_hint"
	SurveyCouncilTextLabel  Key = "survey.council_text_label"
	SurveyAccCouncilPrompt  Key = "survey.accessible.council_prompt"
	SurveyAccCouncilCurrent Key = "survey.accessible.council_current" // {text}
	// Evidence levels (assessment.SelfDeclared, …): one wording in the
	// survey, the accessible mode and the report.
	EvidenceSelfDeclared Key = "evidence.self_declared"
	EvidenceDocumented   Key = "evidence.documented"
	EvidenceAudited      Key = "evidence.audited"
)
