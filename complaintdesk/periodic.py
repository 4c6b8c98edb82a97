"""Every periodic job, in one list, and the time slots they are due at.

Cron expressions are read in the site's time zone (``TIME_ZONE``); https://crontab.guru
explains them.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from croniter import croniter


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    cron: str
    task: str  # dotted path of a django-tasks Task taking ``slot`` (ISO datetime) as keyword
    catch_up: timedelta = timedelta(hours=1)  # a slot missed by more (scheduler down) is skipped


PERIODIC_JOBS: tuple[PeriodicJob, ...] = (
    # 03:15 every night: https://crontab.guru/#15_3_*_*_*
    PeriodicJob("audit_chain_verify", "15 3 * * *", "audit.tasks.audit_chain_verify_task", timedelta(hours=12)),
    # every 5 minutes: deadline reminders and breach escalation https://crontab.guru/#*/5_*_*_*_*
    PeriodicJob("deadline_watch", "*/5 * * * *", "deadlines.tasks.deadline_reminders_send_task"),
    # Mondays 09:00: the weekly deadline summary to QMS and heads https://crontab.guru/#0_9_*_*_1
    PeriodicJob("weekly_summary", "0 9 * * 1", "deadlines.summary_tasks.weekly_summary_send_task", timedelta(hours=12)),
    # 03:45 every day: the month figures behind the report trends, recounted https://crontab.guru/#45_3_*_*_*
    PeriodicJob("month_figures_refresh", "45 3 * * *", "reports.tasks.month_figures_refresh_task", timedelta(hours=12)),
    # 08:30 every day: last month's quality report, sent on the first working day https://crontab.guru/#30_8_*_*_*
    PeriodicJob("monthly_report", "30 8 * * *", "reports.tasks.monthly_reports_send_task", timedelta(hours=12)),
    # every 15 minutes: follow-up surveys due in the customers' working hours https://crontab.guru/#*/15_*_*_*_*
    PeriodicJob("survey_send", "*/15 * * * *", "followup.tasks.survey_send_task"),
    # 08:00 every day: owners of corrective actions whose effectiveness check is due https://crontab.guru/#0_8_*_*_*
    PeriodicJob("capa_check_reminders", "0 8 * * *", "capa.tasks.capa_check_reminders_send_task", timedelta(hours=12)),
    # 02:30 every night: the triage model learns from the day's closed complaints https://crontab.guru/#30_2_*_*_*
    PeriodicJob("triage_model_train", "30 2 * * *", "triage.tasks.triage_model_train_task", timedelta(hours=12)),
    # every minute: unread e-mail of the mailboxes becomes complaints or joins them https://crontab.guru/#*_*_*_*_*
    PeriodicJob("mailboxes_poll", "* * * * *", "intake.tasks.mailboxes_poll_task", timedelta(minutes=5)),
    # every minute: complaints accepted at once whose registration broke off https://crontab.guru/#*_*_*_*_*
    PeriodicJob("receipts_sweep", "* * * * *", "intake.tasks.receipts_sweep_task", timedelta(minutes=5)),
    # every hour: the public form's flood counts past their window are deleted https://crontab.guru/#7_*_*_*_*
    PeriodicJob("submission_attempts_expire", "7 * * * *", "portal.tasks.submission_attempts_expire_task"),
    # every hour at :20: clusters of similar complaints become systemic alerts for QMS https://crontab.guru/#20_*_*_*_*
    PeriodicJob("systemic_alerts_detect", "20 * * * *", "similarity.tasks.systemic_alerts_detect_task",
                timedelta(hours=2)),
)


def latest_slot(job: PeriodicJob, *, now: datetime, time_zone: str) -> datetime | None:
    """The newest slot at or before ``now``, unless it is older than the job's catch-up window."""
    local_now = now.astimezone(ZoneInfo(time_zone))
    iterator = croniter(job.cron, local_now + timedelta(microseconds=1))
    slot = iterator.get_prev(datetime)
    if now - slot > job.catch_up:
        return None
    return slot
