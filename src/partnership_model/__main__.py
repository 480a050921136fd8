"""``python -m partnership_model``: the command line."""

from partnership_model.cli import main_exit

if __name__ == "__main__":
    main_exit()
