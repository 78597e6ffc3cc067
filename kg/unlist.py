"""The UN Security Council Consolidated Sanctions List as a named graph of its own.

:func:`read_list` streams the list's published XML (schema: ``un_sc_sanctions.xsd``,
``CONSOLIDATED_LIST > INDIVIDUALS/ENTITIES``) with ``xml.etree.ElementTree.iterparse``
into :class:`Entry` records; :func:`list_graph` turns them into RDF; :func:`import_list`
stores them in ``kgr:graph/un-list``, keeping the entries of earlier imports that the new
list no longer holds, marked with the date they left it. Nothing here prints.

An entry is ``kgr:listed/<reference number>`` (``kgr:listed/kpi-033``), a
``kg:ListedIndividual`` or ``kg:ListedEntity`` with ``skos:prefLabel`` (the name as
listed), ``skos:altLabel`` (good aliases), ``kg:weakAlias`` (low-quality ones),
``kg:referenceNumber``, ``kg:listType``, ``kg:listedUnder`` (the regime of the reference
graph), ``kg:listedOn``, ``kg:delistedOn``, ``kg:nationality``, ``kg:designation``,
``kg:address``, ``kg:citesResolution``. Every name is also a ``kg:ListedName`` node
(``kgr:listed-name/<slug>``, ``kg:nameOf`` the entries that bear it) and every vessel an
entity's record names a ``kg:Vessel`` (``kgr:vessel/<slug>``): the subjects of the
candidate links the ``listings`` extractor reads from articles.
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from kg import rdf
from kg.errors import UnListError
from kg.namespaces import KG, KGR, node
from kg.store import Store, ntriples

UN_LIST_GRAPH = KGR["graph/un-list"]
RECORDS = ("INDIVIDUAL", "ENTITY")
NAME_PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
WEAK_QUALITY = "low"
# UN_LIST_TYPE -> the regime of ontology/resolutions.ttl it stands for.
REGIMES = {
    "dprk": "dprk", "iran": "iran", "al-qaida": "isil-al-qaida", "isil": "isil-al-qaida",
    "taliban": "taliban", "iraq": "iraq", "drc": "democratic-republic-of-the-congo",
    "libya": "libya", "somalia": "somalia-eritrea", "car": "central-african-republic",
    "gb": "guinea-bissau", "southsudan": "south-sudan", "yemen": "yemen", "sudan": "sudan",
    "mali": "mali", "haiti": "haiti", "lebanon": "lebanon",
}
_RESOLUTION = re.compile(r"\bresolutions?\s+(\d{3,4})\b", re.IGNORECASE)
_VESSEL_CONTEXT = re.compile(r"\b(vessels?|tankers?|ships?|IMO)\b", re.IGNORECASE)
_CAPS_NAME = re.compile(r"\b[A-Z][A-Z]+(?:\s+(?:[A-Z]+|\d{1,3}))+\b")
_NOT_VESSEL = {"DPRK", "UN", "UNSC", "IMO", "ETA", "LLC", "LTD", "CO", "INC", "USD", "US", "KPA", "WMD",
               "SHIPPING", "COMPANY", "CORPORATION", "TRADING", "GROUP", "BANK", "LIMITED", "INTERNATIONAL"}
_QUOTES = "\"'“”‘’«»"
# A list that would mark more than this share of the entries still listed as delisted, and at least
# MASS_DELISTING_MIN of them, is refused without allow_mass_delisting: an empty or truncated file
# would otherwise delist everyone.
MASS_DELISTING = 0.2
MASS_DELISTING_MIN = 10


@dataclass
class Entry:
    """One record of the list, as read from the XML."""

    kind: str  # individual | entity
    reference: str
    name: str
    list_type: str
    listed_on: str | None = None
    delisted_on: str | None = None
    data_id: str | None = None
    aliases: list[str] = field(default_factory=list)
    weak_aliases: list[str] = field(default_factory=list)
    original_script: str | None = None
    nationalities: list[str] = field(default_factory=list)
    designations: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)
    comments: str = ""
    resolutions: list[int] = field(default_factory=list)
    vessels: list[str] = field(default_factory=list)

    @property
    def iri(self) -> URIRef:
        return entry_iri(self.reference)


@dataclass
class UnList:
    """A parsed list: when it was generated, and its entries."""

    generated: str
    entries: list[Entry]
    warnings: list[str] = field(default_factory=list)

    @property
    def date(self) -> str:
        return self.generated[:10]


@dataclass
class ImportReport:
    """What an import did: entries stored, newly delisted, kept from earlier lists."""

    generated: str
    stored: int = 0
    individuals: int = 0
    entities: int = 0
    delisted: int = 0
    newly_delisted: list[str] = field(default_factory=list)
    kept: int = 0
    warnings: list[str] = field(default_factory=list)
    changed: bool = True  # whether the stored list differs from the one stored before


def entry_iri(reference: str) -> URIRef:
    """``kgr:listed/kpi-033`` for reference number ``KPi.033``."""
    return node("listed", clean_reference(reference))


def name_iri(name: str) -> URIRef:
    """The ``kg:ListedName`` node of a name or alias."""
    return node("listed-name", name)


def vessel_iri(name: str) -> URIRef:
    return node("vessel", name)


def clean_reference(text: str) -> str:
    """A reference number without stray spaces: ``"KPi.034 "`` -> ``"KPi.034"``."""
    return re.sub(r"\s+", "", text or "")


def clean(text: str | None) -> str:
    """Whitespace folded to single spaces, ends stripped."""
    return " ".join((text or "").split())


# --------------------------------------------------------------------------- reading


def count_records(path: Path) -> int:
    """How many INDIVIDUAL and ENTITY records the file holds (for a progress bar)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnListError(f"{path}: cannot read ({error.strerror})") from None
    return sum(data.count(f"<{tag}>".encode()) for tag in RECORDS)


def read_list(path: Path, on_record: Callable[[Entry], None] | None = None) -> UnList:
    """Every record of a Consolidated List XML file; a malformed file raises :class:`UnListError`."""
    entries: list[Entry] = []
    warnings: list[str] = []
    generated = None
    try:
        for event, element in ET.iterparse(str(path), events=("start", "end")):
            if event == "start":
                generated = generated or _generated(path, element)
                continue
            if element.tag in RECORDS:
                _take(element, entries, warnings, on_record)
                element.clear()
    except ET.ParseError as error:
        raise UnListError(f"{path}: malformed XML ({error})") from None
    except OSError as error:
        raise UnListError(f"{path}: cannot read ({error.strerror or error})") from None
    if generated is None:
        raise UnListError(f"{path}: empty file, not a Consolidated List")
    return UnList(generated, entries, warnings)


def _generated(path: Path, root: ET.Element) -> str:
    if root.tag != "CONSOLIDATED_LIST":
        raise UnListError(f"{path}: not a UN Consolidated List (root element <{root.tag}>)")
    stamp = root.get("dateGenerated", "")
    if not re.match(r"\d{4}-\d{2}-\d{2}", stamp):
        raise UnListError(f"{path}: the list has no dateGenerated date")
    return stamp


def _take(element: ET.Element, entries: list[Entry], warnings: list[str],
          on_record: Callable[[Entry], None] | None) -> None:
    entry = parse_record(element)
    if entry is None:
        warnings.append(f"record DATAID {clean(element.findtext('DATAID'))} has no reference number "
                        "or name: skipped")
        return
    entries.append(entry)
    if on_record:
        on_record(entry)


def parse_record(element: ET.Element) -> Entry | None:
    """One INDIVIDUAL or ENTITY element as an :class:`Entry` (None without reference or name)."""
    reference = clean_reference(element.findtext("REFERENCE_NUMBER") or "")
    name = clean(" ".join(clean(element.findtext(tag)) for tag in NAME_PARTS))
    if not reference or not name:
        return None
    entry = Entry(
        kind="individual" if element.tag == "INDIVIDUAL" else "entity",
        reference=reference, name=name,
        list_type=clean(element.findtext("UN_LIST_TYPE")),
        listed_on=_date(element.findtext("LISTED_ON")),
        delisted_on=_date(element.findtext("DELISTED_ON")),
        data_id=clean(element.findtext("DATAID")) or None,
        original_script=clean(element.findtext("NAME_ORIGINAL_SCRIPT")) or None,
        nationalities=_values(element, "NATIONALITY"),
        designations=_values(element, "DESIGNATION"),
        comments=clean(element.findtext("COMMENTS1")),
    )
    _aliases(entry, element)
    entry.addresses = [a for a in (_address(e) for e in element.iter() if e.tag.endswith("_ADDRESS")) if a]
    text = " ".join([entry.comments, *entry.designations])
    entry.resolutions = sorted({int(n) for n in _RESOLUTION.findall(text)})
    entry.vessels = vessels_in(entry) if entry.kind == "entity" else []
    return entry


def _date(text: str | None) -> str | None:
    match = re.match(r"\s*(\d{4}-\d{2}-\d{2})", text or "")
    return match.group(1) if match else None


def _values(element: ET.Element, tag: str) -> list[str]:
    found = element.find(tag)
    if found is None:
        return []
    return list(dict.fromkeys(v for v in (clean(e.text) for e in found.iter("VALUE")) if v))


def _aliases(entry: Entry, element: ET.Element) -> None:
    """Good aliases (and those of no stated quality) apart from low-quality ones."""
    for alias in element.iter():
        if not alias.tag.endswith("_ALIAS"):
            continue
        name = clean(alias.findtext("ALIAS_NAME")).strip(_QUOTES).strip()
        if not name or name.casefold() == entry.name.casefold():
            continue
        weak = clean(alias.findtext("QUALITY")).lower() == WEAK_QUALITY
        target = entry.weak_aliases if weak else entry.aliases
        if name not in target:
            target.append(name)


def _address(element: ET.Element) -> str:
    parts = [clean(element.findtext(tag)) for tag in ("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE",
                                                      "COUNTRY", "NOTE")]
    return ", ".join(p for p in parts if p)


def vessels_in(entry: Entry) -> list[str]:
    """Ship names (upper-case runs) in the comments of an entity whose record speaks of ships."""
    if not _VESSEL_CONTEXT.search(entry.comments):
        return []
    own = {entry.name.casefold(), *(a.casefold() for a in entry.aliases)}
    found = []
    for match in _CAPS_NAME.finditer(entry.comments):
        words = match.group().split()
        if any(w in _NOT_VESSEL for w in words) or match.group().casefold() in own:
            continue
        if sum(w.isalpha() and len(w) >= 2 for w in words) and match.group() not in found:
            found.append(match.group())
    return found


# --------------------------------------------------------------------------- RDF


def list_graph(un_list: UnList) -> Graph:
    """The entries of one list as RDF, with the list graph's own node."""
    graph = rdf.new_graph()
    graph.add((UN_LIST_GRAPH, KG.listGenerated, Literal(un_list.generated, datatype=XSD.dateTime)))
    for entry in un_list.entries:
        entry_triples(graph, entry, un_list.date)
    return graph


def entry_triples(graph: Graph, entry: Entry, seen: str) -> None:
    """One entry, its names and vessels."""
    iri = entry.iri
    graph.add((iri, RDF.type, KG.ListedIndividual if entry.kind == "individual" else KG.ListedEntity))
    graph.add((iri, SKOS.prefLabel, Literal(entry.name)))
    graph.add((iri, RDFS.label, Literal(f"{entry.name} ({entry.reference})")))
    graph.add((iri, KG.referenceNumber, Literal(entry.reference)))
    graph.add((iri, KG.listType, Literal(entry.list_type)))
    graph.add((iri, KG.lastListed, Literal(seen, datatype=XSD.date)))
    regime = REGIMES.get(entry.list_type.lower())
    if regime:
        graph.add((iri, KG.listedUnder, KGR[f"regime/{regime}"]))
    for prop, value in ((KG.listedOn, entry.listed_on), (KG.delistedOn, entry.delisted_on)):
        if value:
            graph.add((iri, prop, Literal(value, datatype=XSD.date)))
    _literal_triples(graph, iri, entry)
    for number in entry.resolutions:
        graph.add((iri, KG.citesResolution, KGR[f"resolution/{number}"]))
    for name in names_of(entry):
        _name_node(graph, name_iri(name), name, KG.ListedName, iri)
    for vessel in entry.vessels:
        _name_node(graph, vessel_iri(vessel), vessel, KG.Vessel, iri)


def _literal_triples(graph: Graph, iri: URIRef, entry: Entry) -> None:
    for prop, values in ((SKOS.altLabel, entry.aliases), (KG.weakAlias, entry.weak_aliases),
                         (KG.nationality, entry.nationalities), (KG.designation, entry.designations),
                         (KG.address, entry.addresses)):
        for value in values:
            graph.add((iri, prop, Literal(value)))
    if entry.original_script:
        graph.add((iri, KG.originalScriptName, Literal(entry.original_script)))
    if entry.comments:
        graph.add((iri, RDFS.comment, Literal(entry.comments)))


def _name_node(graph: Graph, iri: URIRef, label: str, cls: URIRef, entry: URIRef) -> None:
    graph.add((iri, RDF.type, cls))
    graph.add((iri, RDFS.label, Literal(label)))
    graph.add((iri, KG.nameOf, entry))


def names_of(entry: Entry) -> list[str]:
    """Every name an entry goes by: its name, aliases, weak aliases and original-script name."""
    names = [entry.name, *entry.aliases, *entry.weak_aliases]
    if entry.original_script:
        names.append(entry.original_script)
    return list(dict.fromkeys(names))


# --------------------------------------------------------------------------- store

_STORED = """
PREFIX kg: <https://w3id.org/kg-sanctions/ontology#>
SELECT ?entry ?ref ?delisted ?generated WHERE {
  GRAPH ?g {
    { ?entry kg:referenceNumber ?ref OPTIONAL { ?entry kg:delistedOn ?delisted } }
    UNION { ?g kg:listGenerated ?generated }
  }
}"""


def stored_list(store: Store) -> tuple[str | None, dict[str, bool]]:
    """The stored list's dateGenerated and its entries (reference -> already delisted)."""
    rows = store.query(_STORED, {"g": UN_LIST_GRAPH}).rows
    generated = next((str(r[3]) for r in rows if r[3] is not None), None)
    entries: dict[str, bool] = {}
    for _, ref, delisted, _ in rows:
        if ref is not None:
            entries[str(ref)] = entries.get(str(ref), False) or delisted is not None
    return generated, entries


def import_list(store: Store, path: Path, on_record: Callable[[Entry], None] | None = None, *,
                force: bool = False, allow_mass_delisting: bool = False) -> ImportReport:
    """Read ``path`` and store it as ``kgr:graph/un-list``, keeping the history of earlier imports.

    An entry of the stored list that the new one lacks is kept, marked ``kg:delistedOn`` the
    new list's date (``kg:dateInferred true``) unless it already has a delisting date. A list
    older than the stored one is refused unless ``force`` (the entries it lacks are kept the same
    way); one that would newly delist more than MASS_DELISTING of the entries still listed (and
    at least MASS_DELISTING_MIN) is refused unless ``allow_mass_delisting``. Nothing is stored
    when the file cannot be read or is refused. The graph's ``kg:contentHash`` says which list
    the articles were read with (``kg.pipeline``).
    """
    un_list = read_list(path, on_record)
    previous, stored = stored_list(store)
    if previous and previous[:10] > un_list.date and not force:
        raise UnListError(f"{path}: list of {un_list.date} is older than the stored one ({previous[:10]}); "
                          "--force imports it (the entries it lacks are kept, marked delisted)")
    graph = list_graph(un_list)
    report = _report(un_list)
    new = {e.reference for e in un_list.entries}
    missing = [ref for ref in stored if ref not in new]
    newly = sum(not stored[ref] for ref in missing)
    listed = sum(not delisted for delisted in stored.values())
    if newly >= MASS_DELISTING_MIN and newly > MASS_DELISTING * listed and not allow_mass_delisting:
        raise UnListError(f"{path}: this list would mark {newly} of the {listed} entries listed delisted "
                          f"(more than {MASS_DELISTING:.0%}): is it whole? --allow-mass-delisting imports it")
    if missing:
        _keep(store, graph, missing, stored, un_list.date, report)
    digest = "sha256:" + hashlib.sha256(b"".join(sorted(ntriples(graph).splitlines(True)))).hexdigest()
    report.changed = store.graph_value(UN_LIST_GRAPH, KG.contentHash) != digest
    graph.add((UN_LIST_GRAPH, KG.contentHash, Literal(digest)))
    store.replace_graph(UN_LIST_GRAPH, graph)
    return report


def _report(un_list: UnList) -> ImportReport:
    entries = un_list.entries
    return ImportReport(
        generated=un_list.generated, stored=len(entries),
        individuals=sum(e.kind == "individual" for e in entries),
        entities=sum(e.kind == "entity" for e in entries),
        delisted=sum(e.delisted_on is not None for e in entries),
        warnings=list(un_list.warnings),
    )


def _keep(store: Store, graph: Graph, missing: list[str], stored: dict[str, bool], date: str,
          report: ImportReport) -> None:
    """Copy the entries the new list lacks from the stored graph, marked delisted if not yet."""
    old = store.construct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": UN_LIST_GRAPH})
    for ref in missing:
        iri = entry_iri(ref)
        for subject in [iri, *old.subjects(KG.nameOf, iri)]:
            for p, o in old.predicate_objects(subject):
                graph.add((subject, p, o))
        if not stored[ref]:
            graph.add((iri, KG.delistedOn, Literal(date, datatype=XSD.date)))
            graph.add((iri, KG.dateInferred, Literal(True)))
            report.newly_delisted.append(ref)
    report.kept = len(missing)


def iter_entries(un_list: UnList, list_type: str | None = None) -> Iterator[Entry]:
    """The entries of one regime (UN_LIST_TYPE, case-blind), or all."""
    for entry in un_list.entries:
        if list_type is None or entry.list_type.lower() == list_type.lower():
            yield entry
