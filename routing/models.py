from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from complaintdesk.models import TranslatedName
from complaints.choices import Channel


class Department(TranslatedName):
    """A part of the company complaints are about, with its head and responsible people.

    The responsible people are the members with the role "department responsible"
    (PRODUCT.md: "an up-to-date list of the responsible person of each department").
    """

    code = models.SlugField(_("code"), max_length=32, unique=True)
    head = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("head"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="headed_departments",
    )
    receives_unrouted = models.BooleanField(
        _("receives complaints with no department"),
        default=False,
        help_text=_("Complaints from the public form that name no product go here."),
    )
    calendar = models.ForeignKey(
        "deadlines.BusinessCalendar",
        verbose_name=_("business calendar"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        help_text=_("Leave empty to use the company's default calendar."),
    )
    remedy_approval_limit = models.DecimalField(
        _("remedy approval limit"), max_digits=12, decimal_places=2, null=True, blank=True,
        help_text=_("Remedies worth more than this need the department head or QMS. Leave empty for no limit."),
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("department")
        verbose_name_plural = _("departments")


class AssignmentRule(models.Model):
    """Where a new complaint goes, and to whom: tried in order of priority, the first match applies.

    Each condition left empty matches anything; a rule needs at least one condition.
    A department asked for explicitly at registration wins over the rules
    (``routing.services.complaint_route``).
    """

    name = models.CharField(_("name"), max_length=200,
                            help_text=_("What the rule is for, e.g. “Georgian calls about delivery”."))
    priority = models.PositiveIntegerField(
        _("priority"), default=100,
        help_text=_("Rules are tried from the lowest number up; the first that matches applies."),
    )
    is_active = models.BooleanField(_("active"), default=True)

    # Conditions.
    department = models.ForeignKey(
        Department, verbose_name=_("when the department is"), on_delete=models.CASCADE, null=True, blank=True,
        related_name="+",
        help_text=_("The department the complaint would go to otherwise: the product's, or the default one."),
    )
    category = models.ForeignKey(
        "complaints.Category", verbose_name=_("when the cause or the product is"), on_delete=models.CASCADE,
        null=True, blank=True, related_name="+",
        help_text=_("A category of either tree; its subcategories match too."),
    )
    channel = models.CharField(_("when the channel is"), max_length=16, choices=Channel.choices, blank=True)
    language = models.CharField(
        _("when the customer's language is"), max_length=8, blank=True,
        help_text=_("A language code such as ka, ru or en."),
    )

    # Outcome.
    target_department = models.ForeignKey(
        Department, verbose_name=_("send to department"), on_delete=models.CASCADE, related_name="assignment_rules",
    )
    responsible = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("responsible"), on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+",
        help_text=_("Leave empty to leave the complaint in the department's queue. "
                    "A complaint in a language this person does not speak goes to a colleague who does."),
    )

    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("changed at"), auto_now=True)

    class Meta:
        ordering = ["priority", "id"]
        verbose_name = _("assignment rule")
        verbose_name_plural = _("assignment rules")
        constraints = [
            models.CheckConstraint(condition=Q(channel__in=["", *Channel.values]),
                                   name="assignment_rule_channel_valid"),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        self.language = self.language.strip().lower()
        if not (self.department_id or self.category_id or self.channel or self.language):
            raise ValidationError(_("Choose at least one condition: department, category, channel or language."))
        if self.responsible_id and self.target_department_id:
            person = self.responsible
            handles = person.role in (person.Role.RESPONSIBLE, person.Role.HEAD) and (
                person.department_id == self.target_department_id or self.target_department.head_id == person.pk
            )
            if not (person.is_active and handles):
                raise ValidationError({"responsible": _(
                    "Choose an active responsible person or the head of the department the rule sends to."
                )})
