"""What a person reads in a PDF: its text through poppler's pdftotext, its pages as PNG through pdftoppm."""

import subprocess
from pathlib import Path


def pdf_text(content: bytes, tmp_path: Path) -> str:
    source = tmp_path / "report.pdf"
    source.write_bytes(content)
    return subprocess.run(["pdftotext", "-layout", str(source), "-"], check=True, capture_output=True,
                          text=True).stdout


def pdf_page_png(content: bytes, folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / f"{name}.pdf"
    source.write_bytes(content)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(source),
                    str(folder / name)], check=True)
    return folder / f"{name}.png"
