from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", views.LogoutView.as_view(), name="logout"),
    path("two-factor/", views.two_factor, name="two_factor"),
    path("password/", views.PasswordChangeView.as_view(), name="password_change"),
    path("tokens/", views.token_list, name="tokens"),
    path("tokens/<int:token_id>/revoke/", views.token_revoke, name="token_revoke"),
    path("manage/", views.account_list, name="account_list"),
    path("manage/new/", views.account_create, name="account_create"),
    path("manage/<int:user_id>/", views.account_detail, name="account_detail"),
    path("manage/<int:user_id>/reset-password/", views.account_reset_password,
         name="account_reset_password"),
    path("manage/<int:user_id>/active/", views.account_set_active, name="account_set_active"),
    path("manage/<int:user_id>/reset-second-factor/", views.account_reset_second_factor,
         name="account_reset_second_factor"),
    path("manage/<int:user_id>/roles/", views.role_grant, name="role_grant"),
    path("manage/<int:user_id>/roles/<int:grant_id>/revoke/", views.role_revoke,
         name="role_revoke"),
]
