"""Scrapy custom commands (COMMANDS_MODULE = "newscrawl.commands"): `scrapy dataset`."""
