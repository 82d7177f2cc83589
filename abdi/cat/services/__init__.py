"""Write operations of the CAT. Other apps call `enrol_candidates` (recruitment → CAT)."""

from .sessions import add_time, create_session, enrol_candidates, release_token, reset_device

__all__ = ["add_time", "create_session", "enrol_candidates", "release_token", "reset_device"]
