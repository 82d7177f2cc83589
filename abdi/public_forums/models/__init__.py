"""Models of this domain."""

from .forum import Commitment, CommitmentProgress, Forum, Registration

__all__ = ["Commitment", "CommitmentProgress", "Forum", "Registration"]
