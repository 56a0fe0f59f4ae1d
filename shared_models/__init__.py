"""What the desktop and the sync service must agree on: wire schemas, the platform registry
and URL recognition, and the normalisation of names, phones, emails and handles.

No Qt, no database, no HTTP here: both sides import this package, nothing is defined twice.
"""
