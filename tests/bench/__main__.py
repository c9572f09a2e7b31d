"""``python -m tests.bench``: see tests/bench/suite.py."""

import sys

from tests.bench.suite import main

sys.exit(main())
