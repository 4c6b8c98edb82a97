"""What the classifier reads of a text: the same normalisation for every script."""

# Bounds the time of one suggestion; longer than 99.8 % of the training file's complaints (MODEL.md).
MAX_CHARS = 10_000


def text_normalise(text: str) -> str:
    """Lower case (any script) and ``ё`` as ``е``, as Russian writers mix them; the opening of a very long text.

    Redactions ("XXXX") and numbers are kept as written: replacing them cost accuracy (MODEL.md).
    """
    return text[:MAX_CHARS].casefold().replace("ё", "е")
