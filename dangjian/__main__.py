"""Run the CLI as ``python -m dangjian``."""
from dangjian.cli import main

main()
