from django.apps import AppConfig


class ComplaintdeskConfig(AppConfig):
    name = "complaintdesk"
    verbose_name = "complaintdesk"
