from buurtdesk.core.cli import main

main()
