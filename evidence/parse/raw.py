"""One entry point from raw bytes (as cached, gzip or not) to tables: detect the kind, then parse."""

from __future__ import annotations

from evidence.parse import ctgov, pubmed
from evidence.parse.detect import sniff
from evidence.parse.result import ParseResult


def parse_bytes(data: bytes, origin: str) -> tuple[str, ParseResult]:
    """(kind, result) for a raw file's bytes; ValueError when it is neither CT.gov JSON nor PubMed XML."""
    kind, raw, doc = sniff(data)
    if kind == "ctgov":
        return kind, ctgov.parse_document(doc, origin)
    return kind, pubmed.parse_pubmed_xml(raw, origin)
