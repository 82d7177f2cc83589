"""A queryset compiled to SQL once and run again with new values, for the busiest reads (an
employee's own indicator and the repeat check, read with every daily activity).

Building and compiling a queryset with joins costs more Python than the rest of such a request
(a third of it for the daily activity). `CompiledQuery` builds it once per database from
stand-in values, finds each stand-in among the compiled parameters, and on each call binds the
real values in their place; the rows become model instances exactly as a queryset makes them
(converters, select_related). On PostgreSQL the statement is prepared (core.prepared).

The government scope (django-scopes) is a value like the others: the queryset is compiled under
a stand-in government and each call binds the active one, so a query never runs unscoped or
under another government's id. `build` must depend on its arguments only: anything else it reads
(the clock, a setting) would be frozen into the statement.
"""

import datetime
import itertools
import threading

from django.db import connections, router
from django.db.models.query import get_related_populators
from django_scopes import get_scope, scope

from . import prepared

_FIRST_STAND_IN = -7_300_000_000_000  # far below any id: a value nobody stores
_SCOPE = "instansi"


def _stand_ins(kinds: dict) -> dict:
    """A distinct value of each declared type (int, str, date) per argument."""
    numbers = itertools.count(1)
    values = {}
    for name, kind in kinds.items():
        n = next(numbers)
        if kind is int:
            values[name] = _FIRST_STAND_IN - n
        elif kind is str:
            values[name] = f"\x1fstand-in-{n}-{name}"
        elif kind is datetime.date:
            values[name] = datetime.date(1, 1, n)
        else:
            raise TypeError(f"CompiledQuery: no stand-in for {kind!r} ({name})")
    return values


class _Compiled:
    """One database's statement: its SQL, which argument goes in each parameter, and how its
    rows become instances."""

    def __init__(self, queryset, alias: str, stand_ins: dict, exists: bool):
        query = queryset.query.exists(limit=True) if exists else queryset.query
        self.compiler = query.get_compiler(using=alias)
        self.sql, params = self.compiler.as_sql()
        # A date reaches SQLite as its ISO text (the backend adapts it): found, and bound, so.
        by_value = {(type(v), v): (name, False) for name, v in stand_ins.items()}
        by_value |= {(str, v.isoformat()): (name, True) for name, v in stand_ins.items()
                     if isinstance(v, datetime.date)}
        self.slots = []  # (argument, as ISO text) or (None, a fixed parameter)
        for param in params:
            self.slots.append(by_value.get((type(param), param), (None, param)))
        named = {name for name, _iso in self.slots if name is not None}
        self.scoped = _SCOPE in named  # the root model's manager filtered by the government
        missing = set(stand_ins) - named - {_SCOPE}
        if missing:  # a value that did not reach the SQL would be silently ignored
            raise ValueError(f"CompiledQuery: {sorted(missing)} not among the query's parameters")
        if not exists:
            select, klass_info = self.compiler.select, self.compiler.klass_info
            fields = klass_info["select_fields"]
            self.start, self.end = fields[0], fields[-1] + 1
            self.init_list = [f[0].target.attname for f in select[self.start:self.end]]
            self.model = klass_info["model"]
            self.populators = get_related_populators(klass_info, select, alias)
            # What results_iter would work out again for every row: the fields' converters.
            columns = [column[0] for column in select[0:self.compiler.col_count]]
            self.converters = (None if self.compiler.has_composite_fields(columns)
                               else self.compiler.get_converters(columns))

    def rows(self, fetched: list):
        """The fetched rows with the fields' converters applied, as results_iter gives them."""
        if self.converters is None:
            return self.compiler.results_iter([fetched])
        if self.converters:
            return self.compiler.apply_converters(fetched, self.converters)
        return fetched

    def params(self, values: dict) -> list:
        return [fixed if name is None else values[name].isoformat() if fixed else values[name]
                for name, fixed in self.slots]


class CompiledQuery:
    """`build(**values)` -> a QuerySet, compiled once per database and thread; `first` and
    `exists` run it with new values of the declared types (`kinds`: name -> int, str or date).
    Each value must reach the SQL as itself (an exact lookup, not `icontains`); `first` reads
    the first row of the query as built (slice it: `[:1]`)."""

    def __init__(self, build, model, **kinds):
        if _SCOPE in kinds:
            raise ValueError(f"CompiledQuery: {_SCOPE!r} is the active scope's, not an argument")
        self.build, self.model, self.kinds = build, model, kinds
        self._local = threading.local()  # a compiler is not shared between threads

    def _compiled(self, alias: str, exists: bool) -> _Compiled:
        cache = self._local.__dict__.setdefault("by_alias", {})
        compiled = cache.get((alias, exists))
        if compiled is None:
            stand_ins = _stand_ins({**self.kinds, _SCOPE: int})
            with scope(instansi=stand_ins[_SCOPE]):
                queryset = self.build(**{k: v for k, v in stand_ins.items() if k != _SCOPE})
            compiled = cache[(alias, exists)] = _Compiled(queryset, alias, stand_ins, exists)
        return compiled

    def _bound(self, values: dict, compiled: _Compiled) -> dict | None:
        """The values with the active government's id, or None when the ordinary queryset must
        decide (scopes disabled, or none active: it refuses)."""
        if set(values) != set(self.kinds):
            raise TypeError(f"CompiledQuery takes {sorted(self.kinds)}, not {sorted(values)}")
        active = get_scope()
        if not compiled.scoped:
            return values
        if not active.get("_enabled", True) or active.get(_SCOPE) is None:
            return None
        return {**values, _SCOPE: active[_SCOPE]}

    def _run(self, values: dict, exists: bool):
        alias = router.db_for_read(self.model)
        connection = connections[alias]
        compiled = self._compiled(alias, exists)
        bound = self._bound(values, compiled)
        if bound is None:
            return compiled, None
        with (prepared.cursor(connection) if prepared.available(connection)
              else connection.cursor()) as cursor:
            cursor.execute(compiled.sql, compiled.params(bound))
            return compiled, cursor.fetchmany(1)

    def first(self, **values):
        """The first instance the query yields, or None."""
        compiled, rows = self._run(values, exists=False)
        if rows is None:
            return next(iter(self.build(**values)), None)
        alias = compiled.compiler.using
        for row in compiled.rows(rows):
            obj = compiled.model.from_db(alias, compiled.init_list, row[compiled.start:compiled.end])
            for populator in compiled.populators:
                populator.populate(row, obj)
            return obj
        return None

    def exists(self, **values) -> bool:
        _compiled, rows = self._run(values, exists=True)
        if rows is None:
            return self.build(**values).exists()
        return bool(rows)


