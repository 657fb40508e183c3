"""Parse speed: our PubMed parser vs Biopython Entrez.read vs a bare lxml iterparse; CT.gov JSON studies/s to tables.

Run from the repository root:  python benchmarks/parse_bench.py [--articles 20000] [--batch 500] [--runs 3]

The PubMed corpus is every real article in tests/fixtures/pubmed/efetch_*.xml, replicated to --articles and cut
into efetch-sized documents of --batch articles (so Biopython's in-memory tree stays bounded). Every parser reads
the same bytes in the same process, interleaved run by run, and the medians are compared side by side.
"""

from __future__ import annotations

import argparse
import copy
import gc
import io
import json
import logging
import os
import platform
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import Bio  # noqa: E402
import lxml  # noqa: E402
import pandas as pd  # noqa: E402
from Bio import Entrez  # noqa: E402
from lxml import etree  # noqa: E402

from evidence.parse.ctgov import iter_studies, parse_document  # noqa: E402
from evidence.parse.pubmed import article_row, iter_articles, parse_pubmed_xml  # noqa: E402

FIX = ROOT / "tests" / "fixtures"
HEADER = (
    b'<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
    b'"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n<PubmedArticleSet>\n'
)
NCT = re.compile(r"\bNCT\d{8}\b")
_PMID = re.compile(rb"(<PMID[^>]*>)\d+(</PMID>)")


def pubmed_corpus(n_articles: int, batch: int) -> list[bytes]:
    """Real fixture articles, byte-for-byte, replicated and packed into efetch-like documents."""
    articles: list[bytes] = []
    for path in sorted((FIX / "pubmed").glob("efetch_*.xml")):
        text = path.read_bytes()
        articles.extend(m.group(0) for m in re.finditer(rb"<PubmedArticle>.*?</PubmedArticle>", text, re.DOTALL))
    docs = []
    for start in range(0, n_articles, batch):
        # Each copy gets its own PMID (the real ones would be de-duplicated); nothing else is changed.
        chunk = [
            _PMID.sub(rb"\g<1>%d\g<2>" % (90000000 + i), articles[i % len(articles)], count=1)
            for i in range(start, min(start + batch, n_articles))
        ]
        docs.append(HEADER + b"\n".join(chunk) + b"\n</PubmedArticleSet>\n")
    return docs


def ours(docs: list[bytes]) -> int:
    """The shipped parser, all the way to schema-valid publications tables."""
    return sum(len(parse_pubmed_xml(d, "bench").tables["publications"]) for d in docs)


def ours_rows(docs: list[bytes]) -> int:
    """The shipped parser's per-article work only (no DataFrame): shows where the time goes."""
    return sum(1 for d in docs for a in iter_articles(d) if article_row(a))


def _txt(e: etree._Element | None) -> str | None:
    return "".join(e.itertext()) if e is not None else None


def bare_lxml(docs: list[bytes]) -> int:
    """The floor: iterparse + clear, reading the same fields with the least code, into plain dicts."""
    n = 0
    for d in docs:
        for _, el in etree.iterparse(
            io.BytesIO(d), tag="PubmedArticle", load_dtd=False, no_network=True, resolve_entities=False
        ):
            mc = el.find("MedlineCitation")
            a = mc.find("Article")
            abstract = [(t.get("Label"), _txt(t)) for t in a.iterfind("Abstract/AbstractText")]
            rec = {
                "pmid": mc.findtext("PMID"),
                "title": _txt(a.find("ArticleTitle")),
                "journal": a.findtext("Journal/Title"),
                "year": a.findtext("Journal/JournalIssue/PubDate/Year")
                or (a.findtext("Journal/JournalIssue/PubDate/MedlineDate") or "")[:4],
                "abstract": abstract,
                "pub_types": [p.text for p in a.iterfind("PublicationTypeList/PublicationType")],
                "mesh": [m.text for m in mc.iterfind("MeshHeadingList/MeshHeading/DescriptorName")],
                "authors": [
                    f"{x.findtext('LastName')} {x.findtext('Initials')}" for x in a.iterfind("AuthorList/Author")
                ],
                "language": a.findtext("Language"),
                "doi": next(
                    (i.text for i in el.iterfind("PubmedData/ArticleIdList/ArticleId") if i.get("IdType") == "doi"),
                    None,
                ),
                "nct": [x.text for x in a.iterfind("DataBankList/DataBank/AccessionNumberList/AccessionNumber")]
                + NCT.findall(" ".join(t or "" for _, t in abstract)),
            }
            n += bool(rec["pmid"])
            el.clear()
            while el.getprevious() is not None:
                del el.getparent()[0]
    return n


def biopython(docs: list[bytes]) -> int:
    """Bio.Entrez.read (Entrez.parse fails on efetch XML), then the same fields from its dicts."""
    n = 0
    for d in docs:
        rec = Entrez.read(io.BytesIO(d))
        for art in rec["PubmedArticle"]:
            mc = art["MedlineCitation"]
            a = mc["Article"]
            abstract = [(str(t.attributes.get("Label")), str(t)) for t in a.get("Abstract", {}).get("AbstractText", [])]
            pub_date = a["Journal"]["JournalIssue"]["PubDate"]
            out = {
                "pmid": str(mc["PMID"]),
                "title": str(a["ArticleTitle"]),
                "journal": a["Journal"].get("Title"),
                "year": pub_date.get("Year") or pub_date.get("MedlineDate", "")[:4],
                "abstract": abstract,
                "pub_types": [str(p) for p in a.get("PublicationTypeList", [])],
                "mesh": [str(m["DescriptorName"]) for m in mc.get("MeshHeadingList", [])],
                "authors": [f"{x.get('LastName')} {x.get('Initials')}" for x in a.get("AuthorList", [])],
                "language": a.get("Language", [None])[0],
                "doi": next(
                    (str(i) for i in art["PubmedData"]["ArticleIdList"] if i.attributes.get("IdType") == "doi"), None
                ),
                "nct": [acc for db in a.get("DataBankList", []) for acc in db.get("AccessionNumberList", [])]
                + NCT.findall(" ".join(t for _, t in abstract)),
            }
            n += bool(out["pmid"])
    return n


def ctgov_corpus(n_studies: int, page: int) -> list[dict]:
    """Every real study record in the CT.gov fixtures, copied under distinct NCT ids into API-sized pages."""
    studies: list[dict] = []
    for path in sorted((FIX / "ctgov").glob("*.json")):
        if path.suffix == ".json":
            studies.extend(iter_studies(json.loads(path.read_text())))
    pages = []
    for start in range(0, n_studies, page):
        chunk = []
        for i in range(start, min(start + page, n_studies)):
            s = copy.deepcopy(studies[i % len(studies)])
            s["protocolSection"]["identificationModule"]["nctId"] = f"NCT9{i:07d}"
            chunk.append(s)
        pages.append({"studies": chunk})
    return pages


CTGOV_ROWS: list[int] = []


def ctgov(pages: list[dict]) -> int:
    """Pages to the four registry tables; returns studies, and records all table rows in CTGOV_ROWS."""
    studies = rows = 0
    for p in pages:
        tables = parse_document(p, "bench").tables
        studies += len(tables["studies"])
        rows += sum(len(df) for df in tables.values())
    CTGOV_ROWS.append(rows)
    return studies


def timed(fn: Callable[[list], int], corpus: list, runs: int) -> tuple[float, int, list[float]]:
    times, n = [], 0
    for _ in range(runs):
        t0 = time.perf_counter()
        n = fn(corpus)
        times.append(time.perf_counter() - t0)
    return statistics.median(times), n, times


def machine() -> str:
    cpu = "?"
    try:
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    except (OSError, StopIteration):
        pass
    load = os.getloadavg() if hasattr(os, "getloadavg") else ("?",)
    return (
        f"{platform.platform()}; {cpu}; {os.cpu_count()} logical CPUs; load avg {load[0]:.2f}; "
        f"Python {platform.python_version()}; lxml {lxml.__version__}; biopython {Bio.__version__}; "
        f"pandas {pd.__version__}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--batch", type=int, default=500, help="articles per efetch-like document")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--studies", type=int, default=2000)
    ap.add_argument("--page", type=int, default=100, help="studies per CT.gov page")
    args = ap.parse_args()
    logging.disable(logging.WARNING)  # the parsers' per-record warnings are not what is measured

    docs = pubmed_corpus(args.articles, args.batch)
    mb = sum(map(len, docs)) / 1e6
    print(f"machine: {machine()}")
    print(f"PubMed corpus: {args.articles} articles in {len(docs)} documents, {mb:.1f} MB; runs={args.runs}")
    results: dict[str, tuple[float, int, list[float]]] = {}
    fns = {
        "ours (to table)": ours,
        "ours (rows only)": ours_rows,
        "bare lxml iterparse": bare_lxml,
        "Biopython Entrez.read": biopython,
    }
    names = list(fns)
    per_run: dict[str, list[float]] = {k: [] for k in fns}
    counts: dict[str, int] = dict.fromkeys(fns, 0)
    for run in range(args.runs):
        # The machine is shared: parsers take turns document by document (order rotated), so a burst of load
        # from elsewhere lands on all of them alike instead of on whichever parser happened to be running.
        totals = dict.fromkeys(fns, 0.0)
        for i, doc in enumerate(docs):
            order = names[(i + run) % len(names) :] + names[: (i + run) % len(names)]
            for name in order:
                gc.collect()
                t0 = time.perf_counter()
                n = fns[name]([doc])
                totals[name] += time.perf_counter() - t0
                if run == 0:
                    counts[name] += n
        for name in fns:
            per_run[name].append(totals[name])
        print(f"run {run + 1}: " + ", ".join(f"{k} {v:.1f} s" for k, v in totals.items()), flush=True)
    for name in fns:
        results[name] = (statistics.median(per_run[name]), counts[name], per_run[name])
    print("| parser | records | median s | records/s | MB/s | runs (s) |")
    print("|---|---|---|---|---|---|")
    for name, (med, n, ts) in results.items():
        print(f"| {name} | {n} | {med:.2f} | {n / med:,.0f} | {mb / med:.1f} | {', '.join(f'{t:.2f}' for t in ts)} |")
    o, b, bio = (results[k][0] for k in ("ours (to table)", "bare lxml iterparse", "Biopython Entrez.read"))
    print(
        f"ours vs Biopython: {bio / o:.2f}x faster (target >= 3x); ours / bare iterparse time: {o / b:.2f}x "
        f"(target <= 1.5x)"
    )

    pages = ctgov_corpus(args.studies, args.page)
    med, n, ts = timed(ctgov, pages, args.runs)
    rows = CTGOV_ROWS[-1]
    print(
        f"CT.gov: {n} studies in {len(pages)} pages of {args.page}: median {med:.2f} s = {n / med:,.0f} studies/s "
        f"({rows:,} table rows, {rows / med:,.0f} rows/s); runs {', '.join(f'{t:.2f}' for t in ts)}"
    )


if __name__ == "__main__":
    main()
