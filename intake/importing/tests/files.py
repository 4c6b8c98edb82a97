"""Import files as spreadsheets and accounting systems write them."""

import csv
import io

from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook


def csv_upload(rows: list[list[object]], *, name: str = "history.csv", delimiter: str = ",",
               encoding: str = "utf-8") -> SimpleUploadedFile:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    return SimpleUploadedFile(name, buffer.getvalue().encode(encoding), content_type="text/csv")


def xlsx_upload(rows: list[list[object]], *, name: str = "history.xlsx") -> SimpleUploadedFile:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue())


HEADER_RU = ["№", "Дата", "Клиент", "Контактное лицо", "Телефон", "E-mail", "Описание", "Статус",
             "Дата закрытия", "Обоснованность", "Решение", "Отдел"]


def history_rows_ru(count: int = 3) -> list[list[object]]:
    """Closed complaints of 2025 as a Russian accounting export writes them."""
    rows: list[list[object]] = [HEADER_RU]
    for n in range(1, count + 1):
        rows.append([f"ЖБ-{n:05d}", f"{n % 28 + 1:02d}.03.2025 10:15", f"ООО Ромашка {n}", f"Иван Петров {n}",
                     f"+7 495 123 45 {n % 100:02d}", f"client{n}@example.com", f"Не пришла поставка №{n}.",
                     "Закрыта", f"{n % 28 + 1:02d}.04.2025", "Обоснованная", "Поставку довезли.", "support"])
    return rows
