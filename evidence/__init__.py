"""Ketamine evidence: fetch, parse, extract, build and analyse trial evidence by route of administration."""

__version__ = "0.1.0"
