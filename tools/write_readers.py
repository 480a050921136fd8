"""Write the fast reading of every model class into src/partnership_model/_readers.py.

    python tools/write_readers.py

Python compiles the module once and caches its bytecode, so that a process's first
reading does not generate and compile the functions again. tests/test_converter.py
fails while the file differs from what this writes.
"""

from __future__ import annotations

from pathlib import Path

from partnership_model._fast import MODEL_MODULES, model_classes, readers_source

READERS = Path(__file__).parent.parent / "src" / "partnership_model" / "_readers.py"


def source() -> str:
    return readers_source(model_classes(MODEL_MODULES))


if __name__ == "__main__":
    READERS.write_text(source(), encoding="utf-8")
    print(f"wrote {READERS}")
