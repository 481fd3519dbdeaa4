"""Who the crawler says it is: its own User-agent token and a contact URL the site can use.

The token (BOT_NAME, "newscrawl") is what robots.txt groups are matched against
(ROBOTSTXT_USER_AGENT): a group "User-agent: newscrawl" is obeyed over "User-agent: *", and
words of the contact URL in the User-Agent header (a host name, a path) can never pick another
group. The contact URL is a setting (NEWSCRAWL_CONTACT_URL), set by the operator to their own;
the User-Agent header is built from it unless USER_AGENT is given explicitly.
"""

from newscrawl import __version__


def user_agent(token, contact_url):
    return f"{token}/{__version__} (+{contact_url})"


def apply(settings):
    """Rebuild USER_AGENT from a contact URL given later than the project's settings (`-s`,
    scrapyd's `-d setting=`); an explicit USER_AGENT wins."""
    if settings.getpriority("NEWSCRAWL_CONTACT_URL") > settings.getpriority("USER_AGENT"):
        settings.set(
            "USER_AGENT",
            user_agent(settings.get("BOT_NAME"), settings.get("NEWSCRAWL_CONTACT_URL")),
            priority=settings.getpriority("NEWSCRAWL_CONTACT_URL"),
        )
