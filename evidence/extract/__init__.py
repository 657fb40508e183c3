"""Extraction of route, drug, population, design, N, efficacy, onset and adverse events (pure functions)."""
