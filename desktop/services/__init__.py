"""The use cases both faces call: validate, apply core rules, write in one transaction, audit."""
