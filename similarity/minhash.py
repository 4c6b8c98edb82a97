"""MinHash signatures of a text and their LSH band keys; pure, no ORM.

A text becomes the set of its character 4-grams (after ``normalise``), which works the
same for Georgian, Cyrillic and Latin script and tolerates word endings and small
wording changes. The signature keeps, for each of ``HASHES`` hash functions, the
smallest hash of any shingle; two signatures agree at a position with probability
equal to the Jaccard similarity of the two shingle sets (Broder, 1997).

Band keys (locality-sensitive hashing): the signature cut into ``BANDS`` bands of
``ROWS`` values; two texts share at least one band key with probability
``1 - (1 - s**ROWS)**BANDS`` for Jaccard similarity ``s``: 0.42 at 0.3, 0.73 at 0.4,
0.93 at 0.5, 0.99 at 0.6. The index stores the band keys, so finding candidates is
a handful of index lookups, never a scan.
"""

import re
import unicodedata

import numpy as np

SHINGLE = 4  # characters per shingle
BANDS, ROWS = 20, 3
HASHES = BANDS * ROWS
SIGNATURE_BYTES = HASHES * 4
EMPTY = np.uint32(0xFFFFFFFF)

# Fixed, so signatures stored yesterday compare with those computed today (and across processes).
_rng = np.random.default_rng(20261123)
_MULTIPLIERS = _rng.integers(1, 2**63, size=HASHES, dtype=np.uint64) | np.uint64(1)
_ADDENDS = _rng.integers(0, 2**63, size=HASHES, dtype=np.uint64)
_ROLL = np.uint64(1_000_003)
_BAND_SALT = np.uint64(0x9E3779B97F4A7C15)
_MIX = np.uint64(0xBF58476D1CE4E5B9)

# Digits (dates, amounts, numbers) and punctuation say little about what happened.
_NOT_LETTERS = re.compile(r"[\W\d_]+")


def normalise(text: str) -> str:
    """Lower-case letters and single spaces: ``"Счёт 12, НЕ пришёл!"`` → ``"счёт не пришёл"``."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return _NOT_LETTERS.sub(" ", text).strip()


def shingle_hashes(text: str) -> np.ndarray:
    """The distinct 64-bit hashes of the character shingles of ``normalise(text)``, with a space at both ends."""
    normal = normalise(text)
    if not normal:
        return np.empty(0, dtype=np.uint64)
    points = np.frombuffer(f" {normal} ".encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if len(points) < SHINGLE:
        points = np.pad(points, (0, SHINGLE - len(points)), constant_values=32)
    rolled = np.zeros(len(points) - SHINGLE + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):  # arithmetic modulo 2**64 on purpose
        for offset in range(SHINGLE):
            rolled = rolled * _ROLL + points[offset:offset + len(rolled)]
        rolled = (rolled ^ (rolled >> np.uint64(29))) * _MIX
    return np.unique(rolled)


def signature(text: str) -> np.ndarray:
    """``HASHES`` unsigned 32-bit minimums; all ``EMPTY`` for a text without letters."""
    hashes = shingle_hashes(text)
    if not len(hashes):
        return np.full(HASHES, EMPTY, dtype=np.uint32)
    with np.errstate(over="ignore"):
        mixed = hashes[None, :] * _MULTIPLIERS[:, None] + _ADDENDS[:, None]
    return (mixed >> np.uint64(32)).min(axis=1).astype(np.uint32)


def signature_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def signature_from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(bytes(data), dtype="<u4")


def is_empty(sig: np.ndarray) -> bool:
    return bool((sig == EMPTY).all())


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per band (the band's number is mixed in); none for an empty text."""
    if is_empty(sig):
        return []
    rows = sig.reshape(BANDS, ROWS).astype(np.uint64)
    with np.errstate(over="ignore"):  # arithmetic modulo 2**64 on purpose
        keys = (np.arange(1, BANDS + 1, dtype=np.uint64) * _BAND_SALT)
        for row in range(ROWS):
            keys = (keys ^ rows[:, row]) * _MIX
            keys ^= keys >> np.uint64(31)
    return keys.view(np.int64).tolist()


def estimated_similarity(sig: np.ndarray, others: np.ndarray) -> np.ndarray:
    """The estimated Jaccard similarity of ``sig`` to each row of ``others`` (shape: n × HASHES)."""
    if not len(others):
        return np.empty(0)
    return (others == sig[None, :]).mean(axis=1)
