"""Kept for scrapyd-deploy, which builds its egg with ``python setup.py bdist_egg``.

Everything about the package (name, version, packages, package data, the scrapy entry point)
is in pyproject.toml.
"""

from setuptools import setup

setup(zip_safe=True)
