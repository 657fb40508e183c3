"""Study design and N, seventh round: precedence between cues (paraphrases written here, not blind sentences)."""

from __future__ import annotations

import pytest

from evidence.extract.abstract import extract_abstract
from evidence.extract.sample import find_sample_sizes


def _x(text: str) -> dict[str, object]:
    return extract_abstract(text)


# --- N: two equal bracketed arms are two halves of the sample, not the sample and a subgroup ----------------------


@pytest.mark.parametrize(("text", "n"), [
    ("In this randomized study, 120 adults scheduled for hip surgery were divided into two groups: the ketamine group "
     "(n = 60) and the saline group (n = 60).", 120),
    ("Patients were allocated to esketamine (n = 45) or placebo (n = 45).", 90),
    ("Inpatients given ketamine (n = 30) and inpatients given ECT (n = 30) were followed for a month.", 60),
])
def test_two_equal_bracketed_arms_add_up(text: str, n: int) -> None:
    assert find_sample_sizes(text)["n"] == n


def test_a_bracketed_whole_with_three_parts_is_still_the_whole() -> None:
    text = "Participants (n = 90) were randomized to low dose (n = 30), high dose (n = 30) or placebo (n = 30)."
    assert find_sample_sizes(text)["n"] == 90


# --- N: a review's groups' sizes with no total add up; subsets and study counts do not -------------------------


@pytest.mark.parametrize(("text", "n"), [
    ("We pooled seven trials (esketamine group n = 410, placebo group n = 390) with random-effects models.", 800),
    ("Data from twelve studies were synthesised (ketamine arm n = 150; control arm n = 140) in a meta-analysis.", 290),
    ("A meta-analysis of five RCTs: intervention group, n = 99, comparison group, n = 101.", 200),
])
def test_a_reviews_group_sizes_add_up_to_its_pooled_sample(text: str, n: int) -> None:
    assert _x(text)["n"] == n


@pytest.mark.parametrize(("text", "n"), [
    # overlapping diagnostic subsets: the first count stands
    ("This meta-analysis pooled four RCTs (n = 500 with MDD, n = 320 with TRD).", 500),
    # a count of studies beside a pooled effect is not a group
    ("In a meta-analysis of nine RCTs (n = 210), the pooled effect was 0.9 (N = 6, 95% CI 0.5 to 1.2).", 210),
])
def test_subsets_and_study_counts_are_not_added(text: str, n: int) -> None:
    assert _x(text)["n"] == n
