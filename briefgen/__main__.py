"""``python -m briefgen`` works exactly like the ``briefgen`` command."""
from .cli import main

if __name__ == "__main__":
    main()
