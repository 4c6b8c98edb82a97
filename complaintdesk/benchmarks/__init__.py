"""The performance benchmark of issue 2: queue and complaint pages, timed in-process with query counts."""
