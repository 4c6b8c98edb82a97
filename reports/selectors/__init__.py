"""Reads of the monthly quality report, one module per section; every figure is aggregated in SQL."""
