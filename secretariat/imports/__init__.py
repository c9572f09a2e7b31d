"""Import: CSV, XLSX and vCard files into organisations and contacts, without duplicates."""
