"""The domain is written once: no URL template, ketamine-form list, comparator list, scale list or tier ranking
outside its registry (evidence/vocab.py, evidence/scales.py, evidence/citation.py).

Known exceptions are listed with their reason; the extractor's own abstract patterns are not scanned yet.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from evidence import citation, scales, vocab

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = {"evidence/vocab.py", "evidence/scales.py", "evidence/citation.py"}
EXCEPTIONS = {
    # the abstract extractor's pattern tables (being rewritten; their duplicates are listed in issue 22)
    "evidence/extract/",
    # words users type in a URL or on the command line (`?drugs=spravato`): the filter's alias table
    "evidence/filters.py",
}
URL_TEMPLATE = re.compile(r"https?://(?:www\.)?(?:clinicaltrials\.gov/(?:study|ct2)|pubmed\.ncbi\.nlm\.nih\.gov|"
                          r"(?:dx\.)?doi\.org/|pmc\.ncbi\.nlm\.nih\.gov/articles|ncbi\.nlm\.nih\.gov/pmc)")
FORMS = set(vocab.KETAMINE_FORMS)
CONTROLS = {"placebo", "midazolam", "saline", "sham", "ect"}
SCALE_WORDS = re.compile(r"MADRS|HAM-\??D|HDRS|QIDS|(?<![A-Z])BDI|(?<![A-Z])SSI(?![A-Z])|C-\??SSRS|CADSS")
TIERS = set(vocab.SOURCE_TIERS)


def _sources() -> list[Path]:
    files = [*sorted((ROOT / "evidence").rglob("*.py")), ROOT / "dashboard.py",
             *sorted((ROOT / "benchmarks").glob("*.py"))]
    out = []
    for p in files:
        rel = p.relative_to(ROOT).as_posix()
        if rel not in REGISTRY and not any(rel.startswith(e) for e in EXCEPTIONS):
            out.append(p)
    return out


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
    return ids


def _strings(node: ast.AST) -> list[str]:
    """The literal text of a string constant or f-string (placeholders dropped)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return ["".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))]
    return []


def duplicates(source: str) -> list[str]:
    """What in `source` restates the domain registry: URL templates, lists or regexes of ketamine forms,
    comparators or rating scales, and source-tier rankings."""
    tree = ast.parse(source)
    docs = _docstrings(tree)  # an f-string's literal parts are read with the f-string, not again alone
    docs |= {id(v) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for v in node.values}
    found = []
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            words = {v.value for v in node.elts if isinstance(v, ast.Constant) and isinstance(v.value, str)}
            lower = {w.lower() for w in words}
            if len(words & FORMS) >= 2:
                found.append(f"line {line}: a list of ketamine forms {sorted(words & FORMS)}")
            if len(lower & CONTROLS) >= 2:
                found.append(f"line {line}: a list of comparators {sorted(lower & CONTROLS)}")
            if len(words & TIERS) >= 2:
                found.append(f"line {line}: a list of source tiers {sorted(words & TIERS)}")
        if isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)}
            ints = all(isinstance(v, ast.Constant) and isinstance(v.value, int) for v in node.values)
            if len(keys & TIERS) >= 2 and ints:
                found.append(f"line {line}: a ranking of source tiers")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "enumerate" and \
                node.args and "SOURCE_TIERS" in ast.unparse(node.args[0]):
            found.append(f"line {line}: a ranking of source tiers (enumerate SOURCE_TIERS; use vocab.TIER_RANK)")
        if id(node) in docs:
            continue
        for text in _strings(node):
            if URL_TEMPLATE.search(text):
                found.append(f"line {line}: a URL template {text[:60]!r} (use evidence.citation)")
            if "|" in text:
                words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
                words = {"ect" if w == "electroconvulsive" else w for w in words}
                if len(words & (FORMS | CONTROLS)) >= 2:
                    found.append(f"line {line}: a regex of ketamine forms or comparators {text[:60]!r}")
                if len(set(SCALE_WORDS.findall(text))) >= 2:
                    found.append(f"line {line}: a regex of rating scales {text[:60]!r} (use evidence.scales)")
    return found


@pytest.mark.parametrize("snippet", [
    'URL = f"https://clinicaltrials.gov/study/{nct}"',
    'u = "https://pubmed.ncbi.nlm.nih.gov/" + pmid',
    'FORMS = ("ketamine", "esketamine")',
    'if drug in ["esketamine", "arketamine"]: pass',
    'CONTROLS = {"placebo", "midazolam"}',
    'COMPARATOR = re.compile(r"placebo|saline")',
    'DEPRESSION = re.compile(r"MADRS|HAM-?D|HDRS")',
    'SI = re.compile(r"suicid|\\bSSI\\b|C-?SSRS")',
    'RANK = {"registry_results": 0, "primary_paper": 1}',
    'RANK = {t: i for i, t in enumerate(vocab.SOURCE_TIERS)}',
])
def test_the_scan_finds_a_restated_domain_literal(snippet: str) -> None:
    assert duplicates(snippet), snippet


def test_the_scan_leaves_prose_and_single_words_alone() -> None:
    ok = '''
def f():
    """Placebo, midazolam and ECT arms; MADRS|HAM-D in a docstring; https://pubmed.ncbi.nlm.nih.gov/1/."""
    return "esketamine" if x else "placebo"
LABELS = {"registry_results": "registry results", "primary_paper": "the trial's own paper"}
'''
    assert duplicates(ok) == []


def test_no_domain_literal_is_restated_outside_the_registry() -> None:
    found = {p.relative_to(ROOT).as_posix(): d for p in _sources() if (d := duplicates(p.read_text("utf-8")))}
    assert found == {}


def test_the_registry_itself_holds_what_the_others_read() -> None:
    assert citation.registry_results_url("NCT01234567") == "https://clinicaltrials.gov/study/NCT01234567?tab=results"
    assert citation.pmc_url("PMC123") == "https://pmc.ncbi.nlm.nih.gov/articles/PMC123/"
    assert citation.normalise_canonical("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC123/table/t1") == \
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC123/table/t1/"
    assert set(vocab.KETAMINE_FORMS) <= set(vocab.DRUGS) and set(vocab.CONTROL_CLASSES) <= set(vocab.COMPARATOR_CLASSES)
    assert set(vocab.INACTIVE_CONTROLS) <= set(vocab.CONTROL_CLASSES)
    assert [vocab.normalise_drug(w) for w in ("Spravato", "(R)-ketamine", "racemic ketamine", "COMP360", "midazolam")] \
        == ["esketamine", "arketamine", "ketamine", "psilocybin", "other"]
    assert sorted(vocab.TIER_RANK, key=vocab.TIER_RANK.__getitem__) == list(vocab.SOURCE_TIERS)
    assert scales.find_scale("Change in Montgomery-Asberg total", scales.EFFICACY_SCALES) == "MADRS"
    assert scales.find_scale("CADSS score", scales.EFFICACY_SCALES) is None
    assert scales.find_scale("CADSS score", scales.SAFETY_SCALES) == "CADSS"


def test_every_outcome_type_has_a_definition_a_label_and_a_url_choice() -> None:
    """Adding an outcome type is one entry in vocab.MEASURES plus its words: a missing label or definition fails here
    (si_onset once showed its raw key), and the app's outcome choices are the registry's, not a copy."""
    from evidence import vocab
    from evidence.app import state
    from evidence.charts.labels import MEASURE_LABELS

    assert set(vocab.MEASURES) == set(vocab.MEASURE_DEFINITIONS)
    assert set(vocab.MEASURES) == set(MEASURE_LABELS)
    assert set(vocab.RATE_MEASURES) <= set(vocab.MEASURES)
    assert state.FOREST_OUTCOMES is vocab.OUTCOMES and state.RATE_OUTCOMES is vocab.RATE_MEASURES
