"""Clusters link alike complaints within a group, through chains of alike pairs; groups never mix."""

from similarity import minhash
from similarity.clusters import Item, clusters_find

from .texts import STORIES


def item(pk: int, text: str, group="") -> Item:
    return Item(id=pk, group=group, signature=minhash.signature(text))


def test_alike_texts_cluster_and_unrelated_ones_do_not():
    story, reworded, unrelated = STORIES["ka"]
    items = [item(1, story), item(2, reworded), item(3, story + " გთხოვთ"), item(4, unrelated), item(5, unrelated)]
    assert clusters_find(items=items, min_similarity=0.35, min_size=2) == [[1, 2, 3], [4, 5]]
    assert clusters_find(items=items, min_similarity=0.35, min_size=3) == [[1, 2, 3]]


def test_groups_never_mix():
    story, reworded, _ = STORIES["en"]
    items = [item(1, story, 10), item(2, reworded, 10), item(3, story, 11), item(4, story, None)]
    assert clusters_find(items=items, min_similarity=0.35, min_size=2) == [[1, 2]]


def test_zero_similarity_clusters_whole_groups():
    _, _, unrelated = STORIES["ru"]
    items = [item(1, "a b c d", 7), item(2, unrelated, 7), item(3, "", 7), item(4, unrelated, 8)]
    assert clusters_find(items=items, min_similarity=0, min_size=3) == [[1, 2, 3]]
