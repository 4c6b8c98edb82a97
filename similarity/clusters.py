"""Clusters of similar complaints within groups (a category, a product, or all); pure, no ORM.

Within a group, two complaints are linked when their estimated text similarity reaches the
threshold; a cluster is a connected set of linked complaints. Only pairs that share an LSH
band are compared (``minhash``), and within a band's bucket each complaint is compared with
a few representatives rather than with every other one, so ten thousand complaints take
well under a second instead of fifty million comparisons.
"""

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np

from . import minhash

MAX_REPRESENTATIVES = 32  # per bucket: alike complaints join the first, the rest start new links


@dataclass(frozen=True)
class Item:
    id: int
    group: Hashable  # complaints cluster only within their group; None: not in any group
    signature: np.ndarray


class DisjointSets:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def clusters_find(*, items: Sequence[Item], min_similarity: float, min_size: int) -> list[list[int]]:
    """Ids of each cluster of at least ``min_size`` items, largest first; ``min_similarity`` 0: whole groups."""
    items = [item for item in items if item.group is not None
             and (min_similarity <= 0 or not minhash.is_empty(item.signature))]
    sets = DisjointSets(len(items))
    if min_similarity <= 0:
        first_of: dict[Hashable, int] = {}
        for i, item in enumerate(items):
            sets.union(first_of.setdefault(item.group, i), i)
    elif items:
        link_alike(items=items, sets=sets, min_similarity=min_similarity)
    members: dict[int, list[int]] = {}
    for i, item in enumerate(items):
        members.setdefault(sets.find(i), []).append(item.id)
    found = [sorted(ids) for ids in members.values() if len(ids) >= min_size]
    return sorted(found, key=lambda ids: (-len(ids), ids[0]))


def link_alike(*, items: Sequence[Item], sets: DisjointSets, min_similarity: float) -> None:
    signatures = np.stack([item.signature for item in items])
    _, groups = np.unique(np.array([hash(item.group) for item in items]), return_inverse=True)
    width = minhash.ROWS
    for band in range(minhash.BANDS):
        part = np.ascontiguousarray(signatures[:, band * width:(band + 1) * width])
        _, buckets = np.unique(part.view(np.dtype((np.void, width * 4))).ravel(), return_inverse=True)
        bucket = groups.astype(np.int64) * (int(buckets.max()) + 1) + buckets
        order = np.argsort(bucket, kind="stable")
        bounds = np.flatnonzero(np.diff(bucket[order])) + 1
        for members in np.split(order, bounds):
            if len(members) > 1:
                link_bucket(members=members, signatures=signatures, sets=sets, min_similarity=min_similarity)


def link_bucket(*, members: np.ndarray, signatures: np.ndarray, sets: DisjointSets, min_similarity: float) -> None:
    remaining = members
    for _ in range(MAX_REPRESENTATIVES):
        if len(remaining) < 2:
            return
        first = remaining[0]
        alike = minhash.estimated_similarity(signatures[first], signatures[remaining]) >= min_similarity
        for other in remaining[alike]:
            sets.union(int(first), int(other))
        remaining = remaining[~alike]
