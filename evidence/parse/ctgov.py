"""ClinicalTrials.gov API v2 JSON -> studies, arms, efficacy and adverse_events; one bad study never sinks a page."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator

import pandas as pd

from evidence import vocab
from evidence.citation import registry_url
from evidence.errors import ParseError
from evidence.extract import drugs as study_drugs
from evidence.extract import lexicon
from evidence.parse.ctgov_adverse import adverse_event_rows
from evidence.parse.ctgov_arms import Arm, ketamine_clauses, match_group, parse_arms
from evidence.parse.ctgov_design import ALLOCATIONS, MASKINGS, MODELS, STUDY_TYPES, population_tags, study_design
from evidence.parse.ctgov_results import efficacy_rows
from evidence.parse.result import RECORD_ERRORS, ParseResult, WarningLog, build_table
from evidence.parse.text import squash, to_int, unescape_md
from evidence.records import StudyRow

log = logging.getLogger(__name__)

NCT_RE = re.compile(r"^NCT\d{8}$")
TABLES = ("studies", "arms", "efficacy", "adverse_events")


def iter_studies(doc: object) -> Iterator[dict]:
    """The study records of a search page, a single record, or a list of records (other items are not studies)."""
    if isinstance(doc, dict):
        if isinstance(doc.get("studies"), list):
            yield from (s for s in doc["studies"] if isinstance(s, dict))
        elif "protocolSection" in doc:
            yield doc
    elif isinstance(doc, list):
        yield from (s for s in doc if isinstance(s, dict))


def _items(doc: object) -> list[object]:
    if isinstance(doc, dict):
        if isinstance(doc.get("studies"), list):
            return list(doc["studies"])
        return [doc] if "protocolSection" in doc else []
    return list(doc) if isinstance(doc, list) else []


def _get(d: object, *path: str) -> object:
    """d[path[0]][path[1]]..., None as soon as a level is missing or not an object."""
    for key in path:
        if not isinstance(d, dict):
            return None
        d = d.get(key)
    return d


def _list(value: object) -> list[object]:
    """A JSON array's items; anything else (missing, an object, a string) has none."""
    return value if isinstance(value, list) else []


def _enum(value: object, allowed: tuple[str, ...], what: str, nct: str, warn: Callable[[str], None]) -> str | None:
    if value is None:
        return None
    if isinstance(value, str) and value in allowed:
        return value
    warn(f"{nct}: unknown {what} {value!r}; field left empty")
    return None


def _routes_from_title(arms: list[Arm], titles: list[str]) -> None:
    """A ketamine arm whose own text names no route takes the one route its study title names (as a guess)."""
    todo = [a for a in arms if a.drug != "other" and a.route == "unspecified"]
    if not todo:
        return
    found = lexicon.find_routes(ketamine_clauses(" . ".join(titles)))
    if len(found) != 1:
        return
    for a in todo:
        a.route = a.row["route"] = found[0]
        a.row["verification"] = "uncertain"
        a.row["notes"] = "route taken from the study title"


def _arm_sizes(nct: str, results: dict, arms: list[Arm]) -> None:
    """Fill arms.n from the participant flow's STARTED milestone of the first period, by group title."""
    flow = _get(results, "participantFlowModule")
    groups = {g.get("id"): g for g in _list(_get(flow, "groups")) if isinstance(g, dict)}
    periods = _get(flow, "periods")
    if not groups or not isinstance(periods, list) or not periods or not isinstance(periods[0], dict):
        return
    for ms in periods[0].get("milestones") or []:
        if isinstance(ms, dict) and ms.get("type") == "STARTED":
            for ach in ms.get("achievements") or []:
                g = groups.get(ach.get("groupId")) if isinstance(ach, dict) else None
                n = to_int(ach.get("numSubjects")) if isinstance(ach, dict) else None
                if g is None or n is None:
                    continue
                arm, exact = match_group(squash(unescape_md(g.get("title"))) or "", "", arms)
                if arm is not None and exact:
                    arm.row["n"] = n


def parse_study(study: dict, warn: Callable[[str], None]) -> dict[str, list[dict]]:
    """One study record -> rows for each table; raises only on a record without a usable NCT id."""
    ps = study.get("protocolSection")
    if not isinstance(ps, dict):
        raise ParseError("no protocolSection")
    nct = _get(ps, "identificationModule", "nctId")
    if not isinstance(nct, str) or not NCT_RE.match(nct):
        raise ParseError(f"missing or malformed nctId {nct!r}")
    ident = ps["identificationModule"]  # an object: the nctId was read from it
    status, design = (_get(ps, m) or {} for m in ("statusModule", "designModule"))
    for name, mod in (("statusModule", status), ("designModule", design)):
        if not isinstance(mod, dict):
            warn(f"{nct}: {name} is not an object; ignored")
    status, design = (m if isinstance(m, dict) else {} for m in (status, design))
    study_type = _enum(design.get("studyType"), STUDY_TYPES, "studyType", nct, warn)
    allocation = _enum(_get(design, "designInfo", "allocation"), ALLOCATIONS, "allocation", nct, warn)
    masking = _enum(_get(design, "designInfo", "maskingInfo", "masking"), MASKINGS, "masking", nct, warn)
    model = _enum(_get(design, "designInfo", "interventionModel"), MODELS, "interventionModel", nct, warn)
    phases = (
        [q for p in design["phases"] if (q := _enum(p, vocab.PHASES, "phase", nct, warn))]
        if isinstance(design.get("phases"), list)
        else []
    )
    overall = _enum(status.get("overallStatus"), vocab.STATUSES, "overallStatus", nct, warn)
    start = _get(status, "startDateStruct", "date")
    year = int(start[:4]) if isinstance(start, str) and start[:4].isdigit() else None
    last = _get(status, "lastUpdatePostDateStruct", "date")

    aim = _get(ps, "armsInterventionsModule")
    arms = parse_arms(nct, aim, warn) if isinstance(aim, dict) else []
    conditions = [
        s
        for c in _list(_get(ps, "conditionsModule", "conditions"))
        if isinstance(c, str) and (s := squash(unescape_md(c)))
    ]
    keywords = [c for c in _list(_get(ps, "conditionsModule", "keywords")) if isinstance(c, str)]
    titles = [squash(unescape_md(t)) or "" for t in (ident.get("briefTitle"), ident.get("officialTitle"))]
    iv_text = " ".join(a.text for a in arms)
    if not arms and isinstance(aim, dict):  # observational studies list interventions without arm groups
        iv_text = " ".join(
            f"{unescape_md(i.get('name')) or ''} {unescape_md(i.get('description')) or ''}"
            for i in aim.get("interventions") or []
            if isinstance(i, dict)
        )
    studied = study_drugs.active().words  # the profile's drug (ketamine forms by default)
    drugs: list[str] = [d for d in studied if d in {a.drug for a in arms}] or [
        d for d in studied if d in lexicon.find_drugs(f"{iv_text} {titles[0]}")
    ]
    _routes_from_title(arms, titles)
    ket_arms = [a for a in arms if a.drug != "other"]
    ket_routes = {a.route for a in ket_arms} - {"unspecified"}
    # Without a ketamine arm, any route named for the interventions; with one, only the ketamine arms' routes.
    route_text = "" if ket_arms else iv_text
    routes = (
        [r for r in vocab.ROUTES if r in ket_routes]
        or [r for r in vocab.ROUTES if r in lexicon.find_routes(route_text)]
        or ["unspecified"]
    )
    comparators = [a for a in arms if a.row["role"] == "comparator"]
    if not comparators and any(a.drug != "other" for a in arms):
        # Arm types are often all EXPERIMENTAL/OTHER: in a ketamine trial the non-ketamine arms are the comparators.
        comparators = [a for a in arms if a.drug == "other"]
    if not comparators:
        comparators = [a for a in arms if any(w in a.label.lower() for w in vocab.PLACEBO_WORDS)]
    if comparators:
        comparator = "; ".join(f"{a.label}" + (f" ({a.row['agent']})" if a.row["agent"] else "") for a in comparators)
    elif model == "SINGLE_GROUP" or len(arms) == 1:
        comparator = "none (single group)"
    else:
        comparator = None
    refs = _list(_get(ps, "referencesModule", "references"))
    pmids = sorted(
        {
            str(r["pmid"])
            for r in refs
            if isinstance(r, dict) and str(r.get("pmid", "")).isdigit() and r.get("type") != "BACKGROUND"
        }
    )
    elig_module = _get(ps, "eligibilityModule")
    elig = elig_module if isinstance(elig_module, dict) else {}
    results = study.get("resultsSection")
    if results is not None and not isinstance(results, dict):
        warn(f"{nct}: resultsSection is not an object; results skipped")
        results = None
    # A `fields=` search omits hasResults: then only a present resultsSection says yes; absence says nothing.
    has_results = (
        study.get("hasResults") if isinstance(study.get("hasResults"), bool) else (results is not None or None)
    )
    url = registry_url(nct)
    sponsor = _get(ps, "sponsorCollaboratorsModule", "leadSponsor", "name")
    row = StudyRow(
        study_id=nct,
        title=titles[0] or titles[1] or None,
        year=year,
        design=study_design(study_type, allocation, masking, model),
        allocation=allocation,
        masking=masking,
        phase="/".join(phases) or None,
        status=overall,
        enrollment=to_int(_get(design, "enrollmentInfo", "count")),
        drugs=drugs or ["other"],
        routes=routes,
        population=population_tags(
            [*conditions, *titles, *keywords], elig.get("minimumAge"), elig.get("maximumAge")
        ),
        conditions=conditions,
        comparator=comparator,
        comparator_class=vocab.classify_comparator(comparator or ""),
        sponsor=squash(sponsor) if isinstance(sponsor, str) else None,
        nct_ids=[nct],
        pmids=pmids,
        dois=[],
        url=url,
        has_results=has_results,
        sources=["ctgov"],
        source_urls=[url],
        last_updated=last if isinstance(last, str) else None,
        is_secondary=False,
        notes=f"official title: {titles[1]}" if titles[1] and titles[1] != titles[0] else None,
    )
    efficacy: list[dict] = []
    aes: list[dict] = []
    if results is not None:
        _arm_sizes(nct, results, arms)
        efficacy = efficacy_rows(nct, results, arms, warn)
        aes = adverse_event_rows(nct, results, arms, warn)
    return {"studies": [row.record()], "arms": [a.row for a in arms], "efficacy": efficacy, "adverse_events": aes}


def parse_document(doc: object, origin: str) -> ParseResult:
    """A decoded CT.gov JSON document -> the four registry tables; a study that fails is skipped with its reason."""
    warn = WarningLog(log, origin)
    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    seen: dict[str, int] = {}
    skipped = 0
    items = _items(doc)
    if not items and not (isinstance(doc, dict) and isinstance(doc.get("studies"), list)):
        warn.warn(f"not a ClinicalTrials.gov document (top level is {type(doc).__name__}); nothing parsed")
    for i, study in enumerate(items):
        if not isinstance(study, dict):
            skipped += 1
            warn.warn(f"item {i} is {type(study).__name__}, not a study record; skipped")
            continue
        try:
            parsed = parse_study(study, warn.warn)
        except RECORD_ERRORS as exc:  # an odd record is skipped and counted; a bug (any other error) propagates
            skipped += 1
            warn.warn(f"study #{i} skipped: {type(exc).__name__}: {exc}")
            continue
        nct = parsed["studies"][0]["study_id"]
        if nct in seen:
            # The same study twice in one document (e.g. a changed page token): the later copy replaces it.
            warn.warn(f"{nct} appears twice; the later record is kept")
            for t in TABLES:
                rows[t] = [r for r in rows[t] if r["study_id"] != nct]
        seen[nct] = i
        for t in TABLES:
            rows[t].extend(parsed[t])
    try:
        tables = {t: build_table(t, rows[t]) for t in TABLES}
    except (ValueError, TypeError) as exc:
        # A value the schema refuses: find the study it belongs to and drop only that one.
        warn.warn(f"tables did not validate ({exc}); checking study by study")
        tables, bad = _tables_per_study(rows, warn)
        skipped += bad
    return ParseResult(tables=tables, warnings=warn.items, skipped=skipped)


def _tables_per_study(rows: dict[str, list[dict]], warn: WarningLog) -> tuple[dict[str, pd.DataFrame], int]:
    """Slow path: keep the studies whose rows validate, skip (with a warning) those whose rows do not."""
    keep: dict[str, list[dict]] = {t: [] for t in TABLES}
    bad = 0
    for study in rows["studies"]:
        nct = study["study_id"]
        own = {t: [r for r in rows[t] if r["study_id"] == nct] for t in TABLES}
        try:
            for t in TABLES:
                build_table(t, own[t])
        except (ValueError, TypeError) as exc:
            bad += 1
            warn.warn(f"{nct} skipped: its rows do not fit the schema: {exc}")
            continue
        for t in TABLES:
            keep[t].extend(own[t])
    return {t: build_table(t, keep[t]) for t in TABLES}, bad
