"""The history section of a rendered dossier: what each amendment changed, in words.
Private to :mod:`partnership_model.render`."""

from __future__ import annotations

from partnership_model._markdown import MarkdownPage, escape
from partnership_model._wording import day
from partnership_model.dossier import Dossier
from partnership_model.history import history

__all__ = ["history_section"]


def history_section(page: MarkdownPage, dossier: Dossier) -> list[str]:
    """Under the amendments, each one with the changes it made to the text before it,
    as a coordinator reads them; nothing when the convention was never amended."""
    amended = history(dossier)[1:]
    if not amended:
        return []
    blocks = [page.heading(3, "document.history")]
    for version in amended:
        amendment = version.amendment
        assert amendment is not None  # every version after the first has one  # noqa: S101
        title = page.say(
            "document.version",
            number=version.number,
            id=escape(amendment.id),
            day=day(version.effective_from),
        )
        blocks.append(f"#### {title}")
        sentences = version.changes.explain(page.language)
        said = "\n".join(f"- {escape(sentence)}" for sentence in sentences)
        blocks.append(said or page.say("document.no-change"))
    return blocks
