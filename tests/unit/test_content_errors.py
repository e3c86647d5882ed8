"""One test per kind of content error, each asserting the exact message an editor sees."""

from pathlib import Path

import pytest

from helpers import load, site_content
from leerpunt.catalogue.schemas import load_schema

FEEDBACK = "toolkits/kern/feedback.md"
GUIDE = "leidraden/goede-feedback/index.md"
AGENDA = "content/kennisagenda/kennisagenda.yml"


def replace(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text("utf-8")
    assert old in text, f"fixture changed: {old!r} not in {rel}"
    path.write_text(text.replace(old, new, 1), "utf-8")


def write(root: Path, rel: str, content) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))


CASES = {
    "broken-yaml": (
        lambda r: replace(r, FEEDBACK, "kosten: 1\n", "kosten: [1\n"),
        ["toolkits/kern/feedback.md:5: verwacht geldige YAML; gevonden: een lijst tussen [ ] die niet goed gesloten "
         "is (gevonden: ':') (controleer inspringing, dubbele punten en aanhalingstekens)"]),
    "tab-in-yaml": (
        lambda r: replace(r, FEEDBACK, "kaart:\n  vraag:", "kaart:\n\tvraag:"),
        ["toolkits/kern/feedback.md:22: verwacht geldige YAML; gevonden: een tab; gebruik spaties om in te springen in YAML"]),
    "missing-field": (
        lambda r: replace(r, FEEDBACK, "kosten: 1\n", ""),
        ["toolkits/kern/feedback.md:2: veld 'kosten': verwacht dit verplichte veld; gevonden: het veld ontbreekt"]),
    "misspelled-field": (
        lambda r: replace(r, FEEDBACK, "samenvatting:", "samenvating:"),
        ["toolkits/kern/feedback.md:6: veld 'samenvating': verwacht een van de velden "
         + ", ".join(sorted(load_schema("aanpak")["properties"]))
         + " (bedoel je 'samenvatting'?); gevonden: onbekend veld 'samenvating'"]),
    "wrong-type": (
        lambda r: replace(r, FEEDBACK, "impact: 6", "impact: zes"),
        ["toolkits/kern/feedback.md:3: veld 'impact': verwacht een geheel getal of leeg; gevonden: 'zes'"]),
    "figure-out-of-range": (
        lambda r: replace(r, FEEDBACK, "impact: 6", "impact: 14"),
        ["toolkits/kern/feedback.md:3: veld 'impact': verwacht een getal van -12 tot en met 12; gevonden: 14"]),
    "cost-not-on-scale": (
        lambda r: replace(r, FEEDBACK, "kosten: 1", "kosten: 7"),
        ["toolkits/kern/feedback.md:4: veld 'kosten': verwacht een van: 1 (Zeer lage kosten), 2 (Lage kosten), "
         "3 (Gemiddelde kosten), 4 (Hoge kosten), 5 (Zeer hoge kosten); gevonden: 7"]),
    "unknown-niveau": (
        lambda r: replace(r, FEEDBACK, "niveaus: [lager, secundair]", "niveaus: [lager, hoger]"),
        ["toolkits/kern/feedback.md:7: veld 'niveaus[2]': verwacht een van: kleuter (Kleuteronderwijs), "
         "lager (Lager onderwijs), secundair (Secundair onderwijs), buitengewoon (Buitengewoon onderwijs); gevonden: 'hoger'"]),
    "unknown-thema": (
        lambda r: replace(r, FEEDBACK, "themas: [feedback-en-evaluatie]", "themas: [toetsen]"),
        None),  # message lists every thema; checked separately below
    "duplicate-niveau": (
        lambda r: replace(r, FEEDBACK, "niveaus: [lager, secundair]", "niveaus: [lager, lager]"),
        ["toolkits/kern/feedback.md:7: veld 'niveaus': verwacht een lijst zonder dubbels; gevonden: een waarde die twee keer voorkomt"]),
    "invalid-date-format": (
        lambda r: replace(r, FEEDBACK, "bijgewerkt: 2025-09", "bijgewerkt: september 2025"),
        ["toolkits/kern/feedback.md:12: veld 'bijgewerkt': verwacht een datum als jjjj-mm-dd, of jjjj-mm als alleen "
         "de maand bekend is; gevonden: 'september 2025'"]),
    "impossible-date": (
        lambda r: replace(r, FEEDBACK, "bijgewerkt: 2025-09", "bijgewerkt: 2025-02-30"),
        ["toolkits/kern/feedback.md:12: veld 'bijgewerkt': verwacht een bestaande datum (JJJJ-MM-DD of JJJJ-MM); "
         "gevonden: '2025-02-30'"]),
    "duplicate-key": (
        lambda r: replace(r, FEEDBACK, "kosten: 1\n", "kosten: 1\nkosten: 2\n"),
        ["toolkits/kern/feedback.md:5: veld 'kosten': verwacht elk veld één keer; gevonden: het veld 'kosten' staat er twee keer"]),
    "empty-text": (
        lambda r: replace(r, FEEDBACK, "titel: Feedback", 'titel: ""'),
        ["toolkits/kern/feedback.md:2: veld 'titel': verwacht een niet-lege tekst; gevonden: een lege tekst"]),
    "card-text-too-long": (
        lambda r: replace(r, FEEDBACK, "vraag: Helpt feedback altijd?", "vraag: " + "Helpt feedback? " * 11),
        ["toolkits/kern/feedback.md:22: veld 'kaart.vraag': verwacht hoogstens 160 tekens; gevonden: 175 tekens"]),
    "impact-without-evidence": (
        lambda r: replace(r, FEEDBACK, "bewijssterkte: 4", "bewijssterkte: 0"),
        ["toolkits/kern/feedback.md:3: veld 'impact': verwacht een lege impact precies wanneer de bewijssterkte 0 is "
         "(te weinig studies om het effect te bepalen); gevonden: impact 6 met bewijssterkte 0"]),
    "history-contradicts-figure": (
        lambda r: replace(r, FEEDBACK, "naar: 6", "naar: 7"),
        ["toolkits/kern/feedback.md:20: veld 'historiek[1].wijzigingen[1].naar': verwacht de huidige waarde van "
         "'impact' (6) bij de laatste wijziging; gevonden: 7"]),
    "missing-section": (
        lambda r: replace(r, FEEDBACK, "## Achter het gemiddelde\n", "## Achtergrond\n"),
        ["toolkits/kern/feedback.md:27: verwacht een sectie '## Achter het gemiddelde' (in de volgorde Wat is het?, "
         "Belangrijkste bevindingen, Hoe effectief is het?, Achter het gemiddelde, Aan de slag, Wat kost het?); "
         "gevonden: geen sectie met die titel"]),
    "level-1-heading-in-body": (
        lambda r: replace(r, FEEDBACK, "## Wat is het?\n", "# Feedback\n\n## Wat is het?\n"),
        ["toolkits/kern/feedback.md:27: verwacht koppen vanaf niveau 2 (##); de titel komt uit het veld 'titel'; "
         "gevonden: een kop van niveau 1: '# Feedback'"]),
    "no-front-matter": (
        lambda r: write(r, FEEDBACK, "## Wat is het?\n"),
        ["toolkits/kern/feedback.md:1: verwacht front matter tussen twee regels '---' bovenaan het bestand; "
         "gevonden: geen front matter"]),
    "unclosed-front-matter": (
        lambda r: write(r, FEEDBACK, "---\ntitel: Feedback\n"),
        ["toolkits/kern/feedback.md:1: verwacht front matter tussen twee regels '---' bovenaan het bestand; "
         "gevonden: geen afsluitende regel '---'"]),
    "not-utf8": (
        lambda r: write(r, FEEDBACK, (r / FEEDBACK).read_text("utf-8").replace("Tekst.", "Caf\u00e9.", 1).encode("latin-1")),
        ["toolkits/kern/feedback.md:29: verwacht een tekstbestand in UTF-8; gevonden: een ongeldige byte (0xe9); "
         "bewaar het bestand als UTF-8"]),
    "file-name-with-spaces-and-accents": (
        lambda r: (r / FEEDBACK).rename(r / "toolkits/kern/Feedback geven é.md"),
        ["leidraden/goede-feedback/index.md:16: veld 'data-aanpakken': verwacht de id van een aanpak als "
         "'<toolkit>/<bestandsnaam>', bv. 'leren-en-lesgeven/feedback'; gevonden: 'kern/feedback' (bestaat niet)",
         # The page is not built, so links to it break (the strict build fails on them too).
         "leidraden/goede-feedback/index.md:18: verwacht een link naar een bestaande pagina of een bestaand bestand; "
         "gevonden: '../../toolkits/kern/feedback.md' (niet gevonden: toolkits/kern/feedback.md)",
         "toolkits/kern/Feedback geven é.md: verwacht een naam met kleine letters, cijfers en koppeltekens, zonder "
         "spaties of accenten (bv. 'peer-tutoring'); gevonden: 'Feedback geven é'",
         "toolkits/kern/leerstijlen.md:18: verwacht een link naar een bestaande pagina of een bestaand bestand; "
         "gevonden: 'feedback.md' (niet gevonden: toolkits/kern/feedback.md)"]),
    "stray-file-in-toolkit": (
        lambda r: write(r, "toolkits/kern/notities.txt", "klad"),
        ["toolkits/kern/notities.txt: verwacht alleen toolkit.yml en Markdown-bestanden (.md), één per aanpak; "
         "gevonden: een bestand van het type '.txt'"]),
    "toolkit-without-manifest": (
        lambda r: (r / "toolkits/leeg").mkdir(),
        ["toolkits/leeg: veld 'toolkit.yml': verwacht een bestand toolkit.yml in elke toolkitmap; gevonden: geen toolkit.yml"]),
    "guide-folder-without-index": (
        lambda r: (r / "leidraden/nieuw").mkdir(),
        ["leidraden/nieuw: veld 'index.md': verwacht een index.md in elke leidraadmap; gevonden: geen index.md"]),
    "unknown-recommendation-level": (
        lambda r: replace(r, GUIDE, 'data-bewijs="sterk"', 'data-bewijs="heel sterk"'),
        ["leidraden/goede-feedback/index.md:16: veld 'data-bewijs': verwacht een van: sterk, matig, beperkt; "
         "gevonden: 'heel sterk'"]),
    "unknown-approach-reference": (
        lambda r: replace(r, GUIDE, 'data-aanpakken="kern/feedback"', 'data-aanpakken="kern/feedback kern/huistaken"'),
        ["leidraden/goede-feedback/index.md:16: veld 'data-aanpakken': verwacht de id van een aanpak als "
         "'<toolkit>/<bestandsnaam>', bv. 'leren-en-lesgeven/feedback'; gevonden: 'kern/huistaken' (bestaat niet)"]),
    "misspelled-heading-attribute": (
        lambda r: replace(r, GUIDE, '{ #tijd .aanbeveling }', '{ #tijd .aanbeveling data-aanpakkne="kern/feedback" }'),
        ["leidraden/goede-feedback/index.md:20: veld 'data-aanpakkne': verwacht een anker (#…), een klasse "
         "(.aanbeveling) of data-aanpakken, data-bewijs, data-bewijsbron (bedoel je 'data-aanpakken'?); gevonden: "
         "onbekend attribuut 'data-aanpakkne'"]),
    "approaches-on-a-plain-heading": (
        lambda r: replace(r, GUIDE, '{ #tijd .aanbeveling }', '{ #tijd data-aanpakken="kern/feedback" }'),
        ["leidraden/goede-feedback/index.md:20: veld 'data-aanpakken': verwacht data-aanpakken alleen op een "
         "aanbeveling: een kop met '.aanbeveling'; gevonden: data-aanpakken op een gewone kop"]),
    "evidence-grade-without-its-source": (
        lambda r: replace(r, GUIDE, '{ #tijd .aanbeveling }', '{ #tijd .aanbeveling data-bewijs="matig" }'),
        ["leidraden/goede-feedback/index.md:20: veld 'data-bewijs': verwacht een bewijsniveau alleen samen met de "
         "bron die het geeft: data-bewijsbron=\"https://…\"; gevonden: 'matig' zonder bron"]),
    "evidence-source-not-an-address": (
        lambda r: replace(r, GUIDE, 'data-bewijsbron="https://example.org/gids"', 'data-bewijsbron="de gids"'),
        ["leidraden/goede-feedback/index.md:16: veld 'data-bewijsbron': verwacht een volledig webadres dat begint met "
         "https://; gevonden: 'de gids'"]),
    "template-text-left-in-official-text": (
        lambda r: replace(r, GUIDE, "Inleiding van de leidraad.", "Schrijf hier een korte inleiding.")
        or replace(r, GUIDE, "voorbeeld: true\n", ""),
        ["leidraden/goede-feedback/index.md:13: verwacht ingevulde tekst in plaats van de zin uit het sjabloon; "
         "gevonden: 'Schrijf hier een korte inleiding.'"]),
    "history-does-not-add-up": (
        lambda r: replace(r, FEEDBACK, "historiek:\n", "historiek:\n  - datum: 2024-05\n    toelichting: Eerste versie.\n"
                          "    wijzigingen:\n      - veld: impact\n        van: null\n        naar: 4\n"),
        ["toolkits/kern/feedback.md:25: veld 'historiek[2].wijzigingen[1].van': verwacht de waarde waarop de vorige "
         "update van 'impact' eindigde (4, op 2024-05); gevonden: 5"]),
    "updated-before-last-change": (
        lambda r: replace(r, FEEDBACK, "bijgewerkt: 2025-09", "bijgewerkt: 2025-01"),
        ["toolkits/kern/feedback.md:12: veld 'bijgewerkt': verwacht een datum niet ouder dan de nieuwste update in "
         "historiek (2025-09); gevonden: '2025-01'"]),
    "duplicate-recommendation-anchor": (
        lambda r: replace(r, GUIDE, "{ #tijd ", "{ #taakgericht "),
        ["leidraden/goede-feedback/index.md:20: verwacht een uniek anker per kop (#taakgericht staat al op regel 16); "
         "gevonden: '#taakgericht' een tweede keer"]),
    "unclosed-heading-attributes": (
        lambda r: replace(r, GUIDE, '{ #tijd .aanbeveling }', '{ #tijd .aanbeveling'),
        ["leidraden/goede-feedback/index.md:20: verwacht een kop met een attributenlijst die eindigt op '}' "
         "(bv. '## Titel { #anker }'); gevonden: 'Plan tijd om feedback te gebruiken { #tijd .aanbeveling' "
         "zonder '}'"]),
    "months-in-summary-disagree-with-impact": (
        lambda r: replace(r, FEEDBACK, "samenvatting: Feedback geeft leerlingen informatie over hun leren.",
                          "samenvatting: Feedback levert zo'n vijf maanden extra vooruitgang op."),
        ["toolkits/kern/feedback.md:6: veld 'samenvatting': verwacht dezelfde maanden als het veld 'impact' (6); "
         "gevonden: 'vijf maanden'"]),
    "months-in-text-disagree-with-impact": (
        lambda r: replace(r, FEEDBACK, "## Wat is het?\n\nTekst.", "## Wat is het?\n\nGemiddeld gaan leerlingen +5\nmaanden extra vooruit."),
        ["toolkits/kern/feedback.md:29: verwacht dezelfde maanden als het veld 'impact' (6); gevonden: '+5 maanden'"]),
    "typed-count-in-toolkit-text": (
        lambda r: replace(r, "toolkits/kern/toolkit.yml", "samenvatting: Een kleine toolkit voor de tests.",
                          "samenvatting: Een kleine toolkit met twee aanpakken."),
        ["toolkits/kern/toolkit.yml:3: verwacht een aantal uit de catalogus: [[aantal:aanpakken]] (of "
         "[[aantal:aanpakken:<toolkit>]]); gevonden: een getypt aantal: 'twee aanpakken'"]),
    "related-approach-does-not-exist": (
        lambda r: replace(r, FEEDBACK, "kaart:", "verwant: [kern/huistaken]\nkaart:"),
        ["toolkits/kern/feedback.md:21: veld 'verwant': verwacht de id van een andere aanpak als '<toolkit>/<bestandsnaam>', "
         "bv. 'leren-en-lesgeven/feedback'; gevonden: 'kern/huistaken' (bestaat niet)"]),
    "guide-without-recommendations": (
        lambda r: write(r, GUIDE, (r / GUIDE).read_text("utf-8").replace(' .aanbeveling data-bewijs="sterk" '
                        'data-bewijsbron="https://example.org/gids" data-aanpakken="kern/feedback"', "")
                        .replace(" .aanbeveling", "")),
        ["leidraden/goede-feedback/index.md:14: verwacht minstens één aanbeveling: een kop zoals '## Geef "
         "taakgerichte feedback { .aanbeveling data-aanpakken=\"leren-en-lesgeven/feedback\" }'; gevonden: geen "
         "aanbevelingen"]),
    "stray-file-in-guide": (
        lambda r: write(r, "leidraden/goede-feedback/concept.docx", b"PK"),
        ["leidraden/goede-feedback/concept.docx: verwacht naast index.md alleen afbeeldingen of pdf's (.gif, .jpeg, "
         ".jpg, .pdf, .png, .svg, .webp); gevonden: een bestand van het type '.docx'"]),
    "agenda-status-contradicts-guide": (
        lambda r: replace(r, AGENDA, "status: gepubliceerd\n    geverifieerd: true\n  - id: huiswerk",
                          "status: in-ontwikkeling\n    geverifieerd: true\n  - id: huiswerk"),
        ["content/kennisagenda/kennisagenda.yml:8: veld 'themas[1].status': verwacht 'gepubliceerd', want de "
         "gepubliceerde leidraad 'goede-feedback' beantwoordt dit thema; gevonden: 'in-ontwikkeling'"]),
    "agenda-published-without-result": (
        lambda r: replace(r, AGENDA, "status: op-te-starten", "status: gepubliceerd"),
        ["content/kennisagenda/kennisagenda.yml:13: veld 'themas[2].status': verwacht een gepubliceerde leidraad die "
         "naar dit thema verwijst (veld 'kennisagenda') of een veld 'pagina' bij een gepubliceerd thema; gevonden: "
         "status 'gepubliceerd' zonder leidraad of pagina"]),
    "agenda-published-before-its-guide": (
        lambda r: replace(r, GUIDE, "gepubliceerd: 2025-11", "gepubliceerd: 2027-02"),
        ["content/kennisagenda/kennisagenda.yml:8: veld 'themas[1].status': verwacht een gepubliceerde leidraad die "
         "naar dit thema verwijst (veld 'kennisagenda') of een veld 'pagina' bij een gepubliceerd thema; gevonden: "
         "status 'gepubliceerd' zonder leidraad of pagina (de leidraad 'goede-feedback' verschijnt pas op 2027-02)"]),
    "agenda-page-missing": (
        lambda r: replace(r, AGENDA, "pagina: model/index.md", "pagina: model/weg.md"),
        ["content/kennisagenda/kennisagenda.yml:20: veld 'themas[3].pagina': verwacht het pad van een bestaande "
         "pagina in content/; gevonden: 'model/weg.md' (bestaat niet)"]),
    "agenda-duplicate-theme-id": (
        lambda r: replace(r, AGENDA, "id: huiswerk", "id: feedback"),
        ["content/kennisagenda/kennisagenda.yml:10: veld 'themas[2].id': verwacht een unieke id per thema; "
         "gevonden: 'feedback', dat ook thema 1 heeft"]),
    "guide-refers-to-unknown-theme": (
        lambda r: replace(r, GUIDE, "kennisagenda: feedback", "kennisagenda: feedbak"),
        ["content/kennisagenda/kennisagenda.yml:8: veld 'themas[1].status': verwacht een gepubliceerde leidraad die "
         "naar dit thema verwijst (veld 'kennisagenda') of een veld 'pagina' bij een gepubliceerd thema; gevonden: "
         "status 'gepubliceerd' zonder leidraad of pagina",
         "leidraden/goede-feedback/index.md:7: veld 'kennisagenda': verwacht de id van een thema uit "
         "content/kennisagenda/kennisagenda.yml (feedback, huiswerk, model) (bedoel je 'feedback'?); gevonden: 'feedbak'"]),
}


@pytest.mark.parametrize("kind", [k for k, (_, expected) in CASES.items() if expected is not None])
def test_error_kind_gives_exact_message(site, kind):
    mutate, expected = CASES[kind]
    mutate(site)
    assert [str(e) for e in site_content(site).errors] == expected


def test_unknown_thema_names_the_value_and_the_allowed_list(site):
    CASES["unknown-thema"][0](site)
    [error] = load(site).errors
    assert (error.file, error.line, error.field, error.found) == (FEEDBACK, 8, "themas[1]", "'toetsen'")
    assert error.expected.startswith("een van: taal-en-lezen (Taal en lezen), wiskunde (Rekenen en wiskunde)")


@pytest.mark.parametrize("kind", ["missing-field", "unknown-recommendation-level", "not-utf8"])
def test_a_source_with_errors_still_gets_a_page(site, kind):
    CASES[kind][0](site)
    catalogue = load(site)
    [broken] = catalogue.broken
    assert broken.errors == tuple(e for e in catalogue.errors if e.file == broken.source)
    assert broken.src_uri in (FEEDBACK, GUIDE)


def test_dotfiles_are_ignored(site):
    write(site, "toolkits/kern/.DS_Store", b"\x00")
    write(site, "leidraden/.gitkeep", b"")
    assert load(site).errors == ()
