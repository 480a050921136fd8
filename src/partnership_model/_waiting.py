"""What a step waits for: each step it depends on, with the days from that step's planned
end to its own planned start. :mod:`partnership_model.feasibility` and the PLAN rules read
a timeline's dependencies through this one walk, so that they never disagree on which
dependency counts or how its days are counted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from typing import NamedTuple

from partnership_model.planning import Step, StepKind

__all__ = ["Wait", "planned_waits", "positions"]


class Wait(NamedTuple):
    """A dated step waiting for a step that has a planned end."""

    at: int
    """The step's position in the timeline."""
    place: int
    """The dependency's position in the step's ``depends_on``."""
    step: Step
    dependency: Step
    starts: dt.date
    """The step's planned start."""
    ends: dt.date
    """The dependency's planned end."""

    @property
    def gap(self) -> int:
        """The days from the dependency's end to the step's start, negative when the
        step starts first."""
        return (self.starts - self.ends).days

    @property
    def lead(self) -> int:
        """The days the dependency's authority takes to answer, 0 when it says none."""
        return self.dependency.lead_days or 0

    @property
    def administrative(self) -> bool:
        """Whether a project step waits for an administrative one (an authorisation, a
        subsidy): its lateness is the administration's, said apart."""
        return self.step.kind is StepKind.PROJECT and self.dependency.kind.is_administrative


def positions(steps: Sequence[Step]) -> dict[str, int]:
    """Each step id's first position; later duplicates are for the integrity rules."""
    index: dict[str, int] = {}
    for at, step in enumerate(steps):
        index.setdefault(step.id, at)
    return index


def planned_waits(steps: Sequence[Step], index: Mapping[str, int]) -> Iterator[Wait]:
    """Every dated step's wait for each step it depends on that has a planned end, in
    timeline order; ``index`` is :func:`positions` of ``steps``. A dependency on an unknown
    step is passed over, and one on the step itself is left to the cycle rule."""
    for at, step in enumerate(steps):
        starts = step.planned.start
        if starts is None:
            continue
        for place, dependency_id in enumerate(step.depends_on):
            position = index.get(dependency_id)
            if position is None or position == at:
                continue
            dependency = steps[position]
            ends = dependency.planned.end
            if ends is not None:
                yield Wait(at, place, step, dependency, starts, ends)
