"""``python -m armru``: the same as the ``armru`` command."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
