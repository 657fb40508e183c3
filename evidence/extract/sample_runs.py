"""Bracketed group counts told across sentences ("(n = 78) ... (n = 103). ... (n = 117)") that add up to a sample
written elsewhere ("in 298 patients"): each is a part of that whole, never the sample itself."""

from __future__ import annotations

from evidence.extract.rules.sample_parts import PART_N_RE


def _count(tok: str) -> int | None:
    digits = tok.replace(",", "").replace(" ", "")
    return int(digits) if digits.isdigit() else None


def parts_of_told_whole(text: str, wholes: set[int]) -> set[int]:
    """Offsets of the bracketed counts that belong to a run of two or more consecutive bracketed counts whose sum is
    one of the whole-sample counts written in the text (so a subgroup's size never stands for the sample)."""
    counts = [(m.start(), n) for m in PART_N_RE.finditer(text) if (n := _count(m.group("n"))) is not None]
    found: set[int] = set()
    for i in range(len(counts)):
        total = counts[i][1]
        for j in range(i + 1, len(counts)):
            total += counts[j][1]
            if total in wholes:
                found.update(pos for pos, _ in counts[i : j + 1])
                break
            if wholes and total > max(wholes):
                break
    return found


__all__ = ["parts_of_told_whole"]
