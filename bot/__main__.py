"""``python -m bot`` is ``article-bot``."""

import sys

from .cli import main

sys.exit(main())
