"""Extraction rules by field (word lists and patterns); read them through evidence.extract.lexicon."""
