package scoring

import "soeverein/assessment"

// The texts of findings that scoring makes itself. The questionnaire format
// has no place for them (they are the same for every question), so they live
// here, bilingual like every text in the questionnaire. Rule findings take
// their texts from the questionnaire.
var (
	// dontKnowTitle is put before the question text in the title of a
	// don't-know finding.
	dontKnowTitle = assessment.Text{
		"nl": "Onbekend: ",
		"en": "Unknown: ",
	}
	dontKnowFinding = assessment.Text{
		"nl": "Op deze vraag is ‘weet ik niet’ geantwoord. Niet weten is zelf een risico: wat de gemeente niet weet, kan zij niet beheersen of aan de raad verantwoorden. De vraag telt mee als het zwakste antwoord (score 0).",
		"en": "This question was answered ‘don't know’. Not knowing is a risk in itself: what the municipality does not know, it cannot control or account for to the council. The question counts as the weakest answer (score 0).",
	}
	dontKnowRecommendation = assessment.Text{
		"nl": "Zoek uit hoe dit nu geregeld is (vraag het na bij de leverancier, de functioneel beheerder of de contractmanager), leg het antwoord vast met bewijs en vul de vraag opnieuw in.",
		"en": "Find out how this is arranged today (ask the supplier, the application manager or the contract manager), record the answer with evidence and answer the question again.",
	}
	// sovNote says what the SOV view is, and what it is not.
	sovNote = assessment.Text{
		"nl": "Indicatief. Het EU Cloud Sovereignty Framework beoordeelt clouddiensten, niet de organisaties die ze afnemen. Deze weergave legt de antwoorden van de gemeente op de acht doelstellingen (SOV-1 t/m SOV-8) om te laten zien waar de zwakke plekken liggen; het is geen SEAL-beoordeling.",
		"en": "Indicative. The EU Cloud Sovereignty Framework rates cloud services, not the organisations that buy them. This view maps the municipality's answers onto the eight objectives (SOV-1 to SOV-8) to show where the weak spots are; it is not a SEAL rating.",
	}
)

// prefixed puts prefix before text in every language either has.
func prefixed(prefix, text assessment.Text) assessment.Text {
	out := assessment.Text{}
	for lang := range text {
		out[lang] = prefix.In(lang) + text[lang]
	}
	return out
}
