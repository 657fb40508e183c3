"""`python -m evidence`: the command-line interface."""

from evidence.cli import main

raise SystemExit(main())
