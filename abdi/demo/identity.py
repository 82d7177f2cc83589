"""NIP / NI PPPK and NIK numbers that satisfy the rules (personnel.md §1-3), never reused in a run."""

from datetime import date


class SerialRegistry:
    """Hands out serials per prefix: NIP digits 16-18 count up per 15-digit prefix, from 001."""

    def __init__(self, width: int):
        self.width = width
        self.limit = 10**width - 1
        self._last: dict[str, int] = {}
        self._taken: set[str] = set()

    def take(self, number: str) -> str:
        """Registers a number decided elsewhere (a pinned persona, an existing row)."""
        prefix, serial = number[: -self.width], int(number[-self.width :])
        self._taken.add(number)
        self._last[prefix] = max(self._last.get(prefix, 0), serial)
        return number

    def next(self, prefix: str) -> str:
        serial = self._last.get(prefix, 0) + 1
        while f"{prefix}{serial:0{self.width}d}" in self._taken:
            serial += 1
        if serial > self.limit:
            raise ValueError(f"No serial left for prefix {prefix}.")
        self._last[prefix] = serial
        number = f"{prefix}{serial:0{self.width}d}"
        self._taken.add(number)
        return number


def nip_prefix(birth: date, tmt: date, gender: str, *, pppk: bool) -> str:
    """The first 15 digits: birth YYYYMMDD, TMT CPNS YYYYMM (PPPK: year + "21"), sex 1/2."""
    # Perka BKN 22/2007 for the NIP; NI PPPK digits 13-14 are "21" in practice (personnel.md §2).
    middle = f"{tmt.year}21" if pppk else f"{tmt:%Y%m}"
    return f"{birth:%Y%m%d}{middle}{'1' if gender == 'L' else '2'}"


def nik_prefix(region: str, district: int, birth: date, gender: str) -> str:
    """The first 12 digits: PPKK region, CC kecamatan, DDMMYY birth (day + 40 for women)."""
    day = birth.day + (40 if gender == "P" else 0)
    return f"{region}{district:02d}{day:02d}{birth:%m%y}"
