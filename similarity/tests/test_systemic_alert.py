"""Clusters of similar complaints raise one systemic alert each, e-mailed to QMS; a growing cluster grows it."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from accounts.models import User
from accounts.tests.factories import UserFactory
from complaints.tests.factories import complaint_make
from notifications.models import Email
from similarity.detection import systemic_alerts_detect
from similarity.models import SystemicAlert, SystemicRule

from .factories import SystemicRuleFactory, customer
from .texts import STORIES

STORY, REWORDED, UNRELATED = STORIES["ru"]


def register(department, text: str, n: int, **fields):
    return complaint_make(department=department, language="ru",
                          fields={"description": text, **customer(n), **fields})


@pytest.fixture
def qms_people(db):
    return [UserFactory(username="qms-ru", role=User.Role.QMS, language="ru"),
            UserFactory(username="qms-ka", role=User.Role.QMS, language="ka"),
            UserFactory(username="qms-away", role=User.Role.QMS, email="")]


def test_a_cluster_raises_one_alert_however_often_the_job_runs(department, qms_people):
    # given: three similar complaints and an unrelated one
    rule = SystemicRuleFactory(min_complaints=3)
    cluster = [register(department, text, n) for n, text in enumerate([STORY, REWORDED, STORY + " Срочно!"])]
    register(department, UNRELATED, 9)
    # when
    first = systemic_alerts_detect()
    second = systemic_alerts_detect()
    # then
    alert = SystemicAlert.objects.get()
    assert first.created == [alert.pk] and second.created == [] and second.grown == []
    assert alert.rule == rule and alert.complaint_count == 3
    assert set(alert.complaints.all()) == set(cluster)
    mails = Email.objects.filter(key__startswith=f"systemic:{alert.pk}:").order_by("key")
    assert sorted(m.to for m in mails) == [["qms-ka@example.com"], ["qms-ru@example.com"]]
    subjects = {m.to[0]: m.subject for m in mails}
    assert subjects["qms-ru@example.com"].startswith("Системная проблема: 3 похожие жалобы")
    assert subjects["qms-ka@example.com"].startswith("სისტემური პრობლემა")
    russian = mails.get(to=["qms-ru@example.com"])
    assert f"/staff/systemic/{alert.pk}/" in russian.text and "поступили 3 похожие жалобы" in russian.text


def test_a_growing_cluster_updates_its_alert_and_mails_no_one_again(department, qms_people):
    # given
    SystemicRuleFactory(min_complaints=3)
    for n, text in enumerate([STORY, REWORDED, STORY]):
        register(department, text, n)
    systemic_alerts_detect()
    alert = SystemicAlert.objects.get()
    # when
    newest = register(department, REWORDED + " Ждём ответа.", 5)
    result = systemic_alerts_detect()
    # then
    alert.refresh_from_db()
    assert result.grown == [alert.pk] and result.created == []
    assert alert.complaint_count == 4 and newest in alert.complaints.all() and alert.sample == newest
    assert Email.objects.filter(key__startswith="systemic:").count() == 2


def test_fewer_than_the_rule_asks_raise_nothing(department, qms_people):
    SystemicRuleFactory(min_complaints=4)
    for n, text in enumerate([STORY, REWORDED, STORY]):
        register(department, text, n)
    assert systemic_alerts_detect().created == []


def test_complaints_older_than_the_rules_days_do_not_count(department, qms_people):
    # given
    import time_machine

    SystemicRuleFactory(min_complaints=3, days=7)
    with time_machine.travel(timezone.now() - timedelta(days=10), tick=False):
        register(department, STORY, 1)
    register(department, STORY, 2)
    register(department, REWORDED, 3)
    # then
    assert systemic_alerts_detect().created == []


def test_category_scope_groups_complaints_about_one_product_or_service(department, qms_people):
    # given: a rule counting every complaint of one category, whatever its text
    from complaints.models import Category

    billing = Category.objects.create(code="subj-billing", dimension="subject", name_en="Billing",
                                      name_ru="Счета", name_ka="ანგარიშები")
    SystemicRuleFactory(scope=SystemicRule.Scope.SUBJECT, min_similarity=Decimal("0"), min_complaints=3)
    texts = [STORY, UNRELATED, STORIES["en"][2]]
    in_billing = [complaint_make(department=department, language="ru", subject_category=billing,
                                 fields={"description": text, **customer(n)}) for n, text in enumerate(texts)]
    register(department, STORY, 7)  # no category
    # when
    systemic_alerts_detect()
    # then
    alert = SystemicAlert.objects.get()
    assert set(alert.complaints.all()) == set(in_billing)
    assert alert.subject_category == billing and alert.topic == "Billing"
