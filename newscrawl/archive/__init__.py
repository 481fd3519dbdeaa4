"""The web archive of what the crawl fetched (WARC files, warcio), and what reads it back.

* ``writer``: the extension that hands every article response to the writer process;
* ``records``: the WARC records and their index, and that writer process;
* ``files``: the archive's file names, folders and retention;
* ``reader``: scanning files, every archived response by URL, a record as a Scrapy response;
* ``replay``: a crawl answered from an archive (a download handler);
* ``addon``: turns the archive or the replay on;
* ``__main__``: ``python -m newscrawl.archive page ID`` / ``prune``.

Layers: ``reader`` and ``records`` know nothing of the crawl; ``replay`` reads, ``writer``
writes, ``addon`` picks one of them. Nothing here imports the spider or the page modules.
"""
