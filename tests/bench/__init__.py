"""The benchmark suite: every daily job beside the fastest its libraries can do on the
same data in the same run. ``make bench`` (``python -m tests.bench``) runs it and
writes docs/benchmarks.md; it is not part of ``make test``."""
