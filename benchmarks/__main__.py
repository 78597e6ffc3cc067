"""``python -m benchmarks [--quick]``: extraction, loading and questions (benchmarks/suite.py)."""

from benchmarks.suite import main

raise SystemExit(main())
