"""Communication, to pay attention to throughout (seed §4): towards the public
concerned, between professionals, towards the institutions, and informal contact."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import attrs

from partnership_model._extensions import (
    EMPTY_EXTENSIONS,
    JsonValue,
    check_extensions,
    freeze_extensions,
)
from partnership_model._fields import (
    items_of,
    member_of,
    optional_date,
    optional_id,
    optional_instance_of,
    required_id,
    text,
)
from partnership_model.i18n import LabelledEnum
from partnership_model.planning import Recurrence

__all__ = ["Audience", "Channel", "CommunicationAction", "CommunicationPlan"]


class Audience(LabelledEnum):
    """The four directions of communication the seed names."""

    PUBLIC = "public"
    PROFESSIONALS = "professionals"
    INSTITUTIONS = "institutions"
    INFORMAL = "informal"


class Channel(LabelledEnum):
    """How a communication action reaches its audience."""

    MEETING = "meeting"
    EMAIL = "email"
    NEWSLETTER = "newsletter"
    WEBSITE = "website"
    SOCIAL_MEDIA = "social_media"
    POSTER = "poster"
    PHONE = "phone"
    EVENT = "event"
    REPORT = "report"
    OTHER = "other"


@attrs.frozen(kw_only=True)
class CommunicationAction:
    """A regular way of keeping one audience informed or in touch."""

    id: str = attrs.field(validator=required_id)
    audience: Audience = attrs.field(validator=member_of(Audience))
    description: str = attrs.field(default="", validator=text)
    channel: Channel = attrs.field(default=Channel.MEETING, validator=member_of(Channel))
    frequency: Recurrence | None = attrs.field(
        default=None, validator=optional_instance_of(Recurrence)
    )
    date: dt.date | None = attrs.field(default=None, validator=optional_date)
    """The day of a one-off action (a launch, a press conference), or the first day of a
    recurring one."""
    owner: str | None = attrs.field(default=None, validator=optional_id)
    """Id of the partner who sees to it."""
    extensions: Mapping[str, JsonValue] = attrs.field(
        default=EMPTY_EXTENSIONS,
        converter=freeze_extensions,
        validator=check_extensions,
        hash=False,
    )
    """The application's own JSON data, carried untouched."""


@attrs.frozen(kw_only=True)
class CommunicationPlan:
    actions: tuple[CommunicationAction, ...] = attrs.field(
        default=(), validator=items_of(CommunicationAction)
    )

    def towards(self, audience: Audience) -> tuple[CommunicationAction, ...]:
        return tuple(action for action in self.actions if action.audience == audience)
