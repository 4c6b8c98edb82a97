from django.urls import path

from . import views
from .survey import views as survey_views

app_name = "portal"
urlpatterns = [
    path("", views.submit, name="submit"),
    path("t/<str:token>/", views.track, name="track"),
    path("t/<str:token>/answer/", views.answer, name="answer"),
    path("survey/<str:token>/", survey_views.survey, name="survey"),
]
