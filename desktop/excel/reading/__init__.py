"""Reading one sheet of a workbook or a CSV file, for the import and the reports alike:
the file checked before parsing, then cells, formula results and hyperlinks."""
