"""Writes of the deadlines domain: reminders, breach escalation, delay notices.

``deadline_reminders_send`` and ``deadline_breaches_mark`` are run every five minutes
by ``deadlines.tasks.deadline_reminders_send_task``; ``deadline_extend`` is the delay
notice a responsible gives before the deadline slips.
"""

from .breaches import deadline_breaches_mark
from .delay import deadline_extend
from .reminders import deadline_reminders_send, reminder_points

__all__ = ["deadline_breaches_mark", "deadline_extend", "deadline_reminders_send", "reminder_points"]
