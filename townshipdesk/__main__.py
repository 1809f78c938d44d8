from townshipdesk.app import main

raise SystemExit(main())
