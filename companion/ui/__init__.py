"""The PySide6 desktop app: views over Qt models fed by the sync client's Qt bridge."""
