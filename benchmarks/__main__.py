"""``python -m benchmarks [--quick]``: the extraction and ingest benchmark (benchmarks/extract_bench.py)."""

from benchmarks.extract_bench import main

raise SystemExit(main())
