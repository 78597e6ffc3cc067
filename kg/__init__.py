"""kg: a knowledge graph of sanctions and UN Security Council resolutions, read from the news."""

__version__ = "0.1.0"
