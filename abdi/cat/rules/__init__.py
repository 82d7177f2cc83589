"""Pure rules of the computer-assisted test (CAT): no Django, no I/O, table-tested from
shared/domain/workforce-and-recruitment.md §4."""
