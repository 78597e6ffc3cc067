"""Write ontology/resolutions.ttl: the UN Security Council's resolutions, 1946-2025.

Sources: /work/shared/data/unsc_resolutions_1946-2022.csv (resolutions 1-2640, one row each,
derived from the UN Dag Hammarskjöld Library tables of Council actions joined with UN Digital
Library metadata; origin and terms in /work/shared/data/SOURCES.md), then
data/unsc_resolutions_2022-2025.csv (the resolutions after 2640 whose adoption date was found in
a public source, each row with its source; data/SOURCES.md says how they were found and which
are still missing), with the corrections of data/unsc_resolutions_fixes.csv (a wrong agenda item, a
date the shared table lacks, a resolution it lacks: each with its source).

Each row becomes a kg:Resolution (number, symbol, adoption date, title, agenda item,
vote). A resolution belongs to a sanctions regime of ontology/regimes.ttl (kg:regime) when
it established or ended it, or when its agenda item and title say so and it was adopted
while the regime was in force: every resolution under a "Non-proliferation" item on the
DPRK or Iran, and, for the other regimes, a resolution on the regime's country or group
whose title or UN subjects speak of sanctions, embargoes, frozen assets, travel bans,
sanctioned commodities or the experts who monitor them. A table with a ``regimes`` column (the
2022-2025 one) says the regimes itself, slugs of ontology/regimes.ttl separated by ";", read
from the source that dates the resolution; its rows are not guessed from their titles.

    python scripts/make_resolutions.py [CSV ...] [--fixes CSV] [-o ontology/resolutions.ttl]
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path
from typing import NamedTuple

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD, NamespaceManager
from rdflib.term import Node

from kg.namespaces import KG, KGR, PREFIXES

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CSVS = (Path("/work/shared/data/unsc_resolutions_1946-2022.csv"),
                ROOT / "data" / "unsc_resolutions_2022-2025.csv")
# Corrections of the shared table, and the resolutions it lacks, each with its source.
DEFAULT_FIXES = ROOT / "data" / "unsc_resolutions_fixes.csv"
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "ontology" / "resolutions.ttl"
DEFAULT_REGIMES = Path(__file__).resolve().parent.parent / "ontology" / "regimes.ttl"


class Regime(NamedTuple):
    slug: str
    label: str
    established: tuple[int, ...]  # resolutions that set the regime up: always members
    pattern: re.Pattern[str]  # matched on the title, then on the agenda item
    start: str = "0000-00-00"  # ISO dates: a resolution outside them acts under another regime
    end: str = "9999-99-99"
    terminated: int | None = None  # the resolution that ended it: a member too


def _re(text: str) -> re.Pattern[str]:
    return re.compile(text, re.IGNORECASE)


# How a resolution's title or agenda item names each regime of ontology/regimes.ttl, most
# specific first: the first that matches in the regime's time wins, except that the Al-Qaida and
# Taliban regimes (one list until 2011) may both apply. The facts of each regime (label,
# establishing and terminating resolutions, dates) are read from ontology/regimes.ttl, not
# restated here.
PATTERNS = {
    "isil-al-qaida": r"Al-?Qa['i]?[d']a|\bISIL\b|Da'?esh|Usama bin Laden|Osama bin Laden",
    "taliban": r"Taliban|Afghanistan",
    "south-sudan": r"South[ -]Sudan",
    "sudan": r"(?<!South )(?<!South-)\bSudan\b|Darfur",
    "sudan-1996": r"(?<!South )(?<!South-)\bSudan\b",
    "eritrea-ethiopia": r"Eritrea[- ]and[- ]Ethiopia|Ethiopia[- ]and[- ]Eritrea|Eritrea-Ethiopia",
    "somalia-eritrea": r"Somalia|Al-Shabaab|^(?!.*Ethiopia).*Eritrea",
    "libya-1992": r"Liby",
    "libya": r"Liby",
    "iraq-kuwait": r"Iraq|Kuwait",
    "iraq": r"Iraq",
    "yemen": r"Yemen|Houthi",
    "lebanon": r"Lebanon|Hariri",
    "haiti-1993": r"Haiti",
    "haiti": r"Haiti",
    "mali": r"\bMali\b",
    "central-african-republic": r"Central African Republic",
    "democratic-republic-of-the-congo": r"Democratic Republic of the Congo|\bDRC\b",
    "guinea-bissau": r"Guinea-Bissau",
    "cote-d-ivoire": r"C[ôo]te d['’]Ivoire",
    "liberia-1992": r"Liberia",
    "liberia-2001": r"Liberia",
    "liberia": r"Liberia",
    "sierra-leone": r"Sierra Leone",
    "angola-unita": r"Angola|UNITA",
    "rwanda": r"Rwanda",
    "kosovo": r"Yugoslavia|Kosovo",
    "former-yugoslavia": r"Yugoslavia|Bosnia|Serbia|Croatia",
    "southern-rhodesia": r"Southern Rhodesia",
    "south-africa": r"South Africa\b",
    "dprk": r"Korea|DPRK",
    "iran": r"\bIran\b",
}
TERRORISM = {"isil-al-qaida", "taliban"}
NON_PROLIFERATION_REGIMES = ("dprk", "iran")
NON_PROLIFERATION = _re(r"non-?proliferation")
SANCTIONS = _re(r"sanction|embargo|frozen assets|travel restriction|measures against|measures imposed|"
                r"export restraints|charcoal|diamonds|timber|petroleum exports|panel of experts|"
                r"group of experts|monitoring group|measures regarding|measures on arms")
# Resolutions that act under a regime their metadata does not name: 1701 (2006) set the arms
# embargo on non-State actors in Lebanon, kept with the Lebanon regime (see ontology/regimes.ttl);
# 1483 (2003) ended the 661 regime and set the arms embargo and the ban on trade in Iraqi cultural
# property that the 1518 regime carries on.
MEMBERS = {1701: ("lebanon",), 1483: ("iraq",)}


def load_regimes(path: Path = DEFAULT_REGIMES) -> list[Regime]:
    """The regimes of ontology/regimes.ttl with their patterns, in the order of :data:`PATTERNS`."""
    graph = Graph().parse(path, format="turtle")
    found: dict[str, Regime] = {}
    for subject in set(graph.subjects(RDF.type, KG.Regime)):
        slug = str(subject).rsplit("/", 1)[1]
        if slug not in PATTERNS:
            raise ValueError(f"{path}: regime {slug} has no pattern in PATTERNS")
        numbers = sorted(int(str(r).rsplit("/", 1)[1]) for r in graph.objects(subject, KG.establishedBy))
        terminated = graph.value(subject, KG.terminatedBy)
        start, end = graph.value(subject, KG.startDate), graph.value(subject, KG.endDate)
        found[slug] = Regime(slug, str(graph.value(subject, RDFS.label)), tuple(numbers), _re(PATTERNS[slug]),
                             str(start) if start else "0000-00-00", str(end) if end else "9999-99-99",
                             int(str(terminated).rsplit("/", 1)[1]) if terminated else None)
    missing = set(PATTERNS) - set(found)
    if missing:
        raise ValueError(f"{path}: no regime {', '.join(sorted(missing))}")
    return [found[slug] for slug in PATTERNS]


def regimes_of(row: dict[str, str], regimes: list[Regime] | None = None) -> list[Regime]:
    """The sanctions regimes a resolution belongs to: those it set up or ended, else the one its
    agenda item and title name, in force on its date."""
    regimes = regimes if regimes is not None else load_regimes()
    number = int(row["number"])
    founding = [r for r in regimes if number in r.established or number == r.terminated
                or r.slug in MEMBERS.get(number, ())]
    if row.get("regimes") is not None:  # a table that says them
        return list(dict.fromkeys(founding + _stated(row, regimes)))
    return list(dict.fromkeys(founding + _decided(row, regimes)))


def _stated(row: dict[str, str], regimes: list[Regime]) -> list[Regime]:
    """The regimes a row names in its ``regimes`` column; an unknown slug is an error."""
    by_slug = {r.slug: r for r in regimes}
    slugs = [s.strip() for s in row["regimes"].split(";") if s.strip()]
    unknown = [s for s in slugs if s not in by_slug]
    if unknown:
        raise ValueError(f"resolution {row['number']}: no regime {', '.join(unknown)} in regimes.ttl")
    return [by_slug[s] for s in slugs]


def _decided(row: dict[str, str], regimes: list[Regime]) -> list[Regime]:
    agenda, title, day = row["agenda_item"], row["title"], row["date"]
    if not day:
        return []
    in_force = [r for r in regimes if r.start <= day <= r.end]
    if NON_PROLIFERATION.search(agenda):
        named = agenda if re.search(r"Korea|DPRK|Iran", agenda) else f"{agenda} {title}"
        return [r for r in in_force if r.slug in NON_PROLIFERATION_REGIMES and r.pattern.search(named)][:1]
    if not SANCTIONS.search(f"{title} {row['subjects']}"):
        return []
    for text in (title, agenda):
        found = [r for r in in_force if r.slug not in NON_PROLIFERATION_REGIMES and r.pattern.search(text)]
        if found:
            terror = [r for r in found if r.slug in TERRORISM]
            return terror or found[:1]
    return []


Block = tuple[URIRef, list[tuple[URIRef, Node]]]


def blocks(rows: list[dict[str, str]], regimes: list[Regime] | None = None) -> list[Block]:
    """Every resolution in number order, each as (subject, [(predicate, object)]); the regimes
    themselves are in ontology/regimes.ttl."""
    regimes = regimes if regimes is not None else load_regimes()
    out: list[Block] = []
    for row in sorted(rows, key=lambda r: int(r["number"])):
        number = int(row["number"])
        facts: list[tuple[URIRef, Node]] = [
            (RDF.type, KG.Resolution),
            (RDFS.label, Literal(f"UNSC Resolution {number}", lang="en")),
            (KG.resolutionNumber, Literal(number)),
            (KG.symbol, Literal(row["symbol"])),
        ]
        if row["date"]:
            facts.append((KG.adoptionDate, Literal(row["date"], datatype=XSD.date)))
        if row["title"] or row["agenda_item"]:  # an empty value is no fact: nothing is written
            facts.append((DCTERMS.title, Literal(row["title"] or row["agenda_item"], lang="en")))
        if row["agenda_item"]:
            facts.append((KG.agendaItem, Literal(row["agenda_item"])))
        if row["vote"]:
            facts.append((KG.vote, Literal(row["vote"])))
        facts += [(KG.regime, KGR[f"regime/{r.slug}"]) for r in regimes_of(row, regimes)]
        out.append((KGR[f"resolution/{number}"], facts))
    return out


def build(rows: list[dict[str, str]]) -> Graph:
    """The resolutions and regimes as an rdflib graph."""
    graph = Graph()
    for subject, facts in blocks(rows):
        for predicate, obj in facts:
            graph.add((subject, predicate, obj))
    return graph


def turtle(rows: list[dict[str, str]]) -> str:
    """Turtle in a stable order (regimes, then resolutions by number), one block per subject."""
    names = Graph().namespace_manager
    for prefix in ("kg", "rdf", "rdfs", "skos", "dcterms", "xsd"):
        names.bind(prefix, PREFIXES[prefix], replace=True)
    names.bind("regime", KGR["regime/"])
    names.bind("resolution", KGR["resolution/"])
    lines = [HEADER] + sorted(f"@prefix {p}: <{ns}> ." for p, ns in names.namespaces() if p in USED) + [""]
    for subject, facts in blocks(rows):
        body = " ;\n    ".join(f"{_n3(p, names)} {_n3(o, names)}" for p, o in facts)
        lines.append(f"{subject.n3(names)} {body} .\n")
    return "\n".join(lines)


def _n3(term: Node, names: NamespaceManager) -> str:
    if term == RDF.type:
        return "a"
    if isinstance(term, Literal) and term.datatype == XSD.integer:
        return str(term)
    return term.n3(names)


USED = {"kg", "rdf", "rdfs", "skos", "dcterms", "xsd", "regime", "resolution"}
HEADER = """\
# UN Security Council resolutions 1-2640 (1946-2022) and those after 2640 (2022-2025) whose
# adoption date has a public source, with the sanctions regimes (of ontology/regimes.ttl) they
# belong to. GENERATED by scripts/make_resolutions.py from
# /work/shared/data/unsc_resolutions_1946-2022.csv, data/unsc_resolutions_2022-2025.csv,
# data/unsc_resolutions_fixes.csv and ontology/regimes.ttl: edit those or the script, not this file.
"""


def read_rows(paths: list[Path]) -> list[dict[str, str]]:
    """The rows of every table, in order; a resolution in two tables, or a row of a sourced table
    (one with a ``source`` column) without its date or source, is an error."""
    rows: dict[str, dict[str, str]] = {}
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if row["number"] in rows:
                    raise ValueError(f"{path}: resolution {row['number']} is already in another table")
                if "source" in row and not (row["date"] and row["source"]):
                    raise ValueError(f"{path}: resolution {row['number']} needs its adoption date and source")
                rows[row["number"]] = row
    return list(rows.values())


def apply_fixes(rows: list[dict[str, str]], path: Path = DEFAULT_FIXES) -> list[dict[str, str]]:
    """The rows with the corrections of ``path`` (data/unsc_resolutions_fixes.csv) applied: each
    non-empty cell of a fix replaces the row's value (``regimes``, when given, states the regimes as
    the 2022-2025 table does); a fix for a number no table holds adds it, with its date. Every fix
    needs its ``source``."""
    by_number = {row["number"]: row for row in rows}
    columns = list(rows[0]) if rows else []
    with path.open(encoding="utf-8") as handle:
        for fix in csv.DictReader(handle):
            if not fix["source"]:
                raise ValueError(f"{path}: the fix of resolution {fix['number']} needs its source")
            row = by_number.get(fix["number"])
            if row is None:
                if not fix["date"]:
                    raise ValueError(f"{path}: resolution {fix['number']} is new and needs its adoption date")
                row = by_number[fix["number"]] = dict.fromkeys(columns, "")
            for column, value in fix.items():
                if value and column != "source" and (column in columns or column == "regimes"):
                    row[column] = value
    return list(by_number.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("csv", nargs="*", type=Path, default=list(DEFAULT_CSVS))
    parser.add_argument("--fixes", type=Path, default=DEFAULT_FIXES)
    parser.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    rows = apply_fixes(read_rows(args.csv), args.fixes)
    args.out.write_text(turtle(rows), encoding="utf-8")
    graph = Graph().parse(args.out, format="turtle")  # what was written must read back
    print(f"{len(rows)} resolutions, {len(set(graph.subjects(KG.regime)))} with a regime -> {args.out}")


if __name__ == "__main__":
    main()
