from django.urls import path

from . import views

app_name = "portal"
urlpatterns = [
    path("", views.submit, name="submit"),
    path("t/<str:token>/", views.track, name="track"),
    path("t/<str:token>/answer/", views.answer, name="answer"),
]
