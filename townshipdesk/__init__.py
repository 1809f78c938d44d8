"""TownshipDesk: offline-first government information disclosure for township offices."""

__version__ = "0.1.0"
