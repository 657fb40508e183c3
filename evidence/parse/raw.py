"""One entry point from raw bytes (as cached, gzip or not) to tables: detect the kind, then parse."""

from __future__ import annotations

import json

from evidence.parse import ctgov, pubmed
from evidence.parse.detect import decompress, detect_kind
from evidence.parse.result import ParseResult


def parse_bytes(data: bytes, origin: str) -> tuple[str, ParseResult]:
    """(kind, result) for a raw file's bytes; ValueError when it is neither CT.gov JSON nor PubMed XML."""
    kind = detect_kind(data)
    raw = decompress(data)
    if kind == "ctgov":
        return kind, ctgov.parse_document(json.loads(raw.lstrip(b"\xef\xbb\xbf")), origin)
    return kind, pubmed.parse_pubmed_xml(raw, origin)
