"""The bundled executable's entry point: the `influencer-desk` console script."""

import multiprocessing
import sys

from desktop.cli import main

if __name__ == "__main__":
    # A large import writes from a second ("spawn") process started from this executable
    # (desktop/excel/importing/sinks.py); in a bundle, this is where that process takes over.
    multiprocessing.freeze_support()
    sys.exit(main())
