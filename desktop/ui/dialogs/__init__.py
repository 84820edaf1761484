"""Qt dialogs of Privacy Desk."""
