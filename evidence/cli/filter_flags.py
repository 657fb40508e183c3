"""The dashboard's sidebar filters as command-line flags, shared by every command that reads the tables."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from evidence import vocab

if TYPE_CHECKING:
    from evidence.filters import Filters


def add_filter_arguments(p: argparse.ArgumentParser) -> None:
    """The filter flags (repeat a flag to allow several values)."""
    f = p.add_argument_group("filters (the dashboard's sidebar; repeat a flag to allow several values)")
    f.add_argument("--route", action="append", choices=vocab.ROUTES, help="keep studies/arms of this route")
    f.add_argument("--drug", action="append", choices=vocab.DRUGS, help="keep studies/arms of this drug")
    f.add_argument("--population", action="append", choices=vocab.POPULATIONS, help="keep studies of this population")
    f.add_argument("--design", action="append", choices=vocab.DESIGNS, help="keep studies of this design")
    f.add_argument("--comparator", action="append", choices=vocab.COMPARATOR_CLASSES, help="comparator class")
    f.add_argument("--source", action="append", choices=vocab.SOURCE_FACETS, help="registry, paper or curated")
    f.add_argument("--year-min", type=int, help="first publication/registration year")
    f.add_argument("--year-max", type=int, help="last publication/registration year")
    f.add_argument("--min-n", type=int, help="minimum enrollment")
    f.add_argument("--primary-only", action="store_true", help="leave out reviews and meta-analyses")
    f.add_argument("--primary-sources", action="store_true",
                   help="only values from registry results or the trial's own paper")
    f.add_argument("--exclude-crossover", action="store_true", help="leave out crossover trials")
    f.add_argument("--include-auto", action="store_true",
                   help="also pool values extracted automatically from abstracts (off by default)")


def filters_from_args(args: argparse.Namespace) -> Filters:
    """The dashboard's Filters from the command-line flags."""
    from evidence.filters import Filters

    return Filters(
        routes=tuple(args.route or ()), drugs=tuple(args.drug or ()), populations=tuple(args.population or ()),
        designs=tuple(args.design or ()), comparators=tuple(args.comparator or ()), sources=tuple(args.source or ()),
        year_min=args.year_min, year_max=args.year_max, min_n=args.min_n, primary_only=args.primary_only,
        primary_sources=args.primary_sources, exclude_crossover=args.exclude_crossover,
        include_auto=args.include_auto,
    )
