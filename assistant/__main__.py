"""`python -m assistant ask|retrieve …`"""

import sys

from assistant.cli import main

sys.exit(main())
