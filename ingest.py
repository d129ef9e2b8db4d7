"""Index the documents in knowledge/ (or --source DIR): `python ingest.py [--source DIR] [--index-dir DIR] [--reset]`."""

import sys

from assistant.cli import ingest_main

if __name__ == "__main__":
    sys.exit(ingest_main())
