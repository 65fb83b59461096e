import sys

from crossbrief.cli import main

sys.exit(main())
