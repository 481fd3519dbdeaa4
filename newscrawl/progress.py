"""A one-line progress display for long work (the dataset command, a backfill crawl).

It draws only when its stream is a terminal: under cron or in CI stderr is a file or a pipe, and
a log full of carriage returns helps nobody. Redraws are throttled, so calling ``update`` for
every item costs next to nothing.
"""

import sys
import time


def _duration(seconds: float) -> str:
    seconds = int(max(seconds, 0))
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class Progress:
    """``update(done)`` with an optional ``fraction`` (0..1) of the whole job for the ETA, e.g.
    bytes read / bytes total when the item count is not known in advance."""

    def __init__(self, label: str, total: int | None = None, unit: str = "items",
                 stream=None, enabled: bool | None = None, interval: float = 0.25):
        self.label, self.total, self.unit = label, total, unit
        self.stream = stream if stream is not None else sys.stderr
        isatty = getattr(self.stream, "isatty", lambda: False)
        self.enabled = isatty() if enabled is None else enabled
        self.interval = interval
        self.started = time.monotonic()
        self._last_draw = 0.0
        self._done = 0
        self._width = 0

    def line(self, done: int, fraction: float | None = None) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = done / elapsed
        if fraction is None and self.total:
            fraction = done / self.total
        text = f"{self.label}: {done:,}"
        if self.total is not None:
            text += f"/{self.total:,}"
        text += f" {self.unit}  {rate:,.0f}/s"
        if fraction:
            eta = elapsed * (1 - fraction) / fraction
            text += f"  {fraction:4.0%}  ETA {_duration(eta)}"
        return text

    def update(self, done: int, fraction: float | None = None, force: bool = False) -> None:
        self._done = done
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._last_draw < self.interval:
            return
        self._last_draw = now
        text = self.line(done, fraction)
        # Pad to clear the rest of a longer previous line.
        self.stream.write("\r" + text.ljust(self._width))
        self.stream.flush()
        self._width = len(text)

    def close(self) -> None:
        """Draw the final state and end the line (a no-op off a terminal)."""
        if self.enabled:
            self.update(self._done, fraction=1.0 if self.total is None else None, force=True)
            self.stream.write(f"  in {_duration(time.monotonic() - self.started)}\n")
            self.stream.flush()
