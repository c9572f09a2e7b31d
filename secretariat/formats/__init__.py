"""What the imports and the exports share: writing a file whole or not at all, CSV
dialects, keeping spreadsheet cells from being read as formulas. Below both (DESIGN.md
§3): it imports only the store and the domain.
"""
