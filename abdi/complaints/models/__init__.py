from .case import Complaint, ComplaintAttachment, ComplaintEvent, ComplaintRating  # noqa: F401
from .setup import ComplaintOfficer, ComplaintSettings, TrackingCounter  # noqa: F401
