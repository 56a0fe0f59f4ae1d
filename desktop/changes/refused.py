"""What a refused change is, in the user's words: "Change to influencer 김민지: Phone, Notes".
The window's list and `influencer-desk refused` both say it this way."""

from __future__ import annotations

from desktop.store.refused import RefusedChange
from shared_models.records import Entity, field_rules, label_of
from shared_models.texts import Text, join_texts, user_text

_WHAT = {
    ("new", "influencer"): user_text("New influencer {label}"),
    ("new", "account"): user_text("New account {label}"),
    ("upsert", "influencer"): user_text("Change to influencer {label}: {fields}"),
    ("upsert", "account"): user_text("Change to account {label}: {fields}"),
    ("delete", "influencer"): user_text("Deletion of influencer {label}"),
    ("delete", "account"): user_text("Deletion of account {label}"),
    ("restore", "influencer"): user_text("Restore of influencer {label}"),
    ("restore", "account"): user_text("Restore of account {label}"),
    ("new", "attachment"): user_text("New consent form {label}"),
    ("upsert", "attachment"): user_text("Change to consent form {label}: {fields}"),
    ("delete", "attachment"): user_text("Removal of consent form {label}"),
    ("restore", "attachment"): user_text("Restore of consent form {label}"),
    ("new", "metric_snapshot"): user_text("New metric snapshot {label}"),
    ("upsert", "metric_snapshot"): user_text("New metric snapshot {label}"),
}


def describe(change: RefusedChange) -> Text | str:
    """The change in one line."""
    kind = "new" if change.creates else change.kind
    template = _WHAT.get((kind, change.entity))
    if template is None:  # a kind of change the server never refuses
        return f"{change.kind} {change.entity} {change.label}"
    return user_text(template, label=change.label,
                     fields=join_texts(_field_labels(change), ", "))


def _field_labels(change: RefusedChange) -> list[str]:
    """The changed fields as users name them (their rules' labels), in the forms' order."""
    order = list(field_rules(Entity(change.entity)))
    named = sorted(change.fields, key=lambda n: order.index(n) if n in order else len(order))
    return [label_of(change.entity, name) for name in named]
