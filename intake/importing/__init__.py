"""Import of historical complaints from CSV or XLSX files, and export of the same shape.

Pure modules (no ORM): ``reading`` (bytes to rows), ``columns`` (what a column can be, guessed
from its header), ``values`` (a cell to a date, a choice, a text). ``rows`` turns one row into
a complaint's values with its errors; ``services`` writes; ``selectors`` reads; ``export`` writes files.
"""
