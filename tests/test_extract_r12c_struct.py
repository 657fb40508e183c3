"""Round C (structure): bracketed group counts told across sentences that add up to the sample written elsewhere are
parts of it, never the sample (N)."""

from __future__ import annotations

import pytest

from evidence.extract.sample import find_sample_sizes

# a whole sample written in words, then its groups in brackets over several sentences
RUNS = [
    ("We modelled symptom trajectories in 240 adults receiving ketamine infusions at a private clinic. One class "
     "improved quickly (n = 90) and one slowly (n = 70). A third class showed no change (n = 80).", 240),
    ("In 200 adults given ketamine, one class improved quickly (n = 90). A second class improved slowly (n = 30). "
     "A third showed no change (n = 80).", 200),
    ("Latent classes were estimated in 96 veterans given repeated ketamine. A rapid class (n = 30) was found. A "
     "gradual class (n = 66) made up the rest.", 96),
]


@pytest.mark.parametrize("text,n", RUNS)
def test_groups_adding_up_to_a_written_sample_are_parts(text: str, n: int) -> None:
    assert find_sample_sizes(text)["n"] == n


# negatives: the mechanism must not fire when the run adds up to no written sample count (an age, a sum that differs)
# or when the whole is itself bracketed; the bracketed reading is kept as before
NOT_RUNS = [
    ("Ketamine was infused over 55 minutes. A rapid class (n = 30) was found. A gradual class (n = 25) was "
     "older.", 30),
    ("Patients with bipolar depression (n = 52) received ketamine; women (n = 30) and men (n = 22) were compared.", 52),
    ("Ketamine was given to 120 inpatients at 0.5 mg/kg. A rapid class (n = 50) was found. A gradual class (n = 40) "
     "made up most of the rest.", 50),
]


@pytest.mark.parametrize("text,n", NOT_RUNS)
def test_counts_that_do_not_add_up_keep_their_reading(text: str, n: int) -> None:
    assert find_sample_sizes(text)["n"] == n
