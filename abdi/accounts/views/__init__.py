"""Account pages: log in/out, second factor, own password and tokens, admin account pages."""

from .auth import LoginView, LogoutView, PasswordChangeView, lockout_response, two_factor
from .manage import (
    account_create,
    account_detail,
    account_list,
    account_reset_password,
    account_reset_second_factor,
    account_set_active,
    role_grant,
    role_revoke,
)
from .tokens import token_list, token_revoke

__all__ = [
    "LoginView", "LogoutView", "PasswordChangeView", "account_create", "account_detail",
    "account_list", "account_reset_password", "account_reset_second_factor",
    "account_set_active", "lockout_response", "role_grant", "role_revoke", "token_list",
    "token_revoke", "two_factor",
]
