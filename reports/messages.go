package reports

// The words the templates need for values that come as ids (severities,
// efforts, evidence levels, months, question statuses), per language. The
// sentences around them live in the templates; advice comes from the
// questionnaire.
var messages = map[string]map[string]string{
	"nl": {
		"severity.low":      "laag",
		"severity.medium":   "middel",
		"severity.high":     "hoog",
		"severity.critical": "kritiek",

		"priority.low":      "laag",
		"priority.medium":   "middel",
		"priority.high":     "hoog",
		"priority.critical": "direct",

		"effort.small":  "klein",
		"effort.medium": "middel",
		"effort.large":  "groot",

		"evidence.self_declared": "eigen verklaring",
		"evidence.documented":    "vastgelegd in documenten",
		"evidence.audited":       "getoetst door een auditor",

		"unit.percent": "%",

		"and":     "en",
		"decimal": ",",

		"council.unknown":     "Wij hebben nog geen volledig beeld van %s.",
		"council.scores":      "In onze zelfevaluatie scoort %s van de 100.",
		"council.theme_score": "het thema ‘%s’ %s",

		"month.1": "januari", "month.2": "februari", "month.3": "maart", "month.4": "april",
		"month.5": "mei", "month.6": "juni", "month.7": "juli", "month.8": "augustus",
		"month.9": "september", "month.10": "oktober", "month.11": "november", "month.12": "december",
	},
	"en": {
		"severity.low":      "low",
		"severity.medium":   "medium",
		"severity.high":     "high",
		"severity.critical": "critical",

		"priority.low":      "low",
		"priority.medium":   "medium",
		"priority.high":     "high",
		"priority.critical": "immediate",

		"effort.small":  "small",
		"effort.medium": "medium",
		"effort.large":  "large",

		"evidence.self_declared": "self-declared",
		"evidence.documented":    "documented",
		"evidence.audited":       "audited",

		"unit.percent": "%",

		"and":     "and",
		"decimal": ".",

		"council.unknown":     "We do not yet have a complete picture of %s.",
		"council.scores":      "In our self-assessment %s out of 100.",
		"council.theme_score": "the theme ‘%s’ scores %s",

		"month.1": "January", "month.2": "February", "month.3": "March", "month.4": "April",
		"month.5": "May", "month.6": "June", "month.7": "July", "month.8": "August",
		"month.9": "September", "month.10": "October", "month.11": "November", "month.12": "December",
	},
}

// msg returns the word for key in lang, or the key itself so that a missing
// entry shows up in a golden file instead of as an empty cell.
func msg(lang, key string) string {
	if s, ok := messages[lang][key]; ok {
		return s
	}
	return key
}
