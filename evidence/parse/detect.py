"""Which parser a raw file needs, read from its content (not its name): CT.gov JSON or PubMed XML."""

from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Iterable

from evidence.errors import ParseError

GZIP_MAGIC = b"\x1f\x8b"
# Decompressed input is capped so a gzip bomb cannot exhaust memory (real efetch batches are a few MB, a 10,000-record
# batch ~250 MB); inflating stops at the cap instead of after it.
MAX_DECOMPRESSED = 512 * 1024**2
MAX_INPUT = 256 * 1024**2  # bytes of one file as given (gzip or not)

_XML_ROOT = re.compile(rb"<\s*([A-Za-z_][\w.:-]*)")


def decompress(data: bytes, limit: int = MAX_DECOMPRESSED) -> bytes:
    """The bytes themselves, or their gunzipped content when they are gzip; ParseError (a ValueError) on a broken
    gzip stream or content above `limit` bytes."""
    return inflate([data], limit)


def inflate(chunks: Iterable[bytes], limit: int = MAX_DECOMPRESSED) -> bytes:
    """A file given in chunks -> its content, gunzipped when it is gzip (every member), never more than `limit`
    bytes held: a bomb is refused when the cap is reached, not after inflating it."""
    it = iter(chunks)
    first = b""
    for chunk in it:
        first += chunk
        if len(first) >= 2:
            break
    if not first.startswith(GZIP_MAGIC):
        out = [first]
        size = len(first)
        for chunk in it:
            size += len(chunk)
            if size > limit:
                raise ParseError(f"content is larger than {limit:,} bytes; refusing to read it")
            out.append(chunk)
        if size > limit:
            raise ParseError(f"content is larger than {limit:,} bytes; refusing to read it")
        return b"".join(out)
    parts: list[bytes] = []
    size = 0
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        for chunk in _chain(first, it):
            while chunk:
                piece = d.decompress(chunk, limit - size + 1)
                size += len(piece)
                if size > limit:
                    raise ParseError(f"gzip content is larger than {limit:,} bytes; refusing to inflate it")
                parts.append(piece)
                chunk = d.unconsumed_tail
                if d.eof:  # the next gzip member, if any (gzip files may be concatenated)
                    chunk = d.unused_data + chunk
                    if not chunk.strip(b"\0"):
                        chunk = b""
                    if chunk:
                        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        if not d.eof:
            raise ParseError("gzip stream is truncated")
    except (zlib.error, gzip.BadGzipFile, EOFError) as exc:
        raise ParseError(f"not a valid gzip file: {exc}") from exc
    return b"".join(parts)


def _chain(first: bytes, rest: Iterable[bytes]) -> Iterable[bytes]:
    yield first
    yield from rest


def _root_tag(head: bytes) -> bytes | None:
    """First element name after the XML declaration, comments, processing instructions and DOCTYPE."""
    i = 0
    while True:
        j = head.find(b"<", i)
        if j < 0:
            return None
        rest = head[j + 1 : j + 2]
        if rest in (b"?", b"!"):
            end = head.find(b">", j)
            if end < 0:
                return None
            # A DOCTYPE with an internal subset ends at "]>", not at the first ">".
            if head[j : j + 9].upper() == b"<!DOCTYPE" and b"[" in head[j:end]:
                close = head.find(b"]>", j)
                end = close + 1 if close >= 0 else end
            i = end + 1
            continue
        m = _XML_ROOT.match(head, j)
        return m.group(1) if m else None


def detect_kind(data: bytes) -> str:
    """'ctgov' for ClinicalTrials.gov JSON, 'pubmed' for PubMed XML (gzip or not); ValueError naming what it is else."""
    return sniff(data)[0]


def sniff(data: bytes) -> tuple[str, bytes, object]:
    """(kind, decompressed bytes, decoded JSON document or None for XML), so callers decode only once."""
    raw = decompress(data)
    text = raw.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not text:
        raise ParseError("the file is empty")
    if text[:1] in (b"{", b"["):
        try:
            doc = json.loads(text)
        except (ValueError, RecursionError) as exc:
            raise ParseError(f"looks like JSON but does not decode ({exc}); is the file truncated?") from exc
        if is_ctgov_document(doc):
            return "ctgov", raw, doc
        if isinstance(doc, dict) and ("esearchresult" in doc or "error" in doc):
            raise ParseError("this is an E-utilities JSON reply (esearch/error), not PubMed articles; use efetch XML")
        raise ParseError(
            "JSON, but not a ClinicalTrials.gov document (expected {'studies': [...]}, a study record "
            "with 'protocolSection', or a list of such records)"
        )
    if text[:1] == b"<":
        root = _root_tag(text[:65536])
        name = root.split(b":")[-1].decode("ascii", "replace") if root else ""
        if name in ("PubmedArticleSet", "PubmedArticle", "PubmedBookArticle"):
            return "pubmed", raw, None
        if name.lower() == "html":
            raise ParseError("this is an HTML page (an error or login page?), not PubMed XML or CT.gov JSON")
        if name in ("eFetchResult", "ERROR"):
            raise ParseError("this is an E-utilities error document, not PubMed articles")
        raise ParseError(f"XML with root <{name or '?'}>, not PubMed article XML (<PubmedArticleSet>)")
    raise ParseError(f"neither ClinicalTrials.gov JSON nor PubMed XML (content starts with {text[:20]!r})")


def is_ctgov_document(doc: object) -> bool:
    """A CT.gov search page, a single study record, or a list of records (the website's JSON download)."""
    if isinstance(doc, dict):
        return isinstance(doc.get("studies"), list) or isinstance(doc.get("protocolSection"), dict)
    if isinstance(doc, list):
        return bool(doc) and all(isinstance(d, dict) and "protocolSection" in d for d in doc[:50])
    return False
