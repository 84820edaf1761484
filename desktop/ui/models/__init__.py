"""Qt models of Privacy Desk."""
