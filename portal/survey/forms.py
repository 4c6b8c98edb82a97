"""The follow-up survey's questions (PRODUCT.md, Resolution and restoring trust)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from followup.models import KeepsWorking, Survey

SOLVED_CHOICES = [("yes", _("Yes, it is solved")), ("no", _("No, it is not solved"))]
HANDLING_CHOICES = [(str(score), str(score)) for score in range(1, 6)]
RECOMMEND_CHOICES = [(str(score), str(score)) for score in range(11)]


class SurveyAnswerForm(forms.Form):
    solved = forms.ChoiceField(label=_("Is the problem really solved?"), choices=SOLVED_CHOICES,
                               widget=forms.RadioSelect)
    handling_score = forms.TypedChoiceField(
        label=_("How satisfied are you with how your complaint was handled? (1 — not at all, 5 — completely)"),
        choices=HANDLING_CHOICES, coerce=int, widget=forms.RadioSelect)
    keeps_working = forms.ChoiceField(label=_("Will you keep working with us?"), choices=KeepsWorking.choices,
                                      widget=forms.RadioSelect)
    recommend_score = forms.TypedChoiceField(
        label=_("How likely are you to recommend us to others? (0 — not at all, 10 — certainly)"),
        choices=RECOMMEND_CHOICES, coerce=int, widget=forms.RadioSelect)
    comment = forms.CharField(label=_("Comment"), required=False,
                              max_length=Survey._meta.get_field("comment").max_length,
                              help_text=_("If the problem is not solved, tell us what is still wrong."),
                              widget=forms.Textarea(attrs={"rows": 4}))

    def answers(self) -> dict:
        data = self.cleaned_data
        return {"solved": data["solved"] == "yes", "handling_score": data["handling_score"],
                "keeps_working": data["keeps_working"], "recommend_score": data["recommend_score"],
                "comment": data["comment"]}
