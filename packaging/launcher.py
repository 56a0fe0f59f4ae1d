"""The bundled executable's entry point: the `influencer-desk` console script."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
