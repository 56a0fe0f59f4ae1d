"""The one import pipeline: header row, column mapping, validation, plan and the writes
it hands the store."""
