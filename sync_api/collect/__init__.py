"""The office collects as one: shared runs, batch leases and one pace per platform."""
