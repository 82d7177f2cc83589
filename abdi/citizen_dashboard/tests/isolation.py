"""What the tenant-isolation walker needs of this app: its one page takes no id; an agency asked
for by query string is checked by the view (test_dashboard covers another government's)."""

PARAMS: dict[str, str] = {}
PK_OF: dict[str, str] = {}
PUBLIC: set[str] = set()
OPERATOR_PAGES: set[str] = set()
SNAPSHOT_MODELS: tuple = ()


def victims(world, marked) -> tuple[dict, set]:
    return {}, set()
