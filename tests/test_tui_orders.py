"""The library's orders (tui.orders.SortedIndex): a batch added at once, merged or inserted, gives
the order that adding its keys one by one gives: by sort key, equal keys in the order they came."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.orders import SortedIndex

BATCHES = st.lists(st.lists(st.integers(0, 6), max_size=300), max_size=5)


@settings(max_examples=60, deadline=None)
@given(BATCHES)
def test_a_batch_is_ordered_as_its_keys_one_by_one(batches: list[list[int]]) -> None:
    by_batch, one_by_one = SortedIndex(), SortedIndex()
    n = 0
    for batch in batches:
        items = []
        for value in batch:
            items.append((f"k{n}", (value,)))
            n += 1
        by_batch.extend(items)
        for key, order in items:
            one_by_one.add(key, order)
    assert by_batch.keys == one_by_one.keys
    assert all(by_batch.index(k) == i for i, k in enumerate(by_batch.keys))


def test_a_large_batch_is_merged_in_with_ties_after_what_was_there() -> None:
    index = SortedIndex()
    index.extend([(f"a{i}", (i % 3,)) for i in range(100)])
    index.extend([(f"b{i}", (i % 3,)) for i in range(100)])  # as large as what is there: merged
    assert index.keys[:34] == [f"a{i}" for i in range(0, 100, 3)]
    assert index.keys[34:68] == [f"b{i}" for i in range(0, 100, 3)]
    assert index.keys[-1] == "b98" and index.index("b98") == 199 and index.index("a1") == 68
