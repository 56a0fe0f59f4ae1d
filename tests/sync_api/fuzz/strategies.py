"""Hypothesis strategies for what a broken or hostile desk may push: every entity and kind,
known and unknown field names, and values of every JSON type with the awkward cases in
them (NUL, lone surrogates, bidi overrides, NaN, 10^400, years 1 and 9999, huge lists)."""

from __future__ import annotations

import os
import uuid
from typing import Any

from hypothesis import strategies as st

from shared_models.records import EDITABLE_FIELDS, Entity
from shared_models.sync import OpKind

# Examples per test: a bounded, seeded run in CI; `python3 dev.py fuzz` runs many more.
EXAMPLES = int(os.environ.get("INFLUENCER_FUZZ_EXAMPLES", "25"))

_awkward_texts = st.sampled_from([
    "", " ", "\x00", "a\x00b", "\ud800", "x\udfffy", "\u202eexe.pdf", "../../.bashrc",
    "javascript:alert(1)", "file:///etc/passwd", "https://a.example.com/kim",
    "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "2024-05-01T09:30:00+09:00",
    "2024-05-01T09:30:00", "김민지", "010-1234-5678", "a@b.co", "NaN", "x" * 600,
    "a," * 300, str(uuid.UUID(int=0)), "application/pdf", "f" * 64])
texts = st.one_of(_awkward_texts, st.text(max_size=40),
                  st.text(st.characters(codec="utf-8"), max_size=20))
numbers = st.one_of(st.integers(-(2**70), 2**70), st.floats(allow_nan=True,
                                                            allow_infinity=True),
                    st.sampled_from([0, -1, 2**31, 2**63, 1e15, 1e16]))
scalars = st.one_of(st.none(), st.booleans(), numbers, texts)
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=5), inner, max_size=3)),
    max_leaves=10)
_all_fields = sorted({f for fields in EDITABLE_FIELDS.values() for f in fields})
field_names = st.one_of(st.sampled_from(_all_fields), st.sampled_from(["id", "version",
                                                                       "deleted_at", ""]),
                        st.text(max_size=10))


def _valid_fields(entity: str, influencer: str, account: str, n: int) -> dict[str, Any]:
    return {
        "influencer": {"name": f"김민지 {n}"},
        "account": {"influencer_id": influencer, "platform": "A", "handle": f"kim_{n}"},
        "metric_snapshot": {"account_id": account, "metric": "followers", "value": 10,
                            "observed_at": "2024-05-01T09:30:00+09:00"},
        "attachment": {"influencer_id": influencer, "file_name": "a.pdf",
                       "media_type": "application/pdf", "size": 10, "sha256": "f" * 64},
    }[entity]


def push_ops(influencer: str, account: str) -> st.SearchStrategy[dict[str, Any]]:
    """One op as JSON: mostly a valid record of its entity (`influencer` and `account` exist
    on the server, so the op reaches the value rules and the database) with a few fields
    replaced by anything at all; sometimes fields made of anything at all."""

    @st.composite
    def op(draw: st.DrawFn) -> dict[str, Any]:
        entity = draw(st.sampled_from([e.value for e in Entity]))
        hostile = draw(st.dictionaries(field_names, values, max_size=3))
        if draw(st.booleans()):
            fields = {**_valid_fields(entity, influencer, account, draw(st.integers(0, 10**6))),
                      **hostile}
        else:
            fields = hostile
        return {"op_id": str(draw(st.uuids())), "entity": entity, "id": str(draw(st.uuids())),
                "kind": draw(st.sampled_from([k.value for k in OpKind])),
                "base_version": draw(st.one_of(st.none(), st.integers(-2, 2**63))),
                "fields": fields}

    return op()
