"""``python -m tui.cli``: the ``dateline`` command (what ``dateline serve`` runs for each browser)."""

import sys

from . import main

sys.exit(main())
