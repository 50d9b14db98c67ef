"""Facet lists as the site and the API show them, from a store's tallies.

The store counts (disjunctively, :meth:`~dangjian.index.store.Store.count`);
this module turns each facet's tally into a :class:`~.results.FacetList`:
the top values, then every selected value not among them (with its count,
possibly 0) so it can be unselected, and ``truncated`` when more values have hits.
"""
from __future__ import annotations

from collections.abc import Mapping

from dangjian.index.schema import FACETS
from dangjian.index.store import FacetTally

from .results import FacetList, FacetValue


def facet_lists(tallies: Mapping[str, FacetTally], selected: Mapping[str, list[str]],
                top: int) -> dict[str, FacetList]:
    """Return every facet's list, in the order FACETS declares them."""
    return {facet.name: facet_list(facet, tallies[facet.name], selected.get(facet.name, []), top)
            for facet in FACETS if facet.name in tallies}


def facet_list(facet, tally: FacetTally, chosen: list[str], top: int) -> FacetList:
    listed = [FacetValue(value, count, value in chosen, facet.label_of(value)) for value, count in tally.top]
    shown = {v.value for v in listed}
    for value in chosen:
        if value not in shown:
            listed.append(FacetValue(value, int(tally.chosen.get(value, 0)), True, facet.label_of(value)))
    return FacetList(facet.name, facet.label, listed, truncated=tally.distinct > top)
