"""How to break each built-in rule, starting from a complete dossier.

Private to :mod:`partnership_model.testing.strategies`. Every rule of the catalogue has a
:class:`Break`: the smallest change to a complete dossier that makes that rule find
something, and keeps every other rule quiet, except the few codes a break cannot help
bringing along (removing every contribution leaves the needs uncovered); those it names.

A break either rewrites parts of the dossier or adds items to them. Two breaks go
together when neither rewrites a part the other touches; adding to the same part is
fine (two new faulty decision rules sit side by side). A test applies every break alone
and in combinations, and checks that validation finds exactly the codes it names.

The breaks mirror :mod:`partnership_model._rules`: one step module per rule module, and
``_base`` for what several share. To break a new rule, write one function in the step
module named like the rule's module, decorated with that module's registry::

    @breaks("plan.steps.example", rewrites={"timeline"}, reads={"period"})
    def _example(
        draw: st.DrawFn, dossier: Dossier, situation: Situation
    ) -> tuple[Dossier, frozenset[str]]:
        return changed_dossier, NOTHING  # or the codes it cannot help bringing along

``rewrites``, ``adds`` and ``reads`` name the parts of the dossier it touches, which
:func:`compatible` compares; registering a break in another module than its rule's
fails at import. A helper only that module uses stays there; one several step modules
use goes to ``_base``, under a public name. Nothing else is needed: :data:`BREAKS`
joins the step modules' registries in the methodology's order, each in the order its
module registers them. The strategies draw breaks by their position there: moving a
break from one place to another changes what they draw.
"""

from __future__ import annotations

from partnership_model.testing._breaks import (
    clarify,
    consortium,
    crosscutting,
    define,
    evaluate,
    integrity,
    minutes,
    plan,
)
from partnership_model.testing._breaks._base import (
    EVERYTHING,
    Break,
    Situation,
    compatible,
    fresh,
    joined,
)

__all__ = ["BREAKS", "EVERYTHING", "Break", "Situation", "compatible"]

_fresh = fresh
"""An id none of those taken is: the tests reach it here under its former name."""

BREAKS: dict[str, Break] = joined(
    define.breaks,
    clarify.breaks,
    plan.breaks,
    evaluate.breaks,
    crosscutting.breaks,
    minutes.breaks,
    integrity.breaks,
    consortium.breaks,
)
"""Every rule's break by its code, step module by step module in the methodology's order."""
