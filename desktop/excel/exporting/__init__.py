"""Writing workbooks: the one .xlsx writer (exports, reports, the import's error report)
and the export of a search."""
