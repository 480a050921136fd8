"""Text for people: a short summary of a convention or dossier in French, English or Dutch."""

from __future__ import annotations

from partnership_model.classification import classify
from partnership_model.convention import Convention
from partnership_model.dossier import Dossier
from partnership_model.i18n import resolve_language, translate
from partnership_model.money import totals_by_currency
from partnership_model.roles import RoleKind

__all__ = ["summarize"]


def _line(key: str, language: str, value: object) -> str:
    return f"{translate(key, language)}{translate('summary.separator', language)}{value}"


def summarize(target: Dossier | Convention, language: str = "fr") -> str:
    """A few lines saying what the convention is, who is in it and how far it has got.

    Labels are in ``language``; what the partners wrote stays as they wrote it.
    """
    language = resolve_language(language)
    dossier = target if isinstance(target, Dossier) else None
    convention = target.convention if isinstance(target, Dossier) else target
    none = translate("summary.none", language)
    separator = translate("summary.separator", language)
    classification = classify(convention)
    declared = convention.form.label(language) if convention.form else none
    found = classification.form.label(language) if classification.form else none
    partners = (
        ", ".join(f"{p.name} ({p.kind.label(language)})" for p in convention.partners) or none
    )
    names = {p.id: p.name for p in convention.partners}
    coordinators = [
        names.get(holder, holder)
        for role in convention.roles
        if role.kind is RoleKind.COORDINATOR
        for holder in role.holders
    ]
    period = convention.period
    span = (
        f"{period.start.isoformat() if period.start else '?'} → "
        f"{period.end.isoformat() if period.end else '?'}"
    )
    needs = totals_by_currency(n.amount for n in convention.needs if n.amount is not None)
    lines = [
        convention.name,
        "=" * len(convention.name),
        _line(
            "summary.form",
            language,
            f"{declared} ({translate('summary.classified', language)}{separator}{found})",
        ),
        _line("summary.partners", language, partners),
        _line(
            "summary.coordinator",
            language,
            ", ".join(coordinators) or none,
        ),
        _line("summary.period", language, span),
        _line("summary.objectives", language, len(convention.objectives)),
        _line(
            "summary.indicators",
            language,
            sum(len(o.indicators) for o in convention.objectives),
        ),
        _line("summary.needs", language, len(convention.needs)),
        _line(
            "summary.financial-needs",
            language,
            ", ".join(str(total) for total in needs.values()) or none,
        ),
        _line("summary.tasks", language, len(convention.tasks)),
        _line("summary.contributions", language, len(convention.contributions)),
        _line("summary.steps", language, len(convention.timeline.steps)),
        _line(
            "summary.administrative-steps",
            language,
            sum(1 for s in convention.timeline.steps if s.kind.is_administrative),
        ),
        _line("summary.evaluation-moments", language, len(convention.evaluation.moments)),
        _line(
            "summary.communication-actions",
            language,
            len(convention.communication.actions),
        ),
        _line("summary.signatures", language, len(convention.signatures)),
    ]
    if dossier is not None:
        lines.append(_line("summary.minutes", language, len(dossier.minutes)))
        lines.append(_line("summary.amendments", language, len(dossier.amendments)))
    lines.append("")
    lines.extend(f"- {reason}" for reason in classification.explain(language, names))
    return "\n".join(lines)
