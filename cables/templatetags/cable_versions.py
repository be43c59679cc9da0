"""How many versions a cable has, for the cable page's link to them."""

from django import template

from cables.models import Cable

register = template.Library()


@register.simple_tag
def version_count(cable: Cable) -> int:
    """One count on the version's unique (cable, number) index."""
    return cable.versions.count()
