"""The only Qt: the main window, its pages, dialogs and item models."""
