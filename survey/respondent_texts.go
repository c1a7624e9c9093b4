package survey

// respondentTexts are the texts of parts, assignments and merge conflicts:
// kept beside the main catalog (messages.go) so that this work does not
// reorder it; both languages side by side.
type respondentTexts struct {
	ConflictTitle   string // %d %d: number, count
	KindChangedMain string
	KindTwoFiles    string
	MainSide        string // the main file
	PartSide        string // %s: person
	FileLabel       string
	NoAnswer        string
	NoteLabel       string
	EvidenceLabel   string
	ByAt            string // %s %s: who, when
	ByUnknown       string
	Choose          string // the accessible prompt
	ChooseKeys      string // the TUI's key line
	Chosen          string // %s: the side chosen
	AskAgain        string
	PartIntro       string // %s %s: person, themes
	PartOthers      string // %s %s: theme, person(s)
	PartNobody      string // %s: theme
	AnsweredBy      string // %s: person
	DoneAsk         string
	DoneYes         string
	DoneNo          string
	AssignAsk       string // %s: theme
	AssignedTo      string // %s %s: theme, person
	AssignHint      string
	DoneMarked      string
	DoneUnmarked    string
	KeptNote        string
	KeyAssign       string
	AssignPrompt    string // %s: theme
	AssignInPart    string
}

var respondentNL = respondentTexts{
	ConflictTitle:   "Conflict %d van %d",
	KindChangedMain: "Het hoofdbestand is na het splitsen gewijzigd, en het deel ook.",
	KindTwoFiles:    "De vraag is in twee bestanden verschillend beantwoord.",
	MainSide:        "Hoofdbestand",
	PartSide:        "Deel van %s",
	FileLabel:       "Bestand",
	NoAnswer:        "(geen antwoord)",
	NoteLabel:       "Toelichting",
	EvidenceLabel:   "Bewijs",
	ByAt:            "door %s, %s",
	ByUnknown:       "onbekend",
	Choose:          "Kies 1 (hoofdbestand) of 2 (deel); q stopt zonder iets op te slaan: ",
	ChooseKeys:      "1/← hoofdbestand · 2/→ deel · q stoppen zonder opslaan",
	Chosen:          "Gekozen: %s. Het andere antwoord blijft bewaard onder superseded.",
	AskAgain:        "Typ 1 of 2.",
	PartIntro:       "Dit is het deel van %s: %s. Alleen deze vragen worden gesteld.",
	PartOthers:      "%s: beantwoord door %s",
	PartNobody:      "%s: nog niet toegewezen",
	AnsweredBy:      "beantwoord door %s",
	DoneAsk:         "Is uw deel klaar? Typ j om het als klaar te markeren, Enter om het open te laten: ",
	DoneYes:         "j",
	DoneNo:          "n",
	AssignAsk:       "Wie beantwoordt %s? Typ naam (en rol na een komma), Enter laat het zo: ",
	AssignedTo:      "%s: %s",
	AssignHint:      "Toewijzen: typ t om thema's aan collega's toe te wijzen.",
	DoneMarked:      "Deel gemarkeerd als klaar.",
	DoneUnmarked:    "Deel staat weer open.",
	KeptNote:        "Het antwoord dat u niet kiest, blijft in het bestand bewaard onder superseded, met wie het gaf en wanneer. q stopt zonder iets op te slaan.",
	KeyAssign:       "toewijzen",
	AssignPrompt:    "%s: wie beantwoordt dit? Naam, rol (Enter bewaart, Esc annuleert): ",
	AssignInPart:    "In een deel kunt u niet toewijzen: doe het in het hoofdbestand.",
}

var respondentEN = respondentTexts{
	ConflictTitle:   "Conflict %d of %d",
	KindChangedMain: "The main file changed after the split, and so did the part.",
	KindTwoFiles:    "The question was answered differently in two files.",
	MainSide:        "Main file",
	PartSide:        "Part of %s",
	FileLabel:       "File",
	NoAnswer:        "(no answer)",
	NoteLabel:       "Note",
	EvidenceLabel:   "Evidence",
	ByAt:            "by %s, %s",
	ByUnknown:       "unknown",
	Choose:          "Choose 1 (main file) or 2 (part); q stops without saving anything: ",
	ChooseKeys:      "1/← main file · 2/→ part · q stop without saving",
	Chosen:          "Chosen: %s. The other answer is kept under superseded.",
	AskAgain:        "Type 1 or 2.",
	PartIntro:       "This is the part of %s: %s. Only these questions are asked.",
	PartOthers:      "%s: answered by %s",
	PartNobody:      "%s: not assigned yet",
	AnsweredBy:      "answered by %s",
	DoneAsk:         "Is your part done? Type y to mark it done, Enter to leave it open: ",
	DoneYes:         "y",
	DoneNo:          "n",
	AssignAsk:       "Who answers %s? Type a name (and a role after a comma), Enter leaves it: ",
	AssignedTo:      "%s: %s",
	AssignHint:      "Assign: type t to assign themes to colleagues.",
	DoneMarked:      "Part marked done.",
	DoneUnmarked:    "Part is open again.",
	KeptNote:        "The answer you do not choose stays in the file under superseded, with who gave it and when. q stops without saving anything.",
	KeyAssign:       "assign",
	AssignPrompt:    "%s: who answers it? Name, role (Enter keeps, Esc cancels): ",
	AssignInPart:    "A part cannot assign themes: do it in the main file.",
}

// respondentTextsForCatalog returns the texts in the catalog's language.
func respondentTextsForCatalog(c *catalog) *respondentTexts {
	if c == catalogFor("en") {
		return &respondentEN
	}
	return &respondentNL
}

func respondentTextsFor(lang string) *respondentTexts {
	if lang == "en" {
		return &respondentEN
	}
	return &respondentNL
}
