from django.urls import path

from . import views

app_name = "similarity"
urlpatterns = [
    path("complaints/<str:number>/similar/", views.similar_panel, name="panel"),
    path("systemic/", views.alert_list, name="alerts"),
    path("systemic/<int:alert_id>/", views.alert_detail, name="alert"),
    path("systemic/<int:alert_id>/corrective-action/", views.alert_capa_open, name="alert_capa"),
]
