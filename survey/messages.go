package survey

import "fmt"

// catalog holds every text the survey shows, in one language. Both
// languages are filled in below, side by side in one place, so that a
// missing translation is a compile-time or test-time error rather than an
// English word on a Dutch screen.
type catalog struct {
	// Frame
	AppTitle        string
	Saved           string
	Saving          string
	NotSaved        string
	SaveFailed      string // %s: the error
	Warnings        string // %d: number of warnings
	TooSmall        string // %d %d: minimum width and height
	Themes          string
	ThemesPick      string
	QuestionOf      string // %d %d
	Answered        string // %d %d: answered, total
	AllAnswered     string
	HiddenFollowUps string // %d: follow-up questions not asked
	Standing        string // title of the scores as they stand
	FinishAsk       string
	StartDraft      string // %d %d: answered, total
	StartFinished   string
	StartEdited     string // %s: date and time
	KeyNextYear     string
	KeyDetails      string
	ThemeMarked     string // %d: questions of the theme marked
	ThemeNotes      string // %d: questions of the theme with a note
	DetailsTitle    string
	DetailsIntro    string
	DetailsSaved    string
	CarriedMarkHint string // after "·3" under the theme list
	PlaceholderCBS  string
	PlaceholderFile string
	StandingAll     string
	NoLevelYet      string
	LevelShort      string // %d: a level without its name
	LastQuestion    string
	FirstQuestion   string
	NothingOpen     string
	MoreAbove       string // a pane has lines hidden above
	MoreBelow       string // and below
	PasteIgnored    string

	// Question screen
	DontKnow         string
	NotApplicable    string
	Marked           string
	HelpTitle        string
	HelpHint         string
	Refs             string
	Note             string
	Evidence         string
	EvidenceCount    string // %d
	EvidenceLevel    string
	EvidenceLevels   [3]string
	NoEvidenceLevel  string
	ValuePrompt      string // %s %s %s: min, max, unit
	UnitPercent      string
	UnitCount        string
	CarriedOver      string
	LastYear         string // %s: last year's answer
	CarriedPending   string
	LastYearChanged  string
	LastYearSame     string
	CarriedEarlier   string // %s: the carried answer
	Confirmed        string
	NothingToConfirm string
	ConfirmAllAsk    string // %d %s: count, theme
	ConfirmAllNone   string // %s: theme
	ConfirmAllDone   string // %d %s
	ConfirmAllNot    string
	Unconfirmed      string // %d
	CarriedStart     string // %d %s: count, last year's file
	TakenOver        string // %d
	LastMissing      string // %s: last year's file
	MultiHint        string
	Cleared          string
	MarkedOn         string
	MarkedOff        string

	// Session errors
	NoQuestion         string
	NoNotApplicable    string
	NotANumberQuestion string
	NumberInvalid      string // %q
	NumberRange        string // %s %s
	NoSuchOption       string // %s

	// Start screen and form
	StartTitle        string
	StartIntro        string
	StartNew          string
	StartNoFiles      string
	StartFile         string // %s %s %d %d %d: municipality, cbs, year, answered, total
	FormTitle         string
	FormIntro         string
	FormFrom          string // %s: last year's file
	FormMissing       string // %s: the file named, which does not exist
	FormMissingPick   string // %d: answers files in the folder
	FieldMunicipality string
	FieldCBS          string
	FieldDate         string
	FieldYear         string
	FieldName         string
	FieldRole         string
	FieldFile         string
	HintCBS           string
	HintDate          string
	HintFile          string
	ErrRequired       string
	ErrCBS            string // %q
	ErrDate           string // %q
	ErrYear           string // %q
	ErrFileExists     string // %s %s
	ErrFileExt        string
	ErrPathTaken      string // %s
	ErrFixForm        string
	Loading           string // %s
	LoadFailed        string // %s

	// Editors
	NoteTitle     string // %s: question text
	NoteHint      string
	EvidenceTitle string // %s
	EvidenceHint  string
	SaveAsTitle   string
	SaveAsIntro   string
	SaveAsHint    string

	// Review and finish
	ReviewTitle       string
	ReviewUnanswered  string // %d
	ReviewDontKnow    string // %d
	ReviewMarked      string // %d
	ReviewUnconfirmed string // %d
	ReviewGone        string // %d
	GoneLastYear      string
	ReviewAllDone     string
	ReviewFinishHint  string
	FinishTitle       string
	FinishDraftTitle  string
	FinishWriting     string
	FinishOverall     string
	FinishLevel       string // %d %s
	FinishNotScored   string
	FinishCapped      string // %s: theme titles
	FinishIncomplete  string // %d %d: open, total
	FinishUnconfirmed string // %d
	FinishAnswers     string // %s
	FinishReport      string // %s
	FinishFailed      string // %s
	FinishNext        string

	// Quitting
	QuitUnsaved string
	Resume      string // %s %s: path, path
	ResumeDone  string // %s %s: report, path: after finishing

	// Keys (help bar)
	KeyUp, KeyDown, KeyChoose, KeyToggle, KeyNext, KeyPrev     string
	KeyDontKnow, KeyNA, KeyHelpText, KeyNote, KeyEvidence      string
	KeyMark, KeyOpen, KeyTheme, KeyReview, KeyClear, KeySaveAs string
	KeyQuit, KeyMore, KeyBack, KeyFinish, KeyDone, KeyLevel    string
	KeyNumber, KeyJump, KeyField, KeyStart, KeyAbort           string
	KeyMove, KeyStep, KeyEnter, SpaceKey                       string
	KeyConfirm, KeyConfirmAll, KeyPage                         string
	KeyCarried                                                 string // the theme list's "·3"

	// Accessible mode
	AccIntro               string
	AccPickFile            string
	AccScriptNew           string // %d: answers files in the folder
	AccEvidencePrompt      string
	AccEvidenceCurrent     string // %s: the evidence now
	AccEvidenceLevelPrompt string // %s %s: the levels, the current one
	AccEvidenceSaved       string // %d %s: count, level
	AccPickPrompt          string // %d: number of the "new" entry
	AccInvalid             string // %s
	AccBadNumber           string // %q %d
	AccOneNumber           string // %d
	AccAlone               string
	AccFieldPrompt         string // %s %s: label, default
	AccTheme               string // %s %d %d: theme, answered, total
	AccQuestion            string // %d %d
	AccCurrent             string // %s
	AccChoicePrompt        string
	AccMultiPrompt         string
	AccNumberPrompt        string // %s %s %s
	AccNotePrompt          string
	AccNoteCurrent         string // %s
	AccSaveFailed          string // %s
	AccSaveAsPrompt        string
	AccEOF                 string // %s
	AccReviewSummary       string // %d %d %d
	AccConfirmHint         string
	AccUnconfirmed         string // %d
	AccGone                string
	AccFinishPrompt        string
	AccNoScore             string
	AccQuestionNames       string
	AccStopped             string // %s
	ExclOthers             string // %s %s: the exclusive option, the options it switched off
	ExclCleared            string // %s: the exclusive option(s) switched off by another choice
	AccExclAlone           string // %s: an exclusive option typed together with others

	// The council text: public, in the college's voice, for the council
	// answers (issue 12), beside the internal note.
	KeyCouncilText    string
	CouncilTextTitle  string // %s: question text
	CouncilTextHint   string
	CouncilTextLabel  string
	AccCouncilPrompt  string
	AccCouncilCurrent string // %s
}

// f formats a catalog text.
func (c *catalog) f(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// catalogFor returns the texts for a language; anything but "en" is Dutch.
func catalogFor(lang string) *catalog {
	if lang == "en" {
		return &english
	}
	return &dutch
}

var dutch = catalog{
	AppTitle:        "Soeverein",
	Saved:           "opgeslagen",
	Saving:          "opslaan…",
	NotSaved:        "NIET OPGESLAGEN",
	SaveFailed:      "Opslaan mislukt: %s. Uw antwoorden staan nog in het geheugen; druk s om een andere bestandsnaam te kiezen.",
	Warnings:        "Let op: %d antwoord(en) passen niet bij deze vragenlijst; ze blijven bewaard in het bestand.",
	TooSmall:        "Het venster is te klein: maak het minstens %d bij %d tekens.",
	Themes:          "Thema's",
	ThemesPick:      "Kies een thema",
	QuestionOf:      "vraag %d van %d",
	Answered:        "%d van %d beantwoord",
	AllAnswered:     "Alle vragen zijn beantwoord: druk r voor het overzicht en om af te ronden.",
	HiddenFollowUps: " · %d vervolgvragen verborgen",
	Standing:        "Stand nu",
	StartDraft:      "concept: %d van %d beantwoord",
	StartFinished:   "afgerond (alles beantwoord, rapport geschreven)",
	StartEdited:     "bewerkt %s",
	KeyNextYear:     "volgend jaar hiermee beginnen",
	KeyDetails:      "gegevens",
	ThemeMarked:     "! gemarkeerd: %d",
	ThemeNotes:      "met notitie: %d",
	DetailsTitle:    "Gegevens van de zelfevaluatie",
	DetailsIntro:    "Gemeente, CBS-code, peildatum, jaar en wie het invult. Enter op het laatste veld bewaart, esc laat alles zoals het was. Het bestand blijft hetzelfde.",
	DetailsSaved:    "Gegevens bijgewerkt.",
	CarriedMarkHint: "= nog te bevestigen",
	PlaceholderCBS:  "bijv. GM0361",
	PlaceholderFile: "(volgt uit de CBS-code)",
	FinishAsk:       "Afronden? Hierboven staat wat nog open is. Druk nogmaals f om af te ronden, esc om verder te gaan.",
	StandingAll:     "Totaal",
	NoLevelYet:      "nog geen niveau",
	LevelShort:      "niveau %d",
	LastQuestion:    "Dit was de laatste vraag: druk r voor het overzicht en om af te ronden.",
	FirstQuestion:   "Dit is de eerste vraag.",
	NothingOpen:     "Geen open of gemarkeerde vragen meer.",
	MoreAbove:       "↑ meer",
	MoreBelow:       "↓ meer",
	PasteIgnored:    "Geplakte tekst genegeerd: plakken kan in een notitie, bij bewijs of in een invulveld.",

	DontKnow:         "Weet ik niet",
	NotApplicable:    "N.v.t. (niet van toepassing)",
	Marked:           "gemarkeerd om na te kijken",
	HelpTitle:        "Toelichting",
	HelpHint:         "druk i voor de toelichting",
	Refs:             "Bronnen",
	Note:             "Notitie",
	Evidence:         "Bewijs",
	EvidenceCount:    "%d stuk(s)",
	EvidenceLevel:    "Bewijsniveau",
	EvidenceLevels:   [3]string{"zelf verklaard", "gedocumenteerd", "geaudit"},
	NoEvidenceLevel:  "geen niveau",
	ValuePrompt:      "Waarde (%s tot %s%s):",
	UnitPercent:      " procent",
	UnitCount:        ", een aantal",
	CarriedOver:      "c of enter bevestigt dat het nog klopt; kies een ander antwoord als het veranderd is.",
	LastYear:         "Vorig jaar: %s",
	CarriedPending:   "(overgenomen, nog bevestigen)",
	LastYearChanged:  "(gewijzigd)",
	LastYearSame:     "(ongewijzigd)",
	CarriedEarlier:   "Overgenomen antwoord: %s (nog bevestigen)",
	Confirmed:        "Antwoord bevestigd.",
	NothingToConfirm: "Hier is geen overgenomen antwoord te bevestigen.",
	ConfirmAllAsk:    "Alle %d nog te bevestigen antwoorden in %s bevestigen, ook die u niet bekeken hebt? j = ja, een andere toets = nee",
	ConfirmAllNone:   "In %s zijn geen overgenomen antwoorden meer te bevestigen.",
	ConfirmAllDone:   "%d antwoord(en) in %s bevestigd.",
	ConfirmAllNot:    "Niets bevestigd.",
	Unconfirmed:      " · %d nog te bevestigen",
	CarriedStart:     "%d antwoord(en) overgenomen uit %s: bevestig (c) of wijzig ze per vraag.",
	TakenOver:        "%d antwoord(en) uit een eerdere versie van de vragenlijst overgenomen: bevestig (c) of wijzig ze.",
	LastMissing:      "Het bestand van vorig jaar (%s) is niet te openen; de antwoorden van vorig jaar staan alleen nog bij de niet bevestigde vragen.",
	MultiHint:        "Meer antwoorden mogelijk: spatie of cijfer zet een antwoord aan of uit.",
	Cleared:          "Antwoord gewist (notitie en bewijs blijven).",
	MarkedOn:         "Gemarkeerd om na te kijken.",
	MarkedOff:        "Markering weggehaald.",

	NoQuestion:         "er is geen vraag om te beantwoorden",
	NoNotApplicable:    "n.v.t. kan bij deze vraag niet",
	NotANumberQuestion: "deze vraag vraagt geen getal",
	NumberInvalid:      "%q is geen getal: typ bijvoorbeeld 85 of 12,5",
	NumberRange:        "geef een getal van %s tot %s",
	NoSuchOption:       "%s is geen antwoord op deze vraag",

	StartTitle:        "Digitale soevereiniteit: zelfevaluatie",
	StartIntro:        "Ga verder met een antwoordenbestand uit deze map, of begin een nieuwe zelfevaluatie.",
	StartNew:          "Nieuwe zelfevaluatie beginnen",
	StartNoFiles:      "Geen antwoordenbestanden gevonden in deze map.",
	StartFile:         "%s (%s) %d, %d van %d beantwoord",
	FormTitle:         "Nieuwe zelfevaluatie",
	FormIntro:         "Vul in over welke gemeente en welke peildatum het gaat. Alles is later in het bestand aan te passen.",
	FormFrom:          "De antwoorden uit %s worden overgenomen: u bevestigt of wijzigt ze per vraag.",
	FormMissing:       "Het bestand %s bestaat niet. Vul dit formulier in om daar een nieuwe zelfevaluatie te beginnen.",
	FormMissingPick:   "Bedoelde u een bestaand bestand? Druk esc om er een te kiezen (%d in deze map).",
	FieldMunicipality: "Gemeente",
	FieldCBS:          "CBS-code",
	FieldDate:         "Peildatum",
	FieldYear:         "Jaar",
	FieldName:         "Ingevuld door",
	FieldRole:         "Functie",
	FieldFile:         "Bestand",
	HintCBS:           "GM en vier cijfers, bijvoorbeeld GM0361 voor Alkmaar",
	HintDate:          "JJJJ-MM-DD: de dag waarop de antwoorden slaan",
	HintFile:          "hier worden de antwoorden na elk antwoord bewaard",
	ErrRequired:       "vul dit in",
	ErrCBS:            "%q is geen CBS-gemeentecode: schrijf GM en vier cijfers, bijvoorbeeld GM0361",
	ErrDate:           "%q is geen datum: schrijf JJJJ-MM-DD, bijvoorbeeld 2026-11-01",
	ErrYear:           "%q is geen jaartal: schrijf bijvoorbeeld 2026",
	ErrFileExists:     "%s bestaat al: kies een andere naam, of ga verder met dat bestand (soeverein survey %s)",
	ErrFileExt:        "de bestandsnaam moet eindigen op .yaml",
	ErrPathTaken:      "%s bestaat al: kies een andere naam",
	ErrFixForm:        "Verbeter eerst de velden met een fout.",
	Loading:           "%s openen…",
	LoadFailed:        "Openen mislukt: %s",

	NoteTitle:     "Notitie bij: %s",
	NoteHint:      "Vrije tekst voor het rapport. esc of ctrl+s bewaart en gaat terug.",
	EvidenceTitle: "Bewijs bij: %s",
	EvidenceHint:  "Eén documentnaam of link per regel. tab wisselt het bewijsniveau; esc of ctrl+s bewaart en gaat terug.",
	SaveAsTitle:   "Opslaan als",
	SaveAsIntro:   "Typ een andere bestandsnaam (bijvoorbeeld in uw thuismap). De antwoorden blijven in het geheugen tot opslaan lukt.",
	SaveAsHint:    "enter slaat op, esc annuleert",

	ReviewTitle:       "Overzicht voor het afronden",
	ReviewUnanswered:  "Onbeantwoord (%d)",
	ReviewDontKnow:    "Weet ik niet (%d)",
	ReviewMarked:      "Gemarkeerd (%d)",
	ReviewUnconfirmed: "Overgenomen, nog bevestigen (%d)",
	ReviewGone:        "Vraag bestaat niet meer (%d); de antwoorden blijven bewaard",
	GoneLastYear:      "vorig jaar",
	ReviewAllDone:     "Alle vragen zijn beantwoord en er is niets gemarkeerd.",
	ReviewFinishHint:  "enter springt naar de vraag; f rondt af en schrijft het antwoordenbestand en het rapport.",
	FinishTitle:       "Zelfevaluatie afgerond",
	FinishDraftTitle:  "Zelfevaluatie als CONCEPT opgeslagen",
	FinishWriting:     "Antwoorden en rapport schrijven…",
	FinishOverall:     "Totaal",
	FinishLevel:       "niveau %d: %s",
	FinishNotScored:   "geen score: nog niets beantwoord",
	FinishCapped:      "Het totaalniveau is begrensd door: %s.",
	FinishIncomplete:  "CONCEPT: %d van de %d vragen zijn nog open, daarom is het rapport een concept. esc gaat terug om ze te beantwoorden.",
	FinishUnconfirmed: "%d antwoord(en) overgenomen en nog niet bevestigd; het rapport noemt ze niet bevestigd.",
	FinishAnswers:     "Antwoorden: %s",
	FinishReport:      "Rapport:    %s",
	FinishFailed:      "Het rapport kon niet worden geschreven: %s",
	FinishNext:        "Het rapport is markdown: open het in een teksteditor of zet het om naar Word of PDF.",

	QuitUnsaved: "Uw laatste antwoorden zijn NIET opgeslagen. Druk s om een andere bestandsnaam te kiezen, of nogmaals q om toch te stoppen.",
	Resume:      "Antwoorden opgeslagen in %s. Verder gaan: soeverein survey %s",
	ResumeDone:  "Rapport geschreven in %s. Antwoorden aanpassen: soeverein survey %s",

	KeyUp: "omhoog", KeyDown: "omlaag", KeyChoose: "kiezen", KeyToggle: "aan/uit",
	KeyNext: "volgende", KeyPrev: "vorige", KeyDontKnow: "weet ik niet", KeyNA: "n.v.t.",
	KeyHelpText: "toelichting", KeyNote: "notitie", KeyEvidence: "bewijs", KeyMark: "markeren",
	KeyOpen: "volgende open", KeyTheme: "thema", KeyReview: "overzicht", KeyClear: "wissen",
	KeySaveAs: "opslaan als", KeyQuit: "stop", KeyMore: "meer", KeyBack: "terug",
	KeyFinish: "afronden", KeyDone: "bewaren", KeyLevel: "bewijsniveau", KeyNumber: "antwoord",
	KeyJump: "naar vraag", KeyField: "volgend veld", KeyStart: "beginnen", KeyAbort: "afbreken",
	KeyMove: "kiezen", KeyStep: "vorige/volgende", KeyEnter: "verder", SpaceKey: "spatie",
	KeyConfirm: "bevestigen", KeyConfirmAll: "thema bevestigen", KeyPage: "scrollen",
	KeyCarried: "te bevestigen",

	AccIntro:               "Soeverein: zelfevaluatie digitale soevereiniteit. Elke vraag krijgt genummerde antwoorden; typ het nummer en druk Enter.",
	AccPickFile:            "Antwoordenbestanden in deze map:",
	AccEvidencePrompt:      "Bewijs: documenten of links, gescheiden door ; (Enter = geen): ",
	AccEvidenceCurrent:     "Bewijs nu: %s. Nieuw bewijs (gescheiden door ;), Enter = houden, - = wissen: ",
	AccEvidenceLevelPrompt: "Bewijsniveau (%s; Enter = houden: %s): ",
	AccEvidenceSaved:       "Bewijs bewaard: %d stuk(s), %s.",
	AccScriptNew:           "Geen bestand genoemd: een nieuwe zelfevaluatie (%d antwoordenbestand(en) in deze map; om verder te gaan met een ervan: soeverein survey BESTAND).",
	AccPickPrompt:          "Kies een nummer (%d = nieuwe zelfevaluatie): ",
	AccInvalid:             "Dat begrijp ik niet: %s",
	AccBadNumber:           "%q is geen nummer van 1 tot %d",
	AccOneNumber:           "typ één nummer van 1 tot %d",
	AccAlone:               "weet ik niet en n.v.t. gaan niet samen met andere antwoorden",
	AccFieldPrompt:         "%s%s: ",
	AccTheme:               "Thema: %s (%d van %d beantwoord)",
	AccQuestion:            "Vraag %d van %d",
	AccCurrent:             "Huidig antwoord: %s",
	AccChoicePrompt:        "Antwoord (nummer; ? = toelichting; m = markeren; b = bewijs; p = tekst voor de raad; Enter = overslaan of houden; - = vorige vraag; q = stoppen): ",
	AccMultiPrompt:         "Antwoorden (nummers met komma's, bijvoorbeeld 1,3; ? = toelichting; m = markeren; b = bewijs; p = tekst voor de raad; Enter = overslaan of houden; - = vorige vraag; q = stoppen): ",
	AccNumberPrompt:        "Waarde van %s tot %s%s (w = weet ik niet; ? = toelichting; m = markeren; b = bewijs; p = tekst voor de raad; Enter = overslaan of houden; - = vorige vraag; q = stoppen): ",
	AccNotePrompt:          "Notitie (optioneel; Enter = geen): ",
	AccNoteCurrent:         "Notitie (Enter = houden: %q; - = wissen): ",
	AccSaveFailed:          "Opslaan mislukt: %s. De antwoorden staan nog in het geheugen.",
	AccSaveAsPrompt:        "Typ een andere bestandsnaam (Enter = later opnieuw proberen): ",
	AccEOF:                 "Einde van de invoer. Antwoorden opgeslagen in %s.",
	AccReviewSummary:       "Overzicht: %d onbeantwoord, %d weet ik niet, %d gemarkeerd.",
	AccConfirmHint:         "Enter = bevestigen",
	AccUnconfirmed:         "Nog te bevestigen: %d overgenomen antwoord(en):",
	AccGone:                "Vraag bestaat niet meer (de antwoorden blijven bewaard):",
	AccFinishPrompt:        "Afronden en het rapport schrijven? (j = ja; een nummer = naar die vraag; Enter = nee, terug naar de eerste open vraag): ",
	AccNoScore:             "geen score",
	AccQuestionNames:       "Open vragen:",
	AccStopped:             "Gestopt. Antwoorden opgeslagen in %s.",
	ExclOthers:             "‘%s’ sluit de andere keuzes uit; uitgezet: %s.",
	ExclCleared:            "Uitgezet: %s, want dat sluit deze keuze uit.",
	AccExclAlone:           "‘%s’ sluit de andere keuzes uit: kies het alleen, of laat het weg",

	KeyCouncilText:    "raadstekst",
	CouncilTextTitle:  "Tekst voor de raad bij: %s",
	CouncilTextHint:   "Openbare tekst in de stem van het college (‘wij’); het antwoord op de raadsvraag gebruikt die in plaats van de standaardzin. Schrijf geen namen of interne zaken. esc of ctrl+s bewaart en gaat terug.",
	CouncilTextLabel:  "Tekst voor de raad",
	AccCouncilPrompt:  "Tekst voor de raad, openbaar, in de stem van het college (Enter = geen): ",
	AccCouncilCurrent: "Tekst voor de raad (Enter = houden: %q; - = wissen): ",
}

var english = catalog{
	AppTitle:        "Soeverein",
	Saved:           "saved",
	Saving:          "saving…",
	NotSaved:        "NOT SAVED",
	SaveFailed:      "Saving failed: %s. Your answers are still in memory; press s to choose another file name.",
	Warnings:        "Note: %d answer(s) do not fit this questionnaire; they are kept in the file.",
	TooSmall:        "The window is too small: make it at least %d by %d characters.",
	Themes:          "Themes",
	ThemesPick:      "Pick a theme",
	QuestionOf:      "question %d of %d",
	Answered:        "%d of %d answered",
	AllAnswered:     "Every question is answered: press r for the overview and to finish.",
	HiddenFollowUps: " · %d follow-ups not asked",
	Standing:        "Standing now",
	StartDraft:      "draft: %d of %d answered",
	StartFinished:   "finished (all answered, report written)",
	StartEdited:     "edited %s",
	KeyNextYear:     "start next year from it",
	KeyDetails:      "details",
	ThemeMarked:     "! marked: %d",
	ThemeNotes:      "with a note: %d",
	DetailsTitle:    "Details of the self-assessment",
	DetailsIntro:    "Municipality, CBS code, reference date, year and who fills it in. Enter on the last field keeps them, esc leaves everything as it was. The file stays the same.",
	DetailsSaved:    "Details updated.",
	CarriedMarkHint: "= still to confirm",
	PlaceholderCBS:  "e.g. GM0361",
	PlaceholderFile: "(follows from the CBS code)",
	FinishAsk:       "Finish? What is still open is listed above. Press f again to finish, esc to go on.",
	StandingAll:     "Overall",
	NoLevelYet:      "no level yet",
	LevelShort:      "level %d",
	LastQuestion:    "That was the last question: press r for the overview and to finish.",
	FirstQuestion:   "This is the first question.",
	NothingOpen:     "No open or marked questions left.",
	MoreAbove:       "↑ more",
	MoreBelow:       "↓ more",
	PasteIgnored:    "Pasted text ignored: paste into a note, evidence or an input field.",

	DontKnow:         "Don't know",
	NotApplicable:    "Not applicable",
	Marked:           "marked for review",
	HelpTitle:        "Explanation",
	HelpHint:         "press i for the explanation",
	Refs:             "References",
	Note:             "Note",
	Evidence:         "Evidence",
	EvidenceCount:    "%d item(s)",
	EvidenceLevel:    "Evidence level",
	EvidenceLevels:   [3]string{"self-declared", "documented", "audited"},
	NoEvidenceLevel:  "no level",
	ValuePrompt:      "Value (%s to %s%s):",
	UnitPercent:      " percent",
	UnitCount:        ", a count",
	CarriedOver:      "c or enter confirms it still holds; choose another answer if it has changed.",
	LastYear:         "Last year: %s",
	CarriedPending:   "(carried over, to confirm)",
	LastYearChanged:  "(changed)",
	LastYearSame:     "(unchanged)",
	CarriedEarlier:   "Carried-over answer: %s (to confirm)",
	Confirmed:        "Answer confirmed.",
	NothingToConfirm: "There is no carried-over answer to confirm here.",
	ConfirmAllAsk:    "Confirm all %d carried-over answers in %s, also those you have not looked at? y = yes, any other key = no",
	ConfirmAllNone:   "No carried-over answers left to confirm in %s.",
	ConfirmAllDone:   "%d answer(s) in %s confirmed.",
	ConfirmAllNot:    "Nothing confirmed.",
	Unconfirmed:      " · %d to confirm",
	CarriedStart:     "%d answer(s) carried over from %s: confirm (c) or change them question by question.",
	TakenOver:        "%d answer(s) carried over from an earlier version of the questionnaire: confirm (c) or change them.",
	LastMissing:      "Last year's file (%s) cannot be opened; last year's answers show only with the questions not yet confirmed.",
	MultiHint:        "Several answers possible: space or a number switches an answer on or off.",
	Cleared:          "Answer cleared (note and evidence are kept).",
	MarkedOn:         "Marked for review.",
	MarkedOff:        "Review mark removed.",

	NoQuestion:         "there is no question to answer",
	NoNotApplicable:    "not applicable is not an answer to this question",
	NotANumberQuestion: "this question does not ask for a number",
	NumberInvalid:      "%q is not a number: type for example 85 or 12.5",
	NumberRange:        "give a number from %s to %s",
	NoSuchOption:       "%s is not an answer to this question",

	StartTitle:        "Digital sovereignty: self-assessment",
	StartIntro:        "Continue with an answers file from this folder, or start a new self-assessment.",
	StartNew:          "Start a new self-assessment",
	StartNoFiles:      "No answers files found in this folder.",
	StartFile:         "%s (%s) %d, %d of %d answered",
	FormTitle:         "New self-assessment",
	FormIntro:         "Say which municipality and which reference date this is about. Everything can be changed in the file later.",
	FormFrom:          "The answers from %s are carried over: you confirm or change them question by question.",
	FormMissing:       "The file %s does not exist. Fill in this form to start a new self-assessment there.",
	FormMissingPick:   "Did you mean an existing file? Press esc to pick one (%d in this folder).",
	FieldMunicipality: "Municipality",
	FieldCBS:          "CBS code",
	FieldDate:         "Reference date",
	FieldYear:         "Year",
	FieldName:         "Filled in by",
	FieldRole:         "Role",
	FieldFile:         "File",
	HintCBS:           "GM and four digits, for example GM0361 for Alkmaar",
	HintDate:          "YYYY-MM-DD: the day the answers describe",
	HintFile:          "the answers are saved here after every answer",
	ErrRequired:       "fill this in",
	ErrCBS:            "%q is not a CBS municipality code: write GM and four digits, for example GM0361",
	ErrDate:           "%q is not a date: write YYYY-MM-DD, for example 2026-11-01",
	ErrYear:           "%q is not a year: write for example 2026",
	ErrFileExists:     "%s already exists: choose another name, or continue that file (soeverein survey %s)",
	ErrFileExt:        "the file name must end in .yaml",
	ErrPathTaken:      "%s already exists: choose another name",
	ErrFixForm:        "First correct the fields with an error.",
	Loading:           "Opening %s…",
	LoadFailed:        "Opening failed: %s",

	NoteTitle:     "Note on: %s",
	NoteHint:      "Free text for the report. esc or ctrl+s keeps it and goes back.",
	EvidenceTitle: "Evidence for: %s",
	EvidenceHint:  "One document name or link per line. tab changes the evidence level; esc or ctrl+s keeps it and goes back.",
	SaveAsTitle:   "Save as",
	SaveAsIntro:   "Type another file name (for example in your home folder). The answers stay in memory until saving works.",
	SaveAsHint:    "enter saves, esc cancels",

	ReviewTitle:       "Overview before finishing",
	ReviewUnanswered:  "Unanswered (%d)",
	ReviewDontKnow:    "Don't know (%d)",
	ReviewMarked:      "Marked (%d)",
	ReviewUnconfirmed: "Carried over, to confirm (%d)",
	ReviewGone:        "Question no longer exists (%d); the answers are kept",
	GoneLastYear:      "last year",
	ReviewAllDone:     "Every question is answered and nothing is marked.",
	ReviewFinishHint:  "enter jumps to the question; f finishes and writes the answers file and the report.",
	FinishTitle:       "Self-assessment finished",
	FinishDraftTitle:  "Self-assessment saved as a DRAFT",
	FinishWriting:     "Writing answers and report…",
	FinishOverall:     "Overall",
	FinishLevel:       "level %d: %s",
	FinishNotScored:   "no score: nothing answered yet",
	FinishCapped:      "The overall level is held down by: %s.",
	FinishIncomplete:  "DRAFT: %d of the %d questions are still open, so the report is a draft. esc goes back to answer them.",
	FinishUnconfirmed: "%d answer(s) carried over and not confirmed yet; the report marks them as not confirmed.",
	FinishAnswers:     "Answers: %s",
	FinishReport:      "Report:  %s",
	FinishFailed:      "The report could not be written: %s",
	FinishNext:        "The report is markdown: open it in a text editor or convert it to Word or PDF.",

	QuitUnsaved: "Your latest answers are NOT saved. Press s to choose another file name, or q again to quit anyway.",
	Resume:      "Answers saved in %s. To continue: soeverein survey %s",
	ResumeDone:  "Report written to %s. To change answers: soeverein survey %s",

	KeyUp: "up", KeyDown: "down", KeyChoose: "choose", KeyToggle: "on/off",
	KeyNext: "next", KeyPrev: "previous", KeyDontKnow: "don't know", KeyNA: "not applicable",
	KeyHelpText: "explanation", KeyNote: "note", KeyEvidence: "evidence", KeyMark: "mark",
	KeyOpen: "next open", KeyTheme: "theme", KeyReview: "overview", KeyClear: "clear",
	KeySaveAs: "save as", KeyQuit: "quit", KeyMore: "more", KeyBack: "back",
	KeyFinish: "finish", KeyDone: "keep", KeyLevel: "evidence level", KeyNumber: "answer",
	KeyJump: "go to question", KeyField: "next field", KeyStart: "start", KeyAbort: "abort",
	KeyMove: "move", KeyStep: "back/next", KeyEnter: "next", SpaceKey: "space",
	KeyConfirm: "confirm", KeyConfirmAll: "confirm theme", KeyPage: "scroll",
	KeyCarried: "to confirm",

	AccIntro:               "Soeverein: digital sovereignty self-assessment. Every question has numbered answers; type the number and press Enter.",
	AccPickFile:            "Answers files in this folder:",
	AccEvidencePrompt:      "Evidence: documents or links, separated by ; (Enter = none): ",
	AccEvidenceCurrent:     "Evidence now: %s. New evidence (separated by ;), Enter = keep, - = remove: ",
	AccEvidenceLevelPrompt: "Evidence level (%s; Enter = keep: %s): ",
	AccEvidenceSaved:       "Evidence kept: %d item(s), %s.",
	AccScriptNew:           "No file named: a new self-assessment (%d answers file(s) in this folder; to continue one of them: soeverein survey FILE).",
	AccPickPrompt:          "Choose a number (%d = new self-assessment): ",
	AccInvalid:             "I do not understand that: %s",
	AccBadNumber:           "%q is not a number from 1 to %d",
	AccOneNumber:           "type one number from 1 to %d",
	AccAlone:               "don't know and not applicable cannot go with other answers",
	AccFieldPrompt:         "%s%s: ",
	AccTheme:               "Theme: %s (%d of %d answered)",
	AccQuestion:            "Question %d of %d",
	AccCurrent:             "Current answer: %s",
	AccChoicePrompt:        "Answer (number; ? = explanation; m = mark; b = evidence; p = text for the council; Enter = skip or keep; - = previous question; q = quit): ",
	AccMultiPrompt:         "Answers (numbers with commas, for example 1,3; ? = explanation; m = mark; b = evidence; p = text for the council; Enter = skip or keep; - = previous question; q = quit): ",
	AccNumberPrompt:        "Value from %s to %s%s (w = don't know; ? = explanation; m = mark; b = evidence; p = text for the council; Enter = skip or keep; - = previous question; q = quit): ",
	AccNotePrompt:          "Note (optional; Enter = none): ",
	AccNoteCurrent:         "Note (Enter = keep: %q; - = remove): ",
	AccSaveFailed:          "Saving failed: %s. The answers are still in memory.",
	AccSaveAsPrompt:        "Type another file name (Enter = try again later): ",
	AccEOF:                 "End of input. Answers saved in %s.",
	AccReviewSummary:       "Overview: %d unanswered, %d don't know, %d marked.",
	AccConfirmHint:         "Enter = confirm",
	AccUnconfirmed:         "To confirm: %d carried-over answer(s):",
	AccGone:                "Question no longer exists (the answers are kept):",
	AccFinishPrompt:        "Finish and write the report? (y = yes; a number = go to that question; Enter = no, back to the first open question): ",
	AccNoScore:             "no score",
	AccQuestionNames:       "Open questions:",
	AccStopped:             "Stopped. Answers saved in %s.",
	ExclOthers:             "‘%s’ excludes the other choices; switched off: %s.",
	ExclCleared:            "Switched off: %s, because it excludes this choice.",
	AccExclAlone:           "‘%s’ excludes the other choices: choose it alone, or leave it out",

	KeyCouncilText:    "council text",
	CouncilTextTitle:  "Text for the council on: %s",
	CouncilTextHint:   "Public text in the college's voice (‘we’); the council answer uses it instead of the standard sentence. Write no names or internal matters. esc or ctrl+s keeps it and goes back.",
	CouncilTextLabel:  "Text for the council",
	AccCouncilPrompt:  "Text for the council, public, in the college's voice (Enter = none): ",
	AccCouncilCurrent: "Text for the council (Enter = keep: %q; - = remove): ",
}
