"""Reproducible benchmarks; `python3 dev.py bench [NAME ...] [--quick]`.

Each `benchmarks/bench_<name>.py` has `def run(quick: bool) -> str` that measures the
product against a named baseline in the same run and returns a Markdown section (a table
with ratios, not only absolute times). The runner puts each section into
`benchmarks/RESULTS.md` between `<!-- bench:NAME -->` markers, stamped with the machine and
date, leaving the other sections as they were.
"""
