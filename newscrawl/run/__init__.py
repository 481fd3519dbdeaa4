"""What makes a run safe to start from cron, and what it leaves behind.

* ``lock``: one run per STATE_DIR at a time;
* ``outputs``: the local output folders, checked before any request;
* ``status``: the state committed after the feeds, the manifest, ``last_run.json``, the verdict
  and the exit status;
* ``crawl_delay``: robots.txt ``Crawl-delay`` honoured;
* ``backfill``: a backfill's feed in batches by default, and its pace for the estimates it logs.
"""
