"""The ``incidentmap`` command line: the one place that wires the packages together."""

__version__ = "0.1.0"
