"""The customer's language: any language code, with the interface languages suggested."""

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

# "ru", "ka", "en", or any other ISO 639 code such as "uk", "hy", "az", "pt-br".
LANGUAGE_CODE_VALIDATOR = RegexValidator(
    r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,4})?$",
    message=_("Enter a language code such as ru, ka or en."),
    code="language_code",
)
DATALIST_ID = "language-codes"


def language_datalist_attrs() -> dict[str, str]:
    """Attributes that tie a text input to the page's list of suggested codes (web/_language_datalist.html)."""
    return {"list": DATALIST_ID, "autocomplete": "off", "size": "8"}
