"""The benchmarks tests run the desktop side: each gets its own keyring and settings."""

from desktop_isolation import test_keyring, test_settings  # noqa: F401  (autouse: keychain, settings)
