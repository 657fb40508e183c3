"""Study design: what the abstract calls itself, the first design rule that fires, and defaults when none does."""

from __future__ import annotations

import re

from evidence import vocab
from evidence.extract import drugs as study_drugs
from evidence.extract import lexicon
from evidence.extract.design_own import counted_placebo_arm, own_placebo_comparison, placebo_arm_result, results_told
from evidence.extract.design_sentences import about_this_design, design_words_of_this_study
from evidence.extract.layout import protocol_layout
from evidence.extract.rules.allocation import (
    CHANCE_OTHER_LANGUAGE_RE,
    GIVEN_DRUG_OR_PLACEBO_RE,
    GROUP_GIVEN_RE,
    NONRANDOM_ALLOCATION_RE,
    SINGLE_GROUP_RE,
)
from evidence.extract.rules.design_arms import BLINDED_OR_CONTROLLED_RE, PHASE_ONE_AIM_RE
from evidence.extract.rules.design_cues import (
    CASE_TOLD_RE,
    CASES_COUNTED_TOLD_RE,
    DISCUSSES_TOPIC_RE,
    ONE_PERSON_AGE_RE,
    OWN_STUDY_RE,
    RECORDS_REVIEWED_RE,
    REVIEW_OF_REVIEWS_RE,
)
from evidence.extract.rules.design_defaults import (
    ABSENT_ARM_BEFORE_RE,
    ANIMAL_RE,
    ASSIGNED_TO_GROUP_RE,
    CARE_GIVEN_RE,
    EXPOSURE_RESPONSE_AIM_RE,
    GROUPED_BY_TRAIT_RE,
    HEALTHY_SAMPLE_RE,
    HUMAN_RE,
    INERT_CONTROL_GIVEN_RE,
    KINETIC_MEASURE_RE,
    OWN_DRUG_USE_RE,
    OWN_PEOPLE_TREATED_RE,
    PATIENT_OUTCOME_RE,
    PATIENT_SAMPLE_RE,
    PEOPLE_DATA_READ_RE,
    STUDY_ALLOCATION_RE,
    STUDY_COUNT_RE,
    TREATED_PATIENTS_RE,
    TREATMENT_GROUP_WORD_RE,
)
from evidence.extract.rules.design_names import without_design_names
from evidence.extract.rules.design_reviews import FIELD_SPEECH_RE, INCLUDED_STUDIES_RE
from evidence.extract.rules.design_secondary import (
    CONTROL_ARM_RE,
    CONTROLLED_TRIAL_SOURCE_RE,
    CROSSOVER_SOURCE_RE,
    NARRATIVE_REVIEW_RE,
    NOT_TRIAL_REANALYSIS_RE,
    OWN_POST_HOC_RE,
    PHASE_TRIAL_SOURCE_RE,
    PLACEBO_ARM_COMPARED_RE,
    REANALYSIS_RE,
    SYSTEMATIC_NAMED_RE,
)
from evidence.extract.rules.design_self import LETTER_RE, REPORT_OF_CARE_RE, SELF_STUDY_RE
from evidence.extract.rules.sample_cases import SINGLE_CASE_RE
from evidence.extract.self_design import declared_design, reconcile
from evidence.extract.text import Sentence

_DESIGN_RES = [(d, re.compile(rx, re.IGNORECASE)) for d, rx in lexicon.DESIGN_RULES]
_TRIAL_DESIGNS = ("rct", "crossover_rct", "non_randomized", "open_label")
# a literature review named as one step of a study that counts its own people ("through ... and literature review")
_REVIEW_AS_STEP = re.compile(r"\b(?:and|through|by|via|with|plus)\s+(?:a\s+)?$", re.IGNORECASE)
# allocation by chance (not "non-randomized", "not randomized")
_CHANCE_ALLOCATION = re.compile(r"(?<!non-)(?<!non)(?<!non\s)(?<!not\s)\brandomi[sz]|\brandomly\b", re.IGNORECASE)


def find_design(text: str, n: int | None = None, sentences: list[Sentence] | None = None) -> tuple[str, str]:
    """(design, confidence): the first design rule that fires; small uncontrolled reports are case series."""
    whole = text
    text = without_design_names(text)
    if sentences:
        text = " ".join(design_words_of_this_study(s) for s in sentences if about_this_design(s)) or text
    structured = bool(sentences) and any(s.section in ("methods", "results") for s in sentences or [])
    declared = declared_design(sentences) if sentences else None
    # the whole sentences (a trial named in the plural stays: "data from two randomized studies were pooled")
    own = " ".join(s.text for s in sentences if about_this_design(s)) if sentences else whole
    design, confidence = _design_from_rules(text, n, structured, declared, own)
    if design == "protocol" and sentences and results_told(sentences):
        # "to assess feasibility of the proposed trial protocol" over a Results section that counts what happened
        # ("175 referrals were screened, 68% were recruited"): a finished study, not the protocol of one
        design, confidence = _design_from_rules(text, n, structured, declared, own, skip="protocol")
    design = reconcile(declared, design)
    if design == "observational" and declared is None and counted_placebo_arm(text):
        # "24 for normal saline" beside a genome-wide association or a registry: people the study itself gave a
        # placebo, so its data come from a controlled trial, not from care observed
        design = "rct"
    if design == "systematic_review" and NARRATIVE_REVIEW_RE.search(text) and not SYSTEMATIC_NAMED_RE.search(text):
        design = "review"  # "a narrative review ... using PubMed": the search does not make it systematic
    if design == "open_label" and declared is None and ONE_PERSON_AGE_RE.search(text):
        design = "case_series"  # "In an open label trial, a 55-year-old male patient ...": one person's care told
    if design in ("open_label", "non_randomized", "observational") and CASES_COUNTED_TOLD_RE.search(text):
        design = "case_series"  # "we report 5 TRD cases that received six open-label infusions": cases told
    if design == "protocol" and SINGLE_CASE_RE.search(re.sub(r"(?i)case\s+report\s+forms?", " ", text)):
        design = "case_series"  # one case told ("We report a case of a man ... under a protocol for"): never a protocol
    if design not in vocab.SECONDARY_DESIGNS and n is None and INCLUDED_STUDIES_RE.search(whole):
        # "Two studies met the inclusion criteria" and no people counted: the trials named are the ones it selected
        design = "meta_analysis" if lexicon.POOLING_EVIDENCE_RE.search(text) else "systematic_review"
    if design in vocab.SECONDARY_DESIGNS and REVIEW_OF_REVIEWS_RE.search(text):
        design = "systematic_review"  # an overview of reviews: the meta-analyses it names are what it appraises
    if design == "open_label" and NONRANDOM_ALLOCATION_RE.search(text) and not _CHANCE_ALLOCATION.search(text):
        design = "non_randomized"  # an "open-label trial" whose arms patients or clinicians chose
    elif design == "non_randomized" and SINGLE_GROUP_RE.search(text) and not NONRANDOM_ALLOCATION_RE.search(text):
        design = "open_label"  # "a non-randomized, single-arm study": one group, nothing compared
    if design not in vocab.SECONDARY_DESIGNS and design != "case_series" and protocol_layout(whole):
        return "protocol", "uncertain"  # Methods and Discussion headings, no Results: a study still to be run
    if LETTER_RE.match(whole) and declared is None and design in vocab.SECONDARY_DESIGNS:
        return "other", "uncertain"  # a letter is never a review itself: the review it names is the one it answers
    if design == "review" and declared is None and n is not None and OWN_PEOPLE_TREATED_RE.search(text):
        # "a review of existing protocols" as one step of a study that counts the people it treated: a primary study
        design, confidence = _without_design_word(text, n, structured)
    discusses = DISCUSSES_TOPIC_RE.search(text) and not ANIMAL_RE.search(whole)
    if design == "other" and n is None and (_field_overview(whole, sentences) or discusses):
        return "review", "uncertain"  # statements about the field and no study of its own: a narrative review
    kinetics = lexicon.PHARMACOLOGY_AIM_RE.search(text) and not lexicon.CLINICAL_OUTCOME_RE.search(text)
    if design not in vocab.SECONDARY_DESIGNS and design != "protocol" and kinetics:
        return "other", "uncertain"  # a kinetics or binding study, randomized or not: pharmacology
    if design in _TRIAL_DESIGNS and any(EXPOSURE_RESPONSE_AIM_RE.search(s) for s in re.split(r"(?<=\.)\s", text)):
        return "other", "uncertain"  # a secondary analysis of the drug's levels against response: pharmacology
    if design in _TRIAL_DESIGNS and HEALTHY_SAMPLE_RE.search(text) and not PATIENT_SAMPLE_RE.search(text) and not (
        design in ("rct", "crossover_rct") and confidence == "auto" and BLINDED_OR_CONTROLLED_RE.search(text)
        and not PHASE_ONE_AIM_RE.search(text)
    ):
        # the drug given to healthy people, no patients: a pharmacology or model study - unless the abstract names
        # its blinded or placebo-controlled randomized design ("In a randomised, placebo-controlled study, 53 healthy
        # participants"): an experiment whose design is the trial's (not a phase 1, kinetics or tolerability study)
        return "other", "uncertain"
    if design not in vocab.SECONDARY_DESIGNS and ANIMAL_RE.search(whole) and not HUMAN_RE.search(whole):
        return "other", "uncertain"  # an animal or cell experiment, randomized or not: pharmacology
    return design, confidence




def _design_from_rules(
    text: str, n: int | None, structured: bool = False, declared: str | None = None, own: str | None = None,
    skip: str | None = None,
) -> tuple[str, str]:
    for design, rx in _DESIGN_RES:
        m = rx.search(text)
        if not m or design == skip:
            continue
        if design == "meta_analysis" and lexicon.NEGATED_META.search(text):
            continue
        if design == "review" and CASE_TOLD_RE.search(text):
            return "case_series", "uncertain"  # a case report with "a review of the literature"
        if design == "review" and n is not None and _REVIEW_AS_STEP.search(text[max(0, m.start() - 20) : m.start()]):
            continue  # "Through bioinformatics analysis and literature review, 39 drugs were screened": one step
        if design == "systematic_review" and lexicon.POOLING_EVIDENCE_RE.search(text):
            if not lexicon.NEGATED_META.search(text):
                return "meta_analysis", "uncertain"  # a review that reports what only pooling gives
        if (
            design == "observational" and n is not None and n <= 20 and declared != "observational"
            and not re.search(r"cohort|observational\s+(?:study|design)|interviews?|qualitative|focus\s+groups?"
                              r"|thematic|survey", text, re.I)
            and not RECORDS_REVIEWED_RE.search(text)
        ):
            return "case_series", "uncertain"
        return design, "auto"
    return _without_design_word(text, n, structured, own)


def _without_design_word(text: str, n: int | None, structured: bool, own: str | None = None) -> tuple[str, str]:
    """The design of a study that names none: what its sample, treatment and outcomes tell (the most likely kind)."""
    if reanalysed := _reanalysed_trial_design(own or text):
        return reanalysed, "uncertain"  # data of controlled trials analysed again: the design of those trials
    if _groups_given(text) and not (lexicon.RANDOMIZED_WORD_RE.search(text) or CHANCE_OTHER_LANGUAGE_RE.search(text)):
        return "non_randomized", "uncertain"  # "Group P received propofol and group K ketofol": arms, not by chance
    if lexicon.NONRANDOM_GROUPS_RE.search(text) and not lexicon.RANDOMIZED_WORD_RE.search(text):
        if INERT_CONTROL_GIVEN_RE.search(text):
            return "non_randomized", "uncertain"  # groups the study gave its treatments, one an inert control
        return "observational", "uncertain"  # groups by the treatment they had, compared
    if lexicon.NON_CLINICAL_SAMPLE_RE.search(text) and not _patients_beside_controls(text):
        return "other", "uncertain"  # animals or healthy volunteers, not randomized: pharmacology, not cases
    if KINETIC_MEASURE_RE.search(text) and not lexicon.CLINICAL_OUTCOME_RE.search(text):
        return "other", "uncertain"  # drug levels measured, no clinical effect: a kinetics study, not cases
    if _own_drug_use(text) and not _study_allocation(text) and not lexicon.RANDOMIZED_WORD_RE.search(text):
        return "observational", "uncertain"  # people's own (mis)use of the drug, observed: nobody given it by the study
    if lexicon.POOLING_EVIDENCE_RE.search(text) and STUDY_COUNT_RE.search(text):
        return "meta_analysis", "uncertain"  # studies counted and pooled (I2, a ratio with its interval)
    post_hoc = OWN_POST_HOC_RE.search(text) and not NOT_TRIAL_REANALYSIS_RE.search(text)
    if post_hoc and PLACEBO_ARM_COMPARED_RE.search(text):
        return "rct", "uncertain"  # a post hoc analysis comparing the drug's arm with placebo: the trial's design
    if _study_allocation(text) or (n is not None and own_placebo_comparison(text)) or placebo_arm_result(text) or (
        GIVEN_DRUG_OR_PLACEBO_RE.search(text) or counted_placebo_arm(text)
    ):
        # people assigned by the study to its arms (a placebo arm, "assigned to the X group"), or its arm compared with
        # placebo (a post hoc analysis of placebo-controlled trials takes their design); with no count of its sample
        # (a fragment of a results section), the placebo arm's own result ("2/14 in placebo", "placebo-treated
        # patients") shows the arm
        return "rct", "uncertain"
    if (n is None or n > 5) and CARE_GIVEN_RE.search(text) and not lexicon.RANDOMIZED_WORD_RE.search(text):
        # the drug given as the care a procedure needed (sedation for a repair), not assigned by a study plan: the
        # study observes that care
        return "observational", "uncertain"
    if PEOPLE_DATA_READ_RE.search(text) and not re.search(r"\bprospective(?:ly)?\b", text, re.IGNORECASE):
        return "observational", "uncertain"  # the data of people treated before, read afterwards
    if n is not None and n >= 6 and lexicon.PROSPECTIVE_PROTOCOL_RE.search(text):
        # patients given a defined treatment schedule with defined outcomes: a single-group study
        return "open_label", "uncertain"
    if n is not None and 10 <= n <= 60 and (
        structured or (SELF_STUDY_RE.search(text) and not REPORT_OF_CARE_RE.search(text))
    ):
        # ten or more patients reported under Methods and Results headings, or by an abstract that calls itself a
        # study ("The study comprised 25 patients"), no design word: a planned single-group study (a report of cases
        # is a letter or a case report, and a look back at records says so)
        return "open_label", "uncertain"
    if n is not None and n <= 30:
        return "case_series", "uncertain"
    if n is not None and n <= 60 and PATIENT_OUTCOME_RE.search(text) and TREATED_PATIENTS_RE.search(text):
        # 31 to 60 patients treated and their outcomes told, no design word and no sign of routine care: a planned
        # single-group study (as under Methods and Results headings above), not "other"
        return "open_label", "uncertain"
    if (n is None or n > 60) and PATIENT_OUTCOME_RE.search(text) and TREATED_PATIENTS_RE.search(text):
        # patients' treatment and outcomes told, with no design word and no count (or more patients than a single
        # trial site treats on a plan): a report of routine care
        return "observational", "uncertain"
    if n is not None and n > 60 and HUMAN_RE.search(text):
        # more patients than a single-group trial treats, and no design word: most often a study of routine care
        return "observational", "uncertain"
    return "other", "uncertain"


def _reanalysed_trial_design(text: str) -> str | None:
    """The design of the controlled trials whose data a sentence says this study analyses again ("Data from two
    randomized, active-controlled studies were pooled"), None when no sentence does or the text searches literature
    or re-analyses open or routine care."""
    if NOT_TRIAL_REANALYSIS_RE.search(text):
        return None
    for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text):
        controlled = CONTROLLED_TRIAL_SOURCE_RE.search(s) or (
            PHASE_TRIAL_SOURCE_RE.search(s) and CONTROL_ARM_RE.search(text)
        )
        if REANALYSIS_RE.search(s) and controlled:
            return "crossover_rct" if CROSSOVER_SOURCE_RE.search(s) else "rct"
    return None


def _groups_given(text: str) -> bool:
    """Two or more groups, each named by its label, that the study gave a treatment ("Group A received ...; group B
    received ...")."""
    labels = {next(g for g in m.groups() if g) for m in GROUP_GIVEN_RE.finditer(text)}
    return len(labels) >= 2


def _patients_beside_controls(text: str) -> bool:
    """Healthy controls measured beside treated patients ('47 TRD patients and 32 healthy controls performed an fMRI
    task'): a clinical sample with an untreated reference group, not a volunteer or animal study."""
    found = [m.group(0) for m in lexicon.NON_CLINICAL_SAMPLE_RE.finditer(text)]
    return bool(found) and all(w.lower().endswith("controls") for w in found) and bool(
        PATIENT_SAMPLE_RE.search(text) and TREATED_PATIENTS_RE.search(text)
    )


def _study_allocation(text: str) -> bool:
    """People put into the study's arms, not an arm the study says it lacked ("lack of a placebo group"), nor people
    sorted into groups by a measure they had at baseline ("assigned to the higher BMI group")."""
    by_trait = bool(GROUPED_BY_TRAIT_RE.search(text))
    return any(
        not ABSENT_ARM_BEFORE_RE.search(text[max(0, m.start() - 40) : m.start()])
        and not (by_trait and ASSIGNED_TO_GROUP_RE.match(m.group(0)) and not TREATMENT_GROUP_WORD_RE.search(m.group(0)))
        for m in STUDY_ALLOCATION_RE.finditer(text)
    )




def _own_drug_use(text: str) -> bool:
    """The people studied use the drug on their own ("ketamine abusers", "nonmedical ketamine use"), not a history of
    it that excludes them from a treatment study ("no history of ketamine abuse", "ketamine misuse was excluded")."""
    return any(
        not re.search(r"\b(?:history\s+of|excluded|exclusion|exclude|without|no|free\s+of|denied|except)\b[^.;]{0,40}$",
                      text[max(0, m.start() - 60) : m.start()], re.IGNORECASE)
        and not re.match(r"[^.;]{0,40}\b(?:were|was)\s+excluded\b", text[m.end() : m.end() + 50], re.IGNORECASE)
        for m in OWN_DRUG_USE_RE.finditer(text)
    )






def _field_overview(text: str, sentences: list[Sentence] | None) -> bool:
    """Several sentences about the studied drug and none about a study, people or results of its own (the whole
    text, headings included: "Results:" is a study's own)."""
    return (
        # (the authors' opinion or overview in the first person is not a study of their own)
        sentences is not None and len(sentences) >= 3 and not OWN_STUDY_RE.search(FIELD_SPEECH_RE.sub(" ", text))
        and any(rx.search(text) for _, rx in study_drugs.compiled(study_drugs.active()))
    )
