"""Write ontology/resolutions.ttl: every UN Security Council resolution, 1946-2022.

Source: /work/shared/data/unsc_resolutions_1946-2022.csv (one row per resolution,
derived from the UN Dag Hammarskjöld Library tables of Council actions joined with
UN Digital Library metadata; origin and terms in /work/shared/data/SOURCES.md).

Each row becomes a kg:Resolution (number, symbol, adoption date, title, agenda item,
vote). A resolution belongs to a sanctions regime (kg:regime) when its agenda item and
title say so: every resolution under a "Non-proliferation" item on the DPRK or Iran,
and, for the other regimes, a resolution on the regime's country or group whose
title or UN subjects speak of sanctions, embargoes, frozen assets or travel bans.

    python scripts/make_resolutions.py [CSV] [-o ontology/resolutions.ttl]
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path
from typing import NamedTuple

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD, NamespaceManager
from rdflib.term import Node

from kg.namespaces import KG, KGR, PREFIXES

DEFAULT_CSV = Path("/work/shared/data/unsc_resolutions_1946-2022.csv")
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "ontology" / "resolutions.ttl"


class Regime(NamedTuple):
    slug: str
    label: str
    established: tuple[int, ...]  # resolutions that set the regime up: always members
    pattern: re.Pattern[str]  # matched on the title, then on the agenda item
    years: tuple[int, int] = (1990, 9999)


def _re(text: str) -> re.Pattern[str]:
    return re.compile(text, re.IGNORECASE)


# Country and group regimes, most specific first: the first that matches wins, except
# that the Al-Qaida and Taliban regimes (one list until 2011) may both apply. The
# resolutions that set a regime up belong to it whatever their metadata says.
REGIMES = [
    Regime("isil-al-qaida", "ISIL (Da'esh) and Al-Qaida sanctions regime", (1267, 1989, 2253),
           _re(r"Al-?Qa['i]?[d']a|\bISIL\b|Da'?esh|Usama bin Laden|Osama bin Laden")),
    Regime("taliban", "Taliban sanctions regime", (1267, 1988), _re(r"Taliban|Afghanistan")),
    Regime("south-sudan", "South Sudan sanctions regime", (2206,), _re(r"South[ -]Sudan")),
    Regime("sudan", "Sudan (Darfur) sanctions regime", (1054, 1556, 1591),
           _re(r"(?<!South )(?<!South-)\bSudan\b|Darfur")),
    Regime("eritrea-ethiopia", "Eritrea and Ethiopia arms embargo", (1298,),
           _re(r"Eritrea[- ]and[- ]Ethiopia|Ethiopia[- ]and[- ]Eritrea|Eritrea-Ethiopia")),
    Regime("somalia-eritrea", "Somalia (and Eritrea) sanctions regime", (733, 751, 1907),
           _re(r"Somalia|Eritrea|Al-Shabaab")),
    Regime("libya", "Libya sanctions regime", (748, 1970), _re(r"Liby")),
    Regime("iraq", "Iraq sanctions regime", (661, 1518), _re(r"Iraq|Kuwait")),
    Regime("yemen", "Yemen sanctions regime", (2140,), _re(r"Yemen|Houthi"), (2014, 9999)),
    Regime("lebanon", "Lebanon sanctions regime", (1636, 1701), _re(r"Lebanon|Hariri")),
    Regime("haiti", "Haiti sanctions regime", (841, 2653), _re(r"Haiti")),
    Regime("mali", "Mali sanctions regime", (2374,), _re(r"\bMali\b")),
    Regime("central-african-republic", "Central African Republic sanctions regime", (2127,),
           _re(r"Central African Republic")),
    Regime("democratic-republic-of-the-congo", "Democratic Republic of the Congo sanctions regime",
           (1493, 1533), _re(r"Democratic Republic of the Congo|\bDRC\b")),
    Regime("guinea-bissau", "Guinea-Bissau sanctions regime", (2048,), _re(r"Guinea-Bissau")),
    Regime("cote-d-ivoire", "Côte d'Ivoire sanctions regime", (1572,), _re(r"C[ôo]te d['’]Ivoire")),
    Regime("liberia", "Liberia sanctions regime", (788, 1343, 1521), _re(r"Liberia")),
    Regime("sierra-leone", "Sierra Leone sanctions regime", (1132,), _re(r"Sierra Leone")),
    Regime("angola-unita", "Angola (UNITA) sanctions regime", (864,), _re(r"Angola|UNITA")),
    Regime("rwanda", "Rwanda arms embargo", (918,), _re(r"Rwanda")),
    Regime("former-yugoslavia", "Former Yugoslavia sanctions regime", (713, 757, 1160),
           _re(r"Yugoslavia|Bosnia|Serbia|Kosovo")),
    Regime("southern-rhodesia", "Southern Rhodesia sanctions regime", (232, 253),
           _re(r"Southern Rhodesia"), (1965, 1979)),
    Regime("south-africa", "South Africa arms embargo", (418,), _re(r"South Africa\b"), (1963, 1994)),
]
TERRORISM = {"isil-al-qaida", "taliban"}
DPRK = Regime("dprk", "DPRK sanctions regime", (1718,), _re(r"Korea|DPRK"))
IRAN = Regime("iran", "Iran sanctions regime", (1737,), _re(r"\bIran\b"))
NON_PROLIFERATION = _re(r"non-?proliferation")
SANCTIONS = _re(r"sanction|embargo|frozen assets|travel restriction|measures against|measures imposed")


def regimes_of(row: dict[str, str]) -> list[Regime]:
    """The sanctions regimes a resolution belongs to, decided from its agenda item and title."""
    founding = [r for r in (DPRK, IRAN, *REGIMES) if int(row["number"]) in r.established]
    return list(dict.fromkeys(founding + _decided(row)))


def _decided(row: dict[str, str]) -> list[Regime]:
    agenda, title = row["agenda_item"], row["title"]
    if NON_PROLIFERATION.search(agenda):
        named = agenda if re.search(r"Korea|DPRK|Iran", agenda) else f"{agenda} {title}"
        return [r for r in (DPRK, IRAN) if r.pattern.search(named)][:1]
    if not row["date"] or not SANCTIONS.search(f"{title} {row['subjects']}"):
        return []
    year = int(row["date"][:4])
    for text in (title, agenda):
        found = [r for r in REGIMES if r.pattern.search(text) and r.years[0] <= year <= r.years[1]]
        if found:
            terror = [r for r in found if r.slug in TERRORISM]
            return terror or found[:1]
    return []


Block = tuple[URIRef, list[tuple[URIRef, Node]]]


def blocks(rows: list[dict[str, str]]) -> list[Block]:
    """The regimes, then every resolution in number order, each as (subject, [(predicate, object)])."""
    out: list[Block] = []
    for regime in [DPRK, IRAN, *REGIMES]:
        label = Literal(regime.label, lang="en")
        founded = ", ".join(str(n) for n in regime.established)
        comment = f"UN Security Council sanctions regime set up by resolution(s) {founded}."
        out.append((KGR[f"regime/{regime.slug}"], [(RDF.type, KG.Regime), (RDFS.label, label),
                    (SKOS.prefLabel, label), (RDFS.comment, Literal(comment, lang="en"))]))
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
        facts.append((DCTERMS.title, Literal(row["title"] or row["agenda_item"], lang="en")))
        facts.append((KG.agendaItem, Literal(row["agenda_item"])))
        if row["vote"]:
            facts.append((KG.vote, Literal(row["vote"])))
        facts += [(KG.regime, KGR[f"regime/{r.slug}"]) for r in regimes_of(row)]
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
# UN Security Council resolutions 1-2640 (1946-2022) and the sanctions regimes they
# belong to. GENERATED by scripts/make_resolutions.py from
# /work/shared/data/unsc_resolutions_1946-2022.csv: edit the script, not this file.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("csv", nargs="?", type=Path, default=DEFAULT_CSV)
    parser.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    with args.csv.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    args.out.write_text(turtle(rows), encoding="utf-8")
    graph = Graph().parse(args.out, format="turtle")  # what was written must read back
    print(f"{len(rows)} resolutions, {len(set(graph.subjects(KG.regime)))} with a regime -> {args.out}")


if __name__ == "__main__":
    main()
