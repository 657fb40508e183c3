"""Property tests: the extractor never raises and every span indexes the input, on random and mutated abstracts."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evidence.extract import extract_abstract, findings_tables

ABSTRACTS = sorted((Path(__file__).resolve().parent.parent / "data" / "curated" / "pubmed" / "abstracts").glob("*.txt"))
REAL = [p.read_text(encoding="utf-8") for p in ABSTRACTS]
# Pieces that drive the rules: numbers, percentages, arms, times, negations, unicode signs.
TOKENS = [
    "ketamine", "esketamine", "S-ketamine", "arketamine", "placebo", "midazolam", "ECT", "nasal spray", "IV",
    "infusion", "oral", "respond", "responded", "response", "remission", "remitted", "relapse", "partially",
    "64%", "18%", "(27.3%)", "14 of 20", "n = 12 (60%)", "[17.6%]", "≥50%", "≤10", "±", "–", "−", "∼",
    "within", "as early as", "at", "day 1", "week 4", "24 h", "40 minutes", "2-6 weeks", "significantly",
    "no", "not", "dissociative symptoms", "nausea", "dizziness (32.9%)", "most common (≥20%)", "adverse events",
    "Results:", "Methods:", "Background:", "\n\n", ". ", ", ", "; ", "(", ")", "[", "]", "vs.", "and",
    "respectively", "randomized", "(N = 346)", "Seventy-one percent", "patients", "group", "Montgomery-Åsberg",
]


def _check(text: str) -> None:
    out = extract_abstract(text)
    assert set(out) >= {"drugs", "routes", "design", "population", "n", "findings"}
    for f in [*out["findings"], *out["scale_changes"]]:
        a, b = f["span"]
        assert isinstance(a, int) and isinstance(b, int)
        assert 0 <= a < b <= len(text)
        assert f["kind"] in ("response_rate", "remission_rate", "onset", "adverse_event", "scale_change")
        assert f["confidence"] in ("auto", "uncertain")
    for m in out["ae_mentions"]:
        assert 0 <= m["span"][0] < m["span"][1] <= len(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_random_text_never_raises(text: str) -> None:
    _check(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TOKENS) | st.text(max_size=6), max_size=60).map(" ".join))
def test_rule_tokens_never_raise(text: str) -> None:
    _check(text)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(REAL),
    st.integers(min_value=0, max_value=3000),
    st.integers(min_value=0, max_value=400),
    st.sampled_from(TOKENS),
)
def test_mutated_real_abstracts(text: str, at: int, cut: int, insert: str) -> None:
    at = min(at, len(text))
    mutated = text[:at] + insert + text[at + cut :]
    _check(mutated)
    tables = findings_tables("PMID:1", mutated, None, "pubmed")
    assert set(tables) == {"efficacy", "adverse_events"}


def test_every_real_abstract() -> None:
    for text in REAL:
        _check(text)


def test_run_on_text_is_split_into_bounded_sentences() -> None:
    from evidence.extract.text import MAX_SENTENCE, split_sentences

    text = "dizziness (12%) and ketamine 50% responded, " * 300  # no full stop anywhere
    sentences = split_sentences(text)
    assert len(sentences) > 1
    assert all(s.end - s.start <= MAX_SENTENCE and text[s.start : s.end] == s.text for s in sentences)
    _check(text)
