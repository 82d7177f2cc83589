from .ratings import RatingSettings, ServiceContact, ServiceRating

__all__ = ["RatingSettings", "ServiceContact", "ServiceRating"]
