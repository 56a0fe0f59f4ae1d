"""Merging two tag lists (merging people, folding import rows into one person) is
shared_models.text.normalize_tags: the same tags in the same order as the hand-written
case-insensitive de-duplication it replaced."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.changes.merge import _combined
from desktop.excel.importing.plan import InfluencerPlan, _NameKeys, _Planner, _Stored
from desktop.excel.importing.validate import RowDraft
from desktop.store import Store
from shared_models.text import normalize_tags

# Stored and parsed tag lists are already normalised (the Tags rule).
TAGS = st.lists(st.sampled_from(["뷰티", "VIP", "vip", "Vip", "여행", "long-term", "맛집",
                                 "event", "EVENT", "Ｖｉｐ"]), max_size=8).map(normalize_tags)


def _old_union(mine: list[str], theirs: list[str]) -> list[str]:
    """The de-duplication the two callers used to write out."""
    known = {t.casefold() for t in mine}
    union = list(mine)
    for tag in theirs:
        if tag.casefold() not in known:
            union.append(tag)
            known.add(tag.casefold())
    return union


@settings(max_examples=200, deadline=None)
@given(TAGS, TAGS)
def test_import_rows_fold_tags_as_before(first: list[str], second: list[str]) -> None:
    planner = _Planner(_Stored({}, {}, {}), _NameKeys())
    target = InfluencerPlan("Kim", "", "", [], [])
    for number, tags in enumerate((first, second), start=1):
        before = list(target.tags)
        added = planner._merge(number, RowDraft(number, "Kim", "", "", list(tags), [], "A"),
                               target)
        assert target.tags == _old_union(before, tags)
        assert added == (target.tags != before)


def test_merging_people_keeps_the_first_persons_tags_then_the_others_new_ones(
        store: Store) -> None:
    for mine, theirs, expected in (
            (["VIP", "뷰티"], ["vip", "여행", "뷰티", "event"], ["VIP", "뷰티", "여행", "event"]),
            (["VIP"], ["vip"], None), ([], ["여행"], ["여행"]), (["여행"], [], None)):
        keep = store.create_influencer(name="Kim", tags=", ".join(mine))
        other = store.create_influencer(name="Lee", tags=", ".join(theirs))
        changes, _ = _combined(keep, other)
        assert changes.get("tags") == expected
        assert expected in (None, _old_union(keep.tags, other.tags))
