"""Qt pages of Privacy Desk."""
