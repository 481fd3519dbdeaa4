"""What makes a run safe to start from cron, and what it leaves behind.

* ``lock``: one run per STATE_DIR at a time;
* ``outputs``: the local output folders, checked before any request;
* ``status``: the state committed after the feeds, the verdict, the run report, the manifest
  (``manifests/<run id>.json``), ``last_run.json`` and the exit status;
* ``problems``: a run's problems in words (which check, an example URL, what to do), why a run
  reached nothing, the drops per reason;
* ``disk``: a full disk named once, and the crawl stopped;
* ``crawl_delay``: robots.txt ``Crawl-delay`` honoured;
* ``backfill``: a backfill's feed in batches by default, and its pace for the estimates it logs;
* ``log_lines``: one log line, not a traceback, for network failures and failed monitors.
"""
