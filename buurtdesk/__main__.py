from buurtdesk.cli.main import main

main()
