"""Headless commands, one module per area; each has `register(subparsers, common)`."""
