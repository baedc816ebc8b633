import sys

from diag_app.cli import main

sys.exit(main())
