"""Write the shipped examples as JSON documents, and as rendered Markdown documents in
every language the library speaks, from the Python that builds them; the agreement to
sign of the Brussels partnership, as Markdown and as HTML for print, in every language;
and the directory of the network, a JSON document of its own.

    python tools/write_examples.py

tests/test_examples.py fails while the files differ from what this writes.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from partnership_model import (
    LANGUAGES,
    Directory,
    Dossier,
    render_agreement,
    render_markdown,
    to_json,
)

EXAMPLES = Path(__file__).parent.parent / "examples"
RENDERED = EXAMPLES / "rendered"
"""Where each example's Markdown document goes, one file per language."""
DOCUMENTS = {
    "brussels-partnership.json": ("brussels_partnership", "build_dossier"),
    "brussels-year.json": ("brussels_partnership", "build_year"),
    "collaboration.json": ("collaboration", "build_dossier"),
    "draft.json": ("draft", "build_dossier"),
    "general-assembly.json": ("general_assembly", "build_dossier"),
}
"""Each JSON document, and the example module and function that build its dossier."""
AGREEMENTS = ("brussels-partnership.json",)
"""The examples whose agreement to sign is shipped, as Markdown and HTML."""
DIRECTORIES = {"brussels_network": "brussels-network.json"}
"""Each example module that builds a directory, and the JSON document it is written to."""


def _example(module_name: str) -> Any:
    """The module ``examples/<module_name>.py``, loaded from its file."""
    spec = importlib.util.spec_from_file_location(module_name, EXAMPLES / f"{module_name}.py")
    if spec is None or spec.loader is None:  # pragma: no cover - the examples are shipped
        raise FileNotFoundError(module_name)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def built(module_name: str, function: str = "build_dossier") -> Dossier:
    """The dossier that ``function`` of ``examples/<module_name>.py`` builds."""
    dossier = getattr(_example(module_name), function)()
    if not isinstance(dossier, Dossier):  # pragma: no cover - a broken example
        raise TypeError(f"{module_name}.{function}() did not build a Dossier")
    return dossier


def built_directory(module_name: str) -> Directory:
    """The directory that ``examples/<module_name>.py`` builds."""
    directory = _example(module_name).build_directory()
    if not isinstance(directory, Directory):  # pragma: no cover - a broken example
        raise TypeError(f"{module_name}.build_directory() did not build a Directory")
    return directory


def rendered_path(name: str, language: str) -> Path:
    """Where the document of the example written to ``name`` goes in ``language``."""
    return RENDERED / f"{Path(name).stem}.{language}.md"


def agreement_path(name: str, language: str, suffix: str) -> Path:
    """Where the agreement of the example written to ``name`` goes, as ``suffix``."""
    return RENDERED / f"{Path(name).stem}.agreement.{language}.{suffix}"


def _ending_in_newline(text: str) -> str:
    # As `partnership-model render` writes it, so that the two can be compared.
    return text if text.endswith("\n") else f"{text}\n"


def documents() -> dict[Path, str]:
    """Each file's path and the text it must hold: the JSON documents, then the
    Markdown documents of every example in every language."""
    dossiers = {name: built(*maker) for name, maker in DOCUMENTS.items()}
    written = {
        EXAMPLES / name: to_json(dossier, pretty=True) + "\n" for name, dossier in dossiers.items()
    }
    for module, name in DIRECTORIES.items():
        written[EXAMPLES / name] = to_json(built_directory(module), pretty=True) + "\n"
    for name, dossier in dossiers.items():
        for language in LANGUAGES:
            written[rendered_path(name, language)] = _ending_in_newline(
                render_markdown(dossier, language=language)
            )
    for name in AGREEMENTS:
        for language in LANGUAGES:
            agreement = render_agreement(dossiers[name], language=language)
            written[agreement_path(name, language, "md")] = _ending_in_newline(agreement)
            page = render_agreement(dossiers[name], language=language, format="html")
            written[agreement_path(name, language, "html")] = _ending_in_newline(page)
    return written


if __name__ == "__main__":
    RENDERED.mkdir(exist_ok=True)
    for path, text in documents().items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
