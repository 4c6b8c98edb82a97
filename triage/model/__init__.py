"""The triage classifier: text in, label and confidence out. Pure: scikit-learn, no ORM."""
