"""The console program of the bundle, ``buurtdesk``: the command line (and the window)."""

from buurtdesk.cli.main import main

if __name__ == "__main__":
    main()
