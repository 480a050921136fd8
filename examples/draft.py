"""A convention half written: what a coordinator has after the first meeting.

Two associations of Saint-Gilles want to run homework support together. They have a
name, the partners, an objective without its indicators, a need nobody covers yet, a
task nobody answers for (one part already given to the CPAS, which has not joined
yet), a date for the start but no timeline, no word yet on partnership or
collaboration, and nothing on evaluation or communication. Validation says, step by
step, what to write next.

Run it to see the report: ``python examples/draft.py [fr|en|nl]``.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal

from partnership_model import (
    Affiliation,
    Assignment,
    Convention,
    DecisionRecord,
    Dossier,
    InstitutionKind,
    Money,
    Need,
    NeedCategory,
    Objective,
    Partner,
    Period,
    Raci,
    Role,
    RoleKind,
    Step,
    Task,
    Timeline,
    validate,
)


def build_dossier() -> Dossier:
    """The draft, as an application would store it after the first meeting."""
    convention = Convention(
        name="Devoirs ensemble à Saint-Gilles",
        purpose="Un soutien scolaire du soir pour les enfants du quartier Bosnie.",
        partners=(
            Partner(id="ecole-devoirs", name="École de devoirs Les Ateliers du Midi ASBL"),
            Partner(
                id="maison-jeunes",
                name="Maison de jeunes du Parvis ASBL",
                answers_to=(
                    Affiliation(
                        name="Service jeunesse de la commune",
                        kind=InstitutionKind.PUBLIC_AUTHORITY,
                    ),
                ),
            ),
        ),
        carriers=("ecole-devoirs", "maison-jeunes"),
        period=Period(start=dt.date(2027, 9, 1)),
        objectives=(Objective(id="obj-reussite", title="Aider les enfants à réussir leur année"),),
        needs=(
            Need(
                id="need-animateur",
                category=NeedCategory.FINANCIAL,
                description="Un animateur à mi-temps",
                amount=Money(amount=Decimal("18000.00"), currency="EUR"),
            ),
        ),
        roles=(Role(id="role-coord", kind=RoleKind.COORDINATOR),),
        tasks=(
            Task(
                id="task-accueil",
                title="Accueillir les enfants après l'école",
                assignments=(
                    Assignment(partner="maison-jeunes", raci=Raci.RESPONSIBLE),
                    Assignment(partner="cpas-saint-gilles", raci=Raci.INFORMED),
                ),
            ),
        ),
        timeline=Timeline(steps=(Step(id="step-rentree", title="Première séance"),)),
    )
    return Dossier(
        convention=convention,
        minutes=(
            DecisionRecord(
                id="pv-1",
                date=dt.date(2027, 5, 12),
                title="Première réunion",
                decision="Les deux associations veulent porter le projet ensemble.",
            ),
        ),
    )


if __name__ == "__main__":
    language = sys.argv[1] if len(sys.argv) > 1 else "fr"
    for finding in validate(build_dossier(), language=language).findings:
        print(f"{finding.severity.label(language)} {finding.code} {finding.path}")
        print(f"    {finding.message}")
