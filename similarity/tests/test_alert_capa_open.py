"""One click on a systemic alert opens a corrective action linked to all of its complaints; the alert records it."""

import pytest

from audit.models import AuditAction, AuditRecord
from capa.models import CorrectiveAction
from complaintdesk.errors import DomainError
from complaints.models import Interaction
from complaints.tests.factories import complaint_make
from similarity.alerts import systemic_alert_capa_open
from similarity.detection import systemic_alerts_detect
from similarity.models import SystemicAlert

from .factories import SystemicRuleFactory, customer
from .texts import STORIES


@pytest.fixture
def alert(department):
    SystemicRuleFactory(min_complaints=3, name="Отчёты после обновления")
    story, reworded, _ = STORIES["en"]
    for n, text in enumerate([story, reworded, story, reworded]):
        complaint_make(department=department, language="en", fields={"description": text, **customer(n)})
    systemic_alerts_detect()
    return SystemicAlert.objects.get()


def test_one_click_links_every_complaint_of_the_cluster(alert, qms):
    # when
    action = systemic_alert_capa_open(alert=alert, actor=qms)
    # then
    alert.refresh_from_db()
    assert alert.corrective_action == action
    assert set(action.complaints.all()) == set(alert.complaints.all()) and action.complaints.count() == 4
    assert action.owner == qms and action.status == CorrectiveAction.Status.OPEN
    assert "4" in action.cause and "Отчёты после обновления" in action.cause
    for complaint in alert.complaints.all():
        assert complaint.interactions.filter(kind=Interaction.Kind.CAPA_CREATED,
                                             data__corrective_action=action.pk).count() == 1
    assert AuditRecord.objects.filter(action=AuditAction.CAPA_CREATED, target_id=str(action.pk)).count() == 1


def test_a_second_click_opens_no_second_action(alert, qms):
    systemic_alert_capa_open(alert=alert, actor=qms)
    with pytest.raises(DomainError, match="already has a corrective action"):
        systemic_alert_capa_open(alert=alert, actor=qms)
    assert CorrectiveAction.objects.count() == 1


def test_the_action_is_written_in_the_clickers_language(alert, qms):
    qms.language = "ru"
    qms.save(update_fields=["language"])
    action = systemic_alert_capa_open(alert=alert, actor=qms)
    assert action.cause.startswith("Системная проблема")
