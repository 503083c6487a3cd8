from casusprep.cli import main

raise SystemExit(main())
