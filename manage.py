#!/usr/bin/env python
from complaintdesk.cli import main

if __name__ == "__main__":
    main()
