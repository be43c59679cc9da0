"""The curators' admin: the ModelAdmins (model_admins), their list filters, forms and
pagination. Django's admin autodiscovery imports this package, which registers them."""

from cables.admin import model_admins  # noqa: F401  (registers the ModelAdmins)
