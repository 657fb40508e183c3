"""Canonical links and source tiers: which address a reader can cite, and what kind of document a value came from.

A value's `source_url` is always canonical (the ClinicalTrials.gov record, PubMed, PMC or the DOI); the copy a
curator actually read goes to `read_from`. The tier of a value follows the page it was read from: the registry's
posted results, the trial's own paper (PMC, PubMed, the publisher or an institutional copy of the paper),
a secondary report, a conference abstract or preprint, or a press/aggregator page (anything unknown counts as
the last: a value is never graded better than its page can show).
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

CANONICAL_HOSTS: frozenset[str] = frozenset({
    "clinicaltrials.gov", "pubmed.ncbi.nlm.nih.gov", "pmc.ncbi.nlm.nih.gov", "doi.org",
})
# Publishers' and institutional repositories' copies of a paper: the text read is the paper itself.
PAPER_HOSTS: tuple[str, ...] = (
    "pmc.ncbi.nlm.nih.gov", "pubmed.ncbi.nlm.nih.gov", "ncbi.nlm.nih.gov", "doi.org", "europepmc.org",
    "psychiatryonline.org", "jamanetwork.com", "nejm.org", "thelancet.com", "sciencedirect.com",
    "onlinelibrary.wiley.com", "link.springer.com", "nature.com", "cambridge.org", "academic.oup.com",
    "journals.lww.com", "frontiersin.org", "bmj.com", "tandfonline.com", "biomedcentral.com",
    "psychiatrist.com", "pure.elsevier.com", "elsevierpure.com", "repository.uantwerpen.be", "m2.mtmt.hu",
    "portal.research.lu.se", "cochranelibrary.com", "journals.sagepub.com", "karger.com", "mdpi.com",
    "dovepress.com", "plos.org", "jad-journal.com", "biologicalpsychiatryjournal.com",
)
PREPRINT_HOSTS: tuple[str, ...] = ("medrxiv.org", "biorxiv.org", "researchsquare.com", "ssrn.com", "preprints.org")
REGISTRY_HOSTS: tuple[str, ...] = ("clinicaltrials.gov",)

_NCT = re.compile(r"\bNCT\d{8}\b")
_PMC = re.compile(r"\bPMC\d+\b")


def host_of(url: str) -> str:
    """The lower-case host of a URL without a leading www. (empty for a blank or unparsable one)."""
    try:
        host = urlparse(url.strip()).netloc.lower()
    except ValueError:
        return ""
    return host.split(":")[0].removeprefix("www.")


def _matches(host: str, suffixes: tuple[str, ...]) -> bool:
    return any(host == s or host.endswith("." + s) for s in suffixes)


def is_canonical(url: str | None) -> bool:
    """Whether a link is one a researcher can cite: registry record, PubMed, PMC or a DOI (one URL, no spaces)."""
    if not url or " " in url.strip() or "|" in url:
        return False
    return host_of(url) in CANONICAL_HOSTS or host_of(url) == "ncbi.nlm.nih.gov" and "/pmc/" in url.lower()


def registry_url(nct_id: str) -> str:
    """The ClinicalTrials.gov record of a registration."""
    return f"https://clinicaltrials.gov/study/{nct_id}"


def pubmed_url(pmid: str) -> str:
    """The PubMed page of an article."""
    return f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/"


def registry_results_url(nct_id: str) -> str:
    """The posted-results tab of a ClinicalTrials.gov record (where registry result values are read)."""
    return f"{registry_url(nct_id)}?tab=results"


def doi_url(doi: str) -> str:
    """The DOI resolver link of an article."""
    return f"https://doi.org/{doi}"


def pmc_url(pmcid: str, rest: str = "") -> str:
    """The PubMed Central page of an article (`rest`: a path below it, e.g. '/table/tbl2')."""
    return f"https://pmc.ncbi.nlm.nih.gov/articles/{pmcid}{rest}/"


def normalise_canonical(url: str) -> str | None:
    """A canonical form of a link that already points at a citable record (old PubMed/PMC/DOI forms), else None."""
    u = url.strip()
    host = host_of(u)
    path = urlparse(u).path
    if host == "clinicaltrials.gov":
        m = _NCT.search(u)
        if m and "/results" not in path:
            return registry_url(m.group(0))
        return u if m else None
    if host in ("pubmed.ncbi.nlm.nih.gov", "pubmed.gov", "ncbi.nlm.nih.gov") and not _PMC.search(u):
        m = re.search(r"/(?:pubmed/)?(\d{5,9})\b", path)
        return pubmed_url(m.group(1)) if m else None
    if host in ("pmc.ncbi.nlm.nih.gov", "ncbi.nlm.nih.gov"):
        m = _PMC.search(u)
        if m:
            rest = path.split(m.group(0), 1)[1].rstrip("/")
            return pmc_url(m.group(0), rest)
        return None
    if host in ("doi.org", "dx.doi.org"):
        return doi_url(path.lstrip("/")) if path.strip("/") else None
    return None


def tier_of_page(url: str | None, *, secondary: bool = False) -> str:
    """Source tier of a value read from `url`; `secondary` when the document is a review, pooled or label report."""
    host = host_of(url or "")
    if not host:
        return "press_or_aggregator"
    if _matches(host, REGISTRY_HOSTS):
        return "registry_results"
    if _matches(host, PREPRINT_HOSTS):
        return "conference_abstract"
    if _matches(host, PAPER_HOSTS):
        return "secondary_report" if secondary else "primary_paper"
    return "press_or_aggregator"
