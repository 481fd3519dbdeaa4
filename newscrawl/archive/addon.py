"""The add-on that turns the archive or the replay on, from the settings of this run."""

from __future__ import annotations

from newscrawl.archive.replay import ReplayStart
from newscrawl.archive.writer import ArchiveWriter


class ArchiveAddon:
    """Scrapy add-on: turns the archive on or the replay on, from the settings of this run
    (add-ons see the command line's ``-s``, settings.py cannot).
    https://docs.scrapy.org/en/latest/topics/addons.html"""

    def update_settings(self, settings):
        if settings.get("NEWSCRAWL_REPLAY"):
            handlers = dict(settings.getdict("DOWNLOAD_HANDLERS"))
            handlers.update(
                {
                    "http": "newscrawl.archive.replay.ReplayDownloadHandler",
                    "https": "newscrawl.archive.replay.ReplayDownloadHandler",
                }
            )
            # DOWNLOAD_HANDLERS is a plain dict setting: replace it at the priority it has
            settings.set("DOWNLOAD_HANDLERS", handlers, priority=settings.getpriority("DOWNLOAD_HANDLERS") or "addon")
            settings.set_in_component_priority_dict("SPIDER_MIDDLEWARES", ReplayStart, 10)
        elif settings.get("NEWSCRAWL_ARCHIVE_DIR"):
            # before Scrapy's FeedExporter (order 0), so that its spider_closed runs first
            settings.set_in_component_priority_dict("EXTENSIONS", ArchiveWriter, -100)
