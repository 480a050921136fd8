"""Sphinx configuration of the documentation site: MyST Markdown pages, the furo theme.

Build it as CI does, every warning an error:
``python -m sphinx -W --keep-going -b html docs docs/_build/html``.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

import attrs
from pygments.lexers.special import TextLexer
from sphinx.application import Sphinx

import partnership_model

project = "partnership-model"
author = "partnership-model contributors"
copyright = "partnership-model contributors"
version = release = partnership_model.__version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]

# MyST: ::: fences for directives, definition lists, and anchors on headings up to ###
# so that pages can link to one another's sections.
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# Every code block names its language; a block without one is plain text, never guessed.
highlight_language = "none"

# The API page documents each public name once, where `partnership_model` exports it:
# every field of a model type (documented or not), enumeration members with their codes.
autodoc_default_options = {"members": True, "undoc-members": True, "member-order": "bysource"}
autodoc_typehints = "signature"
autodoc_type_aliases = {"JsonValue": "partnership_model.JsonValue"}


def _default(field: attrs.Attribute[Any]) -> str:
    if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]  # attrs' own class
        return f"{field.name}=<factory>"
    if isinstance(field.default, Mapping):
        return f"{field.name}={dict(field.default)!r}"
    if isinstance(field.default, Enum):
        return f"{field.name}={type(field.default).__name__}.{field.default.name}"
    return f"{field.name}={field.default!r}"


def _attrs_signature(  # noqa: PLR0917  # Sphinx passes the seven arguments by position
    app: Sphinx,
    what: str,
    name: str,
    obj: object,
    options: object,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str | None, str | None]:
    """An attrs class's signature as people call it: its fields and their defaults.

    The types are in the list of fields below it; the generated ``__init__`` would show
    them a second time, and a default made anew for each object as ``NOTHING``.
    """
    if what != "class" or not (isinstance(obj, type) and attrs.has(obj)):
        return signature, return_annotation
    positional, keyword = [], []
    for field in attrs.fields(obj):
        if field.init:
            shown = field.name if field.default is attrs.NOTHING else _default(field)
            (keyword if field.kw_only else positional).append(shown)
    parameters = [*positional, *(["*", *keyword] if keyword else [])]
    return f"({', '.join(parameters)})", None


def setup(app: Sphinx) -> None:
    app.connect("autodoc-process-signature", _attrs_signature)
    # The documents render_markdown writes carry Mermaid charts, which the site shows
    # as text: Pygments has no Mermaid lexer, and an unknown one is a warning.
    app.add_lexer("mermaid", TextLexer)


html_theme = "furo"
html_title = f"partnership-model {release}"
