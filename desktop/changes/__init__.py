"""Changes made in bulk and taken back: undo of imports and merges, duplicates and merging
people, the change history (issue 20, docs/history.md). Services: no Qt."""
