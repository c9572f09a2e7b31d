"""``python -m secretariat`` does what the ``secretariat`` command does."""

import sys

from secretariat.cli import main

sys.exit(main())
