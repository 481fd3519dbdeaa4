"""Packaging for scrapyd: `scrapyd-deploy` builds an egg from this file.

Only the `newscrawl` package goes into the egg (not tests, benchmarks or data); the JSON Schema
is package data so spidermon and the dataset command find it inside the zipped egg.
"""

from setuptools import find_packages, setup

from newscrawl import __version__

setup(
    name="newscrawl",
    version=__version__,
    packages=find_packages(include=["newscrawl", "newscrawl.*"]),
    package_data={"newscrawl.schemas": ["*.json"]},
    # scrapyd finds the project settings through this entry point.
    entry_points={"scrapy": ["settings = newscrawl.settings"]},
    zip_safe=True,
)
