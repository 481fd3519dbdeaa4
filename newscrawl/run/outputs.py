"""The run's local output folders: where the feeds go, and whether they can be written there."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from w3lib.url import file_uri_to_path

logger = logging.getLogger(__name__)


class OutputError(OSError):
    """An output folder cannot be written; the message names it."""


def local_feed_paths(settings):
    """The local file targets of FEEDS (URI templates; %(time)s etc. left in the file name)."""
    paths = []
    for uri in settings.getdict("FEEDS"):
        uri = str(uri)
        if uri.startswith("file:"):
            paths.append(Path(file_uri_to_path(uri)))
        elif "://" not in uri and uri not in ("-", "stdout:"):
            paths.append(Path(uri))
    return paths


def check_output_folder(path):
    """The folder a feed file will be written to exists (or can be created) and is writable."""
    folder = path.parent
    if "%(" in str(folder):  # a parameter in a folder name: check the part before it
        folder = Path(str(folder).split("%(")[0]).parent
    probe = folder.absolute()
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if not probe.is_dir():
        raise OutputError(f"output folder {str(folder)!r} cannot be created: {str(probe)!r} is not a folder")
    if not os.access(probe, os.W_OK | os.X_OK):
        what = "is not writable" if probe == folder.absolute() else f"cannot be created in {str(probe)!r}"
        raise OutputError(f"output folder {str(folder)!r} {what} by this user")
