"""Benchmark scripts (not tests): run them by hand, e.g. ``python -m benchmarks.web_bench``."""
