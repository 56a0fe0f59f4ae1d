import sys

from sync_api.cli import main

sys.exit(main())
