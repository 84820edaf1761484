"""Letters: templates -> letter text -> PDF (reportlab); nothing here knows Qt."""
