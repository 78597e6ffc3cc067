"""Benchmarks, run on demand (not by pytest): ``python -m benchmarks [--quick]``.

``suite`` runs, over one synthetic corpus, ``extract_bench`` (extraction, one core and worker
processes), ``store_bench`` (write paths, the embedded store's ingest rate, ``kg ingest`` as a
command) and ``query_bench`` (the saved questions against rdflib); ``viz_bench`` times the
HTML view on its own. Results are recorded in docs/benchmarks.md.
"""
