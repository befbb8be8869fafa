"""Meeting Companion: a desktop companion for hybrid intergovernmental meetings."""

__version__ = "0.1.0"
