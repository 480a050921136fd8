"""Write the shipped examples as JSON documents, from the Python that builds them.

    python tools/write_examples.py

tests/test_examples.py fails while the JSON files differ from what this writes.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from partnership_model import Dossier, to_json

EXAMPLES = Path(__file__).parent.parent / "examples"
DOCUMENTS = {
    "brussels_partnership": "brussels-partnership.json",
    "draft": "draft.json",
}
"""Each example module, and the JSON document it is written to."""


def built(module_name: str) -> Dossier:
    """The dossier that ``examples/<module_name>.py`` builds."""
    spec = importlib.util.spec_from_file_location(module_name, EXAMPLES / f"{module_name}.py")
    if spec is None or spec.loader is None:  # pragma: no cover - the examples are shipped
        raise FileNotFoundError(module_name)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    dossier = module.build_dossier()
    if not isinstance(dossier, Dossier):  # pragma: no cover - a broken example
        raise TypeError(f"{module_name}.build_dossier() did not build a Dossier")
    return dossier


def documents() -> dict[Path, str]:
    """Each JSON file's path and the text it must hold."""
    return {
        EXAMPLES / name: to_json(built(module), pretty=True) + "\n"
        for module, name in DOCUMENTS.items()
    }


if __name__ == "__main__":
    for path, text in documents().items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
