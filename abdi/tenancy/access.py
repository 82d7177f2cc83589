"""The door to a government's pages: members only; everyone else is told nothing exists."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.http import Http404


def member_required(view):
    """Log in first; a user of no government (a platform operator) gets 404, never 403."""

    @login_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if getattr(request.user, "instansi_id", None) is None:
            raise Http404
        return view(request, *args, **kwargs)

    return wrapped
