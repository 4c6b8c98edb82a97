"""What the classifier reads of a text: the same normalisation for every script."""

import re

MAX_CHARS = 3000  # the opening of a long complaint says what it is about; the rest costs time, not accuracy
REDACTION = re.compile(r"\b[xX]{2,}\b")  # "XX/XX/XXXX", "XXXX XXXX": masked names, dates and numbers
DIGITS = re.compile(r"\d+")
SPACE = re.compile(r"\s+")


def text_normalise(text: str) -> str:
    """Lower case (any script), one token for redactions and for numbers, single spaces, the opening only."""
    text = text[: MAX_CHARS * 2].casefold().replace("ё", "е")
    text = REDACTION.sub(" x ", text)
    text = DIGITS.sub("0", text)
    return SPACE.sub(" ", text).strip()[:MAX_CHARS]
