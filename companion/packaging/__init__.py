"""The installable app: a self-contained folder (PyInstaller, one-dir) and its archive or installer.

    python -m companion.packaging build            # Linux: dist/meeting-companion/ + .tar.gz
    python -m companion.packaging build --no-archive
    python -m companion.packaging recipe windows   # writes the Inno Setup script (untested here)
    python -m companion.packaging recipe macos     # prints how the .app and .dmg are made (untested here)

The folder runs without Python: ``dist/meeting-companion/meeting-companion --server URL``; with no
``--server`` it is also the embedded server (``--serve-embedded``, see companion/launcher).
"""
