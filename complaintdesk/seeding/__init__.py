"""Demo data: the catalogue (departments, categories, staff), realistic complaints in ru/ka/en, bulk loading.

Seeded history is written in bulk, straight into the tables, so it skips the
services on purpose: it writes complaints, their timelines and proposals, but no
audit records (the audit chain records what people did, and nobody did this).
"""
