"""A starting dossier: the least a new convention needs before the methodology's steps.

:func:`starting_dossier` gives an application (or ``partnership-model new``) a dossier
to fill in: the declared form, a name, the language and two placeholder partners in
the places that form gives them. Nothing else is invented: what remains to be written
is for :func:`~partnership_model.validate` to list, step by step.
"""

from __future__ import annotations

from partnership_model.convention import Convention, Form
from partnership_model.dossier import Dossier
from partnership_model.errors import InvalidValueError
from partnership_model.i18n import resolve_language, translate
from partnership_model.partners import Partner

__all__ = ["starting_dossier"]

_FIRST, _SECOND = "partner-1", "partner-2"


def starting_dossier(
    form: Form = Form.PARTNERSHIP, *, language: str = "fr", name: str | None = None
) -> Dossier:
    """A new dossier whose convention has ``form``, a name and two placeholder partners.

    A partnership gets two carriers; a collaboration an owner (the first partner) and a
    contributor. ``language`` is the convention's BCP 47 tag (``"nl-BE"``); the name,
    when not given, and the partners' placeholder names are in that language. Raises
    :class:`~partnership_model.UnsupportedLanguageError` for a language the library
    does not speak and :class:`~partnership_model.InvalidValueError` for anything
    that is not a :class:`~partnership_model.Form`.
    """
    if not isinstance(form, Form):
        raise InvalidValueError("starting_dossier(form)", form, "expected a Form")
    speaks = resolve_language(language)
    partners = tuple(
        Partner(id=id_, name=translate("starter.partner", speaks, number=number))
        for number, id_ in enumerate((_FIRST, _SECOND), start=1)
    )
    convention = Convention(
        name=translate("starter.name", speaks) if name is None else name,
        language=language,
        form=form,
        partners=partners,
        carriers=(_FIRST, _SECOND) if form is Form.PARTNERSHIP else (),
        owner=_FIRST if form is Form.COLLABORATION else None,
    )
    return Dossier(convention=convention)
