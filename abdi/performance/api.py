"""SKP, daily activities and validation through the JSON API, under /api/performance.

Same queries, policy and services as the pages, so a role sees and changes exactly what it
would on screen. The operations live in api_skp.py and api_activities.py, their schemas in
api_schemas.py; `id`, `ekinerja_id` and the employee's `nip` are kept for the BKN e-Kinerja sync.
"""

from ninja import Router

from .api_activities import router as activities_router
from .api_skp import router as skp_router

router = Router(tags=["performance"])
router.add_router("", skp_router)
router.add_router("", activities_router)
