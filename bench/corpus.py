"""A deterministic synthetic Dutch education corpus for benchmarks (same size → same bytes).

A corpus of size N has N approaches and N free pages, written twice over the same text:

- `leerpunt`: the approaches as sources of our collections plugin (toolkits/ of 40
  approaches each, with figures, niveaus, themas, a card and the six usual sections), the
  pages in docs_dir, our plugins (collections and search; print apart, see bench/build.py);
- `material`: plain Material with its own search, the same approaches as ordinary Markdown
  pages (title, summary, the same sections) and a hand-made index page per toolkit.

Free pages look like the knowledge site's: front matter, a title, an introduction, three to
five sections (some with subsections), lists, a table and sources; about 640 words each,
from a vocabulary with the word forms Dutch search must handle (plurals, diminutives,
compounds, accents) and a long Zipf-distributed tail.
"""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

from leerpunt.catalogue.scales import bewijssterkte_levels, kosten_levels
from leerpunt.catalogue.vocabularies import niveau_labels, thema_labels

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "valid"
SEED = 20240901
NIVEAUS = list(niveau_labels())
THEMAS = list(thema_labels())
KOSTEN = [value for level in kosten_levels() if isinstance(value := level.value, int)]
BEWIJS = [value for level in bewijssterkte_levels() if isinstance(value := level.value, int) and value]
CATEGORIES = ("lezen", "rekenen", "feedback", "differentiatie", "welbevinden", "ouders", "schoolteam", "kleuters")

NOUNS = [  # (singular, plural); no 'aanpakken': random text would type counts like 'een aanpakken', an error
    ("leerling", "leerlingen"), ("leerkracht", "leerkrachten"), ("klas", "klassen"), ("les", "lessen"),
    ("school", "scholen"), ("strategie", "strategieën"), ("instructie", "instructies"), ("toets", "toetsen"),
    ("opdracht", "opdrachten"), ("groep", "groepen"), ("taak", "taken"), ("doel", "doelen"), ("ouder", "ouders"),
    ("kleuter", "kleuters"), ("oefening", "oefeningen"), ("vaardigheid", "vaardigheden"), ("idee", "ideeën"),
    ("tekst", "teksten"), ("boek", "boeken"), ("kaart", "kaarten"), ("vraag", "vragen"), ("team", "teams"),
    ("resultaat", "resultaten"), ("werkvorm", "werkvormen"), ("studie", "studies"), ("effect", "effecten"),
    ("categorie", "categorieën"), ("theorie", "theorieën"), ("directeur", "directeurs"), ("gesprek", "gesprekken"),
]
TOPICS = ["differentiatie", "feedback", "metacognitie", "zelfregulatie", "begrijpend lezen", "leesvaardigheid",
          "rekenvaardigheid", "woordenschat", "motivatie", "samenwerking", "evaluatie", "huiswerk",
          "ouderbetrokkenheid",
          "coöperatief leren", "sociaal-emotioneel leren", "leerwinst", "executieve functies", "taalontwikkeling",
          "klasmanagement", "zittenblijven", "tutoring", "gecijferdheid", "geletterdheid", "welbevinden"]
VERBS = ["differentiëren", "differentieert", "ondersteunt", "verbetert", "versterkt", "plant", "bespreekt",
         "evalueert", "oefent", "leest", "schrijft", "rekent", "stimuleert", "begeleidt", "observeert", "herhaalt"]
ADJECTIVES = ["duidelijke", "korte", "concrete", "sterke", "gerichte", "geïntegreerde", "coöperatieve", "reële",
              "metacognitieve", "haalbare", "zwakke", "uitdagende", "nieuwe", "systematische", "gemiddelde"]
MODIFIERS = ["lees", "reken", "schrijf", "taal", "toets", "groeps", "klas", "leer", "school", "ouder", "spel", "denk",
             "instructie", "oefen", "feedback", "zorg", "kleuter", "team", "huis", "studie"]
HEADS = ["strategie", "moment", "plan", "groep", "boek", "werk", "kaart", "tijd", "doel", "gesprek", "activiteit",
         "materiaal", "resultaat", "vaardigheid", "opdracht", "proces", "beleid", "cultuur"]
DIMINUTIVES = ["kaartje", "groepje", "boekje", "spelletje", "taakje", "briefje", "lijstje", "stapje", "tipje"]
SYLLABLES = ["ver", "be", "ont", "her", "aan", "op", "af", "in", "door", "voor", "werk", "leer", "denk", "spreek",
             "bouw", "vorm", "zet", "houd", "breng", "deel", "wijs", "stel", "maak", "neem", "kijk", "volg", "trek"]
SUFFIXES = ["ing", "heid", "baar", "lijk", "sel", "te", "nis", "schap", "er", "ster", "atie", "isch", "ig", "loos"]
FILLERS = ["de", "het", "een", "in", "op", "met", "voor", "van", "en", "of", "dat", "die", "bij", "naar", "ook", "vaak",
           "soms", "zo", "elke", "veel", "meer", "minder", "samen", "daarna", "eerst", "vooral"]


class Writer:
    """Dutch-looking text from one seeded random generator."""

    def __init__(self, seed: int):
        self.random = random.Random(seed)
        tail = sorted({a + b + c for a in SYLLABLES for b in SYLLABLES for c in SUFFIXES})
        self.random.shuffle(tail)
        self.tail = tail[:18000]
        # Cumulative once: random.choices would add up all 18,000 weights on every call (the same
        # sums, so the same words; at N = 5,000 that was most of the time spent writing the corpus).
        self.tail_weights = list(accumulate(1 / (rank + 1) for rank in range(len(self.tail))))
        self.compounds = [m + h for m in MODIFIERS for h in HEADS]

    def word(self) -> str:
        r = self.random.random()
        if r < 0.30:
            return self.random.choice(FILLERS)
        if r < 0.45:
            return self.random.choice(self.random.choice(NOUNS))
        if r < 0.52:
            return self.random.choice(VERBS)
        if r < 0.60:
            return self.random.choice(ADJECTIVES)
        if r < 0.70:
            compound = self.random.choice(self.compounds)
            plural = compound.endswith(("plan", "doel", "werk")) and self.random.random() < .3
            return compound + ("en" if plural else "")
        if r < 0.73:
            return self.random.choice(DIMINUTIVES)
        if r < 0.78:
            return self.random.choice(TOPICS)
        if r < 0.79:
            return str(self.random.choice([2019, 2021, 2023, 2024, 2025, 12, 40, 75])) + self.random.choice(["", "%"])
        return self.random.choices(self.tail, cum_weights=self.tail_weights)[0]

    def sentence(self, low=9, high=18) -> str:
        words = [self.word() for _ in range(self.random.randint(low, high))]
        return words[0][:1].upper() + " ".join(words)[1:] + self.random.choice([".", ".", ".", "?", ";", ":"])[:1]

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.random.randint(3, 6)))

    def title(self) -> str:
        topic = self.random.choice(TOPICS)
        return f"{topic[:1].upper()}{topic[1:]}: {self.random.choice(ADJECTIVES)} {self.random.choice(self.compounds)}"


def page(writer: Writer, number: int) -> tuple[str, str]:
    """(title, Markdown) of synthetic page `number`."""
    rnd = writer.random
    title = f"{writer.title()} {number}"
    parts = ["---", f"title: \"{title}\"", f"description: \"{writer.sentence(10, 14)}\"", "---", "", f"# {title}", "",
             writer.paragraph(), ""]
    for section in range(rnd.randint(3, 5)):
        parts += [f"## {writer.sentence(2, 5).rstrip('.?;:')}", "", writer.paragraph(), ""]
        if rnd.random() < 0.5:
            parts += [f"- {writer.sentence(4, 9)}" for _ in range(rnd.randint(3, 5))] + [""]
        if rnd.random() < 0.4:
            parts += [f"### {writer.sentence(2, 4).rstrip('.?;:')}", "", writer.paragraph(), ""]
        if section == 1:
            parts += ["| Aanpak | Effect | Kosten |", "|---|---|---|"]
            parts += [f"| {rnd.choice(writer.compounds)} | +{rnd.randint(0, 8)} maanden | {rnd.randint(1, 5)} |"
                      for _ in range(3)] + [""]
        if rnd.random() < 0.3:
            parts += [f"{i}. {writer.sentence(5, 10)}" for i in range(1, rnd.randint(3, 5))] + [""]
    parts += ["## Bronnen", ""] + [f"- {writer.sentence(5, 9)} ({rnd.randint(2010, 2025)})." for _ in range(3)] + [""]
    return title, "\n".join(parts)


APPROACHES_PER_TOOLKIT = 40
APPROACH_SECTIONS = ("Wat is het?", "Belangrijkste bevindingen", "Hoe effectief is het?", "Achter het gemiddelde",
                     "Aan de slag", "Wat kost het?")
VARIANTS = ("material", "leerpunt")


def _quoted(text: str) -> str:
    """A YAML scalar for any text (JSON's double-quoted strings are YAML too)."""
    return json.dumps(text, ensure_ascii=False)


def _fit(text: str, limit: int, end: str = ".") -> str:
    """Text cut at a word boundary to stay within a schema's maxLength."""
    if len(text) <= limit:
        return text
    return text[:limit - len(end)].rsplit(" ", 1)[0].rstrip(".?;:,") + end


@dataclass(frozen=True)
class Approach:
    toolkit: str
    slug: str
    title: str
    impact: int | None
    kosten: int
    bewijssterkte: int
    summary: str
    niveaus: list[str]
    themas: list[str]
    question: str
    answer: str
    body: str
    history: bool


def approach(writer: Writer, number: int) -> Approach:
    """Synthetic approach `number`: figures in range, niveaus and themas from the site's vocabularies."""
    rnd = writer.random
    niveaus = sorted(rnd.sample(NIVEAUS, rnd.randint(1, 3)), key=NIVEAUS.index)
    themas = sorted(rnd.sample(THEMAS, rnd.randint(1, 2)), key=THEMAS.index)
    body = []
    for heading in APPROACH_SECTIONS:
        body += [f"## {heading}", ""]
        if heading == "Belangrijkste bevindingen":
            body += [f"{i}. {writer.sentence(8, 16)}" for i in range(1, rnd.randint(4, 6))] + [""]
        else:
            body += [writer.paragraph() for _ in range(rnd.randint(1, 2))] + [""]
    return Approach(f"toolkit-{number // APPROACHES_PER_TOOLKIT + 1:03d}", f"aanpak-{number:05d}",
                    f"{writer.title()} {number}", rnd.randint(-1, 8), rnd.choice(KOSTEN), rnd.choice(BEWIJS),
                    _fit(" ".join(writer.sentence(10, 16) for _ in range(2)), 400), niveaus, themas,
                    _fit(writer.sentence(8, 14).rstrip(".?;:") + "?", 160, "?"), _fit(writer.sentence(14, 24), 420),
                    "\n".join(body),
                    number % 4 == 0)


def approach_source(item: Approach) -> str:
    """The approach as a source of the collections plugin (front matter + sections)."""
    lines = ["---", f"titel: {_quoted(item.title)}", f"impact: {item.impact}", f"kosten: {item.kosten}",
             f"bewijssterkte: {item.bewijssterkte}", f"samenvatting: {_quoted(item.summary)}",
             f"niveaus: [{', '.join(item.niveaus)}]", f"themas: [{', '.join(item.themas)}]",
             f"bron: https://example.org/{item.slug}", "geverifieerd: false",
             "verificatie: Synthetische inhoud voor de benchmark."]
    if item.history and item.impact is not None:
        lines += ["bijgewerkt: 2025-09", "historiek:", "  - datum: 2025-09", "    toelichting: Nieuwe studies.",
                  "    studies_toegevoegd: 3", "    wijzigingen:", "      - veld: impact",
                  f"        van: {item.impact - 1}", f"        naar: {item.impact}"]
    lines += ["kaart:", f"  vraag: {_quoted(item.question)}", f"  antwoord: {_quoted(item.answer)}", "voorbeeld: true",
              "---", item.body]
    return "\n".join(lines) + "\n"


def _impact(impact: int | None) -> str:
    return "onbekend" if impact is None else f"{impact:+d}"


def approach_page(item: Approach) -> str:
    """The same approach as an ordinary Markdown page for plain Material (bench/plain.py uses it too)."""
    figures = (f"Impact: {_impact(item.impact)} maanden · Kosten: {item.kosten} van 5 · "
               f"Bewijssterkte: {item.bewijssterkte} van 5")
    return "\n".join(["---", f"title: {_quoted(item.title)}", f"description: {_quoted(item.summary)}", "---", "",
                      f"# {item.title}", "", item.summary, "", figures, "", item.body, "", "## Kaartje", "",
                      f"**{item.question}** {item.answer}", ""])


def toolkit_page(title: str, approaches: list[Approach], intro: str = "") -> str:
    """A toolkit's overview for plain Material: its approaches in a table, each with its figures."""
    rows = [f"| [{a.title}]({a.slug}.md) | {_impact(a.impact)} | {a.kosten} | {a.bewijssterkte} |" for a in approaches]
    return "\n".join([f"# {title}", "", *([intro, ""] if intro else []), "| Aanpak | Impact | Kosten | Bewijs |",
                      "|---|---|---|---|", *rows, ""])


def generate(size: int, out: Path, variant: str) -> Path:
    """Write a project with `size` approaches and `size` free pages for `variant`; returns the project folder."""
    if variant not in VARIANTS:
        raise ValueError(f"variant {variant!r}: expected one of {VARIANTS}")
    if out.exists():
        shutil.rmtree(out)
    docs = out / "content"
    # The valid test fixture (a small toolkit, a guide, the model, the knowledge agenda): the
    # collections plugin needs a guide folder and an agenda; Material gets the same files as pages.
    shutil.copytree(FIXTURE / "content", docs)
    sources = out if variant == "leerpunt" else docs
    for name in ("toolkits", "leidraden"):
        shutil.copytree(FIXTURE / name, sources / name)
    if variant == "material":
        (docs / "kennisagenda" / "kennisagenda.yml").unlink()
    writer = Writer(SEED)
    nav_categories = []
    per_category: dict[str, list[tuple[str, str]]] = {c: [] for c in CATEGORIES}
    for number in range(size):
        category = CATEGORIES[number % len(CATEGORIES)]
        title, markdown = page(writer, number)
        path = docs / "kennis" / category / f"pagina-{number:05d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(markdown, "utf-8")
        per_category[category].append((title, path.name))
    for category, entries in per_category.items():
        lines = [f"# {category.capitalize()}", ""] + [f"- [{title}]({name})" for title, name in entries[:50]]
        (docs / "kennis" / category / "index.md").write_text("\n".join(lines) + "\n", "utf-8")
        nav_categories.append(f"      - kennis/{category}/index.md")
    toolkits: dict[str, list[Approach]] = {}
    for number in range(size):
        item = approach(writer, number)
        toolkits.setdefault(item.toolkit, []).append(item)
    for order, (toolkit, items) in enumerate(toolkits.items(), start=1):
        title = f"Toolkit {order}"
        if variant == "leerpunt":
            folder = out / "toolkits" / toolkit
            folder.mkdir()
            (folder / "toolkit.yml").write_text(
                f"titel: {title}\nvolgorde: {order}\nsamenvatting: {_quoted(writer.sentence(10, 16))}\n"
                f"niveaus: [{', '.join(NIVEAUS)}]\nbron: https://example.org/{toolkit}\n", "utf-8")
            for item in items:
                (folder / f"{item.slug}.md").write_text(approach_source(item), "utf-8")
        else:
            folder = docs / "toolkits" / toolkit
            folder.mkdir()
            (folder / "index.md").write_text(toolkit_page(title, items), "utf-8")
            for item in items:
                (folder / f"{item.slug}.md").write_text(approach_page(item), "utf-8")
    if variant == "material":
        (docs / "toolkits" / "index.md").write_text(
            "# Toolkits\n\n" + "".join(f"- [Toolkit {n}]({t}/index.md)\n" for n, t in enumerate(toolkits, 1)), "utf-8")
    (docs / "index.md").write_text("# Bench\n\nStartpagina van het synthetische corpus.\n", "utf-8")
    plugins = ("  - search:\n      lang: nl\n" if variant == "material"
               else "  - leerpunt-collections\n  - leerpunt-search\n")
    (out / "mkdocs.yml").write_text(MKDOCS_YML.format(plugins=plugins, categories="\n".join(nav_categories)), "utf-8")
    return out


# Both variants: the same theme, features, Markdown extensions and navigation (the approach
# pages are reached from their toolkit's page, as on the real site).
MKDOCS_YML = """site_name: Bench
site_url: https://bench.example/
docs_dir: content
theme:
  name: material
  language: nl
  font: false
  features: [navigation.tabs, navigation.top, navigation.footer, content.tooltips, toc.follow]
plugins:
{plugins}markdown_extensions:
  - abbr
  - admonition
  - attr_list
  - md_in_html
  - tables
  - pymdownx.details
  - toc:
      permalink: true
nav:
  - Start: index.md
  - Kennis:
{categories}
  - Toolkits: toolkits/index.md
  - Kennisagenda: kennisagenda/index.md
not_in_nav: |
  /toolkits/**
  /leidraden/**
  /kennis/*/pagina-*.md
validation:
  nav:
    omitted_files: ignore
"""
