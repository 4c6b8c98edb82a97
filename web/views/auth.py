"""Signing in and out: Django's own views with the staff templates."""

from django.contrib.auth import views as auth_views


class StaffLoginView(auth_views.LoginView):
    template_name = "web/login.html"
    redirect_authenticated_user = True


class StaffLogoutView(auth_views.LogoutView):
    """Signs out on POST only (Django refuses GET since 5.0), so a link cannot sign anyone out."""
