"""A stand-in for the two external platforms (see docs/platform-contract.md).

Used by demo mode, tests and benchmarks; product code never imports it.
"""
