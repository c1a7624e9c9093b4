package main

func mainUsage(lang string) string {
	if lang == "en" {
		return `soeverein: measure your municipality's digital sovereignty, every year.

Usage:
  soeverein [survey] [FILE]          take the assessment in the terminal (the default)
  soeverein survey --from LAST.yaml  start this year from last year's answers
  soeverein score FILE [--json]      show the scores of an answers file
  soeverein report FILE [-o F.docx]  write the report for the council (md, html, docx, odt, pdf);
                                     --previous LAST.yaml adds the change since last year
  soeverein council FILE [-o F.md]   write only the answers to the council questions, to paste
  soeverein compare FILE FILE...     compare assessments of several years
  soeverein assign FILE THEME... --to NAME [--role ROLE]
                                     record who answers which themes
  soeverein split FILE [--dir DIR]   one part file per person
  soeverein merge FILE PART...       bring the parts back (--prefer main|part)
  soeverein status FILE [PART...]    who answers what, and how far they are
  soeverein verify REPORT FILE       check that a report belongs to an answers file
  soeverein validate [--questions F] check a questionnaire file
  soeverein questions [--version V]  print the built-in questionnaire, to customise it
  soeverein schema questionnaire     print a JSON Schema for an editor (also: answers, score)
  soeverein version                  print the version (also: soeverein --version)

Every command takes --lang nl|en (default nl) and --help.
Exit codes: 0 ok, 1 error, 2 wrong use, 130 stopped by the user.
`
	}
	return `soeverein: meet elk jaar de digitale soevereiniteit van uw gemeente.

Gebruik:
  soeverein [survey] [BESTAND]       vul de zelfevaluatie in de terminal in (standaard)
  soeverein survey --from VORIG.yaml begin dit jaar met de antwoorden van vorig jaar
  soeverein score BESTAND [--json]   toon de scores van een antwoordenbestand
  soeverein report BESTAND [-o B.docx] schrijf het rapport voor de raad (md, html, docx, odt, pdf);
                                     --previous VORIG.yaml voegt de ontwikkeling sinds vorig jaar toe
  soeverein council BESTAND [-o B.md] schrijf alleen de antwoorden op de raadsvragen, om te plakken
  soeverein compare BESTAND...       vergelijk zelfevaluaties van meerdere jaren
  soeverein assign BESTAND THEMA... --to NAAM [--role ROL]
                                     leg vast wie welke thema's beantwoordt
  soeverein split BESTAND [--dir MAP] één deelbestand per persoon
  soeverein merge BESTAND DEEL...    voeg de delen weer samen (--prefer main|part)
  soeverein status BESTAND [DEEL...] wie wat beantwoordt, en hoe ver men is
  soeverein verify RAPPORT BESTAND   controleer of een rapport bij een antwoordenbestand hoort
  soeverein validate [--questions B] controleer een vragenlijstbestand
  soeverein questions [--version V]  toon de ingebouwde vragenlijst, om die aan te passen
  soeverein schema questionnaire     toon een JSON Schema voor een editor (ook: answers, score)
  soeverein version                  toon de versie (ook: soeverein --version)

Elk commando kent --lang nl|en (standaard nl) en --help.
Afsluitcodes: 0 goed, 1 fout, 2 verkeerd gebruik, 130 gestopt door de gebruiker.
`
}

func usageValidate(lang string) string {
	if lang == "en" {
		return `Usage: soeverein validate [--questions FILE] [--lang nl|en]

Checks a questionnaire (by default the built-in one) and prints every problem
with file:line:column and what to change. Exit code 1 when there are problems.
`
	}
	return `Gebruik: soeverein validate [--questions BESTAND] [--lang nl|en]

Controleert een vragenlijst (standaard de ingebouwde) en toont elk probleem
met bestand:regel:kolom en wat u moet aanpassen. Afsluitcode 1 bij problemen.
`
}

func usageQuestions(lang string) string {
	if lang == "en" {
		return `Usage: soeverein questions [--version V] [--plain] > my-questions.yaml

Prints the built-in questionnaire. Edit the copy, check it with
soeverein validate --questions my-questions.yaml, and use it with --questions.
--version 2026.1 prints an earlier published version instead (every
published version is built in, so that compare shows each year as reported).

The first line points the YAML extension of VS Code to the schema
soeverein-questionnaire.schema.json next to the file (soeverein schema
questionnaire > soeverein-questionnaire.schema.json), so that the editor
completes field names. --plain leaves that line out: the output is then the
built-in questionnaire byte for byte, to check the checksum a report names.
`
	}
	return `Gebruik: soeverein questions [--version V] [--plain] > mijn-vragen.yaml

Toont de ingebouwde vragenlijst. Pas de kopie aan, controleer die met
soeverein validate --questions mijn-vragen.yaml en gebruik haar met --questions.
Met --version 2026.1 toont het een eerder gepubliceerde versie (elke
gepubliceerde versie is ingebouwd, zodat compare elk jaar toont zoals het
gerapporteerd is).

De eerste regel verwijst de YAML-extensie van VS Code naar het schema
soeverein-questionnaire.schema.json naast het bestand (soeverein schema
questionnaire > soeverein-questionnaire.schema.json): zo vult de editor
veldnamen aan. --plain laat die regel weg: dan is de uitvoer byte voor byte
de ingebouwde vragenlijst, om het controlegetal in een rapport na te gaan.
`
}

func usageVersion(lang string) string {
	if lang == "en" {
		return "Usage: soeverein version (or soeverein --version)\n\nPrints the version of soeverein and of the built-in questionnaire, and the\nsource commit the program was built from when it is known.\n"
	}
	return "Gebruik: soeverein version (of soeverein --version)\n\nToont de versie van soeverein en van de ingebouwde vragenlijst, en de commit\nvan de broncode waaruit het programma is gebouwd als die bekend is.\n"
}
