from django.urls import path

from .views import actions, auth, complaint, internal, proposal, queue, register
from .views import calendar, weekly
from .views import departments, transfer
from .views import delay
from .views import capa
from .views import coach
from .views import resolution
from .views import export, importing
from .views import triage
from .views import reports

app_name = "web"
urlpatterns = [
    path("login/", auth.StaffLoginView.as_view(), name="login"),
    path("logout/", auth.StaffLogoutView.as_view(), name="logout"),
    path("", queue.queue, name="queue"),
    path("register/", register.register, name="register"),
    path("register/letter/", register.register_letter, name="register_letter"),
    path("internal/", internal.internal_appeal, name="internal"),
    path("complaints/<str:number>/", complaint.complaint_page, name="complaint"),
    path("complaints/<str:number>/attachments/<int:attachment_id>/", complaint.attachment_download,
         name="attachment"),
    path("complaints/<str:number>/take/", actions.take, name="take"),
    path("complaints/<str:number>/note/", actions.note_add, name="note"),
    path("complaints/<str:number>/script/", actions.script_update, name="script"),
    path("complaints/<str:number>/close/", resolution.close, name="close"),
    path("complaints/<str:number>/investigation/", resolution.investigation, name="investigation"),
    path("complaints/<str:number>/remedy/", resolution.remedy, name="remedy"),
    path("complaints/<str:number>/reopen/", actions.reopen, name="reopen"),
    path("complaints/<str:number>/hand-off/", actions.hand_off, name="hand_off"),
    path("complaints/<str:number>/propose/", proposal.propose, name="propose"),
    path("complaints/<str:number>/answer/", proposal.answer, name="answer"),
    path("complaints/<str:number>/delay/", delay.delay_announce, name="delay"),
    path("complaints/<str:number>/transfer/", transfer.transfer, name="transfer"),
    path("coach/check/", coach.coach_check, name="coach_check"),
    path("imports/", importing.imports, name="imports"),
    path("imports/<int:run_id>/", importing.import_detail, name="import"),
    path("imports/<int:run_id>/run/", importing.import_run, name="import_run"),
    path("imports/<int:run_id>/progress/", importing.import_progress, name="import_progress"),
    path("export.csv", export.export_csv, name="export_csv"),
    path("export.xlsx", export.export_xlsx, name="export_xlsx"),
    path("departments/", departments.departments, name="departments"),
    path("calendars/", calendar.calendar_list, name="calendars"),
    path("calendars/<int:calendar_id>/", calendar.calendar_days, name="calendar"),
    path("weekly/", weekly.weekly, name="weekly"),
    path("complaints/<str:number>/triage/", triage.apply, name="triage_apply"),
    path("triage/", triage.model, name="triage"),
    path("triage/suggest/", triage.suggest, name="triage_suggest"),
    path("reports/", reports.report_dashboard, name="reports"),
    path("reports/export/<str:file_format>/", reports.report_export, name="report_export"),
    path("corrective-actions/", capa.capa_list, name="capa_list"),
    path("corrective-actions/new/", capa.capa_new, name="capa_new"),
    path("corrective-actions/<int:action_id>/", capa.capa_detail, name="capa"),
    path("corrective-actions/<int:action_id>/status/", capa.capa_status, name="capa_status"),
    path("corrective-actions/<int:action_id>/check/", capa.capa_effectiveness, name="capa_effectiveness"),
]
