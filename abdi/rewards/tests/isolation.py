"""What the tenant-isolation walker (abdi/tenancy/tests/test_isolation.py) needs of this app."""

PARAMS: dict[str, str] = {}
PK_OF: dict[str, str] = {}
PUBLIC: set[str] = set()  # URL names anyone may open without logging in
OPERATOR_PAGES: set[str] = set()  # URL names a platform operator may open (public pages too)
SNAPSHOT_MODELS: tuple = ()


def victims(world, marked) -> tuple[dict, set]:
    """One object of each kind of this app in the first government, and strings never to leak."""
    return {}, set()
