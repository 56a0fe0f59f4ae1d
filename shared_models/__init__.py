"""What the desktop and the sync service must agree on: wire schemas, the platform registry
and URL recognition, the normalisation of names, phones, emails and handles, every field's
rule (`rules.py`, used by the record models in `records.py`) and the natural keys
(`keys.py`).

No Qt, no database, no HTTP here: both sides import this package, nothing is defined twice.
"""
