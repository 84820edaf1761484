"""The domain in plain Python: deadlines, routing, request types and case states (no Qt, no SQL)."""
