"""Benchmarks, run on demand (not by pytest): ``python -m benchmarks [--quick]``.

``extract_bench`` times extraction and ingest over a synthetic corpus; ``viz_bench`` the
HTML view. Results are recorded in docs/benchmarks.md.
"""
