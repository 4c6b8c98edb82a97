"""What the composer sends the coach besides the text: which field, which complaint, which language."""

from django import forms


class CoachCheckForm(forms.Form):
    coach_field = forms.CharField(max_length=64)
    coach_complaint = forms.CharField(max_length=32, required=False)
    coach_whole = forms.BooleanField(required=False)  # check the whole reply, not only the phrases
    language = forms.CharField(max_length=8, required=False)  # the call form's language field, when there
