"""What a customer types into the public form, as POST data."""

from typing import Any


def portal_form_data(**overrides: Any) -> dict[str, Any]:
    data = {
        "organisation": "შპს ალფა",
        "contact_name": "ნინო ბერიძე",
        "contact_position": "ბუღალტერი",
        "contact_phone": "+995 599 12 34 56",
        "contact_email": "nino@example.com",
        "occurred_on": "2026-11-02",
        "product": "ბუღალტერია 3.0",
        "description": "განახლების შემდეგ ანგარიშები აღარ იხსნება.",
        "emotion": "ძალიან ვნერვიულობ, ანგარიშგების ვადა მოდის.",
        "desired_outcome": "repair",
        "desired_outcome_detail": "შეაკეთეთ პარასკევამდე",
        "website": "",
    }
    data.update(overrides)
    return data
