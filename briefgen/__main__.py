"""``python -m briefgen`` works exactly like the ``briefgen`` command."""
from briefgen.cli import main

if __name__ == "__main__":
    main()
