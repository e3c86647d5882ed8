"""A deterministic synthetic Dutch education corpus for benchmarks (same N → same bytes).

Pages look like the knowledge site's free pages: front matter, a title, an introduction,
three to five sections (some with subsections), lists, a table and sources; about 640 words
each, from a vocabulary with the word forms Dutch search must handle (plurals, diminutives,
compounds, accents) and a long Zipf-distributed tail. The valid test fixture
(tests/fixtures/valid: a toolkit with two approaches, a guide, the model, the knowledge
agenda) is copied in, so the collections plugin runs and every content type occurs.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "tests" / "fixtures" / "valid"
SEED = 20240901
CATEGORIES = ("lezen", "rekenen", "feedback", "differentiatie", "welbevinden", "ouders", "schoolteam", "kleuters")

NOUNS = [  # (singular, plural)
    ("leerling", "leerlingen"), ("leerkracht", "leerkrachten"), ("klas", "klassen"), ("les", "lessen"),
    ("school", "scholen"), ("strategie", "strategieën"), ("instructie", "instructies"), ("toets", "toetsen"),
    ("opdracht", "opdrachten"), ("groep", "groepen"), ("taak", "taken"), ("doel", "doelen"), ("ouder", "ouders"),
    ("kleuter", "kleuters"), ("oefening", "oefeningen"), ("vaardigheid", "vaardigheden"), ("idee", "ideeën"),
    ("tekst", "teksten"), ("boek", "boeken"), ("kaart", "kaarten"), ("vraag", "vragen"), ("team", "teams"),
    ("resultaat", "resultaten"), ("aanpak", "aanpakken"), ("studie", "studies"), ("effect", "effecten"),
    ("categorie", "categorieën"), ("theorie", "theorieën"), ("directeur", "directeurs"), ("gesprek", "gesprekken"),
]
TOPICS = ["differentiatie", "feedback", "metacognitie", "zelfregulatie", "begrijpend lezen", "leesvaardigheid",
          "rekenvaardigheid", "woordenschat", "motivatie", "samenwerking", "evaluatie", "huiswerk", "ouderbetrokkenheid",
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
        self.tail_weights = [1 / (rank + 1) for rank in range(len(self.tail))]
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
            return compound + ("en" if compound.endswith(("plan", "doel", "werk")) and self.random.random() < .3 else "")
        if r < 0.73:
            return self.random.choice(DIMINUTIVES)
        if r < 0.78:
            return self.random.choice(TOPICS)
        if r < 0.79:
            return str(self.random.choice([2019, 2021, 2023, 2024, 2025, 12, 40, 75])) + self.random.choice(["", "%"])
        return self.random.choices(self.tail, self.tail_weights)[0]

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


def generate(pages: int, out: Path, search: str) -> Path:
    """Write a project with `pages` synthetic pages; search is 'material' or 'leerpunt'. Returns the project."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(FIXTURE, out, ignore=shutil.ignore_patterns("mkdocs.yml"))
    writer = Writer(SEED)
    docs = out / "content"
    nav_categories = []
    per_category: dict[str, list[tuple[str, str]]] = {c: [] for c in CATEGORIES}
    for number in range(pages):
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
    plugins = "  - search:\n      lang: nl\n" if search == "material" else "  - leerpunt-search\n"
    (out / "mkdocs.yml").write_text(MKDOCS_YML.format(plugins=plugins, categories="\n".join(nav_categories)), "utf-8")
    return out


MKDOCS_YML = """site_name: Bench
site_url: https://bench.example/
docs_dir: content
theme:
  name: material
  language: nl
  font: false
  features: [navigation.tabs, navigation.top, navigation.footer, content.tooltips, toc.follow]
plugins:
  - leerpunt-collections
{plugins}markdown_extensions:
  - abbr
  - admonition
  - attr_list
  - md_in_html
  - tables
  - toc:
      permalink: true
nav:
  - Start: index.md
  - Kennis:
{categories}
  - Toolkits: toolkits/index.md
  - Leidraden: leidraden/index.md
  - Kennisagenda: kennisagenda/index.md
not_in_nav: |
  /toolkits/**
  /leidraden/**
  /kennis/*/pagina-*.md
validation:
  nav:
    omitted_files: ignore
"""
