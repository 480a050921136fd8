"""Write the JSON Schemas of the documents into docs/schema/ and into the package
(src/partnership_model/schemas/, where editors find them), from the model itself.

    python tools/write_schema.py

tests/test_docs.py fails while the files differ from what this writes.
"""

from __future__ import annotations

import json
from pathlib import Path

from partnership_model import Convention, Directory, Dossier, json_schema
from partnership_model.serialization import FORMAT_VERSION

SCHEMAS = Path(__file__).parent.parent / "docs" / "schema"
SHIPPED = Path(__file__).parent.parent / "src" / "partnership_model" / "schemas"
"""The same schemas, shipped in the package for editors (``"$schema"``, ``schema_path``)."""


def schemas() -> dict[Path, str]:
    """Each schema file's path and the text it must hold, in the docs and in the package."""
    written = {}
    for kind in (Dossier, Convention, Directory):
        text = json.dumps(json_schema(kind), indent=2, ensure_ascii=False) + "\n"
        name = f"{kind.__name__.lower()}-{FORMAT_VERSION}.schema.json"
        written[SCHEMAS / name] = text
        written[SHIPPED / name] = text
    return written


if __name__ == "__main__":
    SCHEMAS.mkdir(parents=True, exist_ok=True)
    SHIPPED.mkdir(parents=True, exist_ok=True)
    for path, text in schemas().items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
