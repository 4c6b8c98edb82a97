"""Reading one e-mail: exact text with ``email.policy.default``, threading ids, and what kind of mail it is."""

import hashlib
import re
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import getaddresses, parseaddr
from html.parser import HTMLParser

TRACKING_NUMBER = re.compile(r"\bCD-\d{4}-\d{6}\b")
MESSAGE_ID = re.compile(r"<[^<>\s]+>")
AUTO_PRECEDENCE = {"bulk", "junk", "auto_reply", "list"}


@dataclass(frozen=True)
class Attachment:
    name: str
    content: bytes


@dataclass(frozen=True)
class Parsed:
    message_id: str
    sender_name: str
    sender_address: str
    subject: str
    text: str
    references: list[str]
    is_auto: bool
    is_bounce: bool
    attachments: list[Attachment] = field(default_factory=list)

    @property
    def tracking_number(self) -> str:
        match = TRACKING_NUMBER.search(self.subject)
        return match.group(0) if match else ""


def clean(text: str) -> str:
    """Text as it may be stored: no NUL (PostgreSQL cannot keep it)."""
    return text.replace("\x00", "")


def message_parse(raw: bytes) -> Parsed:
    message = message_from_bytes(raw, policy=policy.default)
    name, address = parseaddr(str(message.get("From", "")))
    message_id = str(message.get("Message-ID", "")).strip()
    if not message_id:  # without one, the bytes themselves name the message
        message_id = "<sha256-" + hashlib.sha256(raw).hexdigest() + "@no-message-id>"
    references = MESSAGE_ID.findall(f"{message.get('In-Reply-To', '')} {message.get('References', '')}")
    bounce = is_bounce(message)
    if bounce:
        references += returned_message_ids(message)
    return Parsed(
        message_id=clean(message_id)[:500], sender_name=clean(name).strip(),
        sender_address=clean(address).strip().lower(),
        subject=clean(" ".join(str(message.get("Subject", "")).split())), text=clean(body_text(message)),
        references=references, is_auto=is_automatic(message), is_bounce=bounce,
        attachments=attachments_of(message),
    )


def is_automatic(message: EmailMessage) -> bool:
    auto_submitted = str(message.get("Auto-Submitted", "no")).strip().lower()
    precedence = str(message.get("Precedence", "")).strip().lower()
    return (auto_submitted not in ("", "no") or precedence in AUTO_PRECEDENCE
            or message.get("X-Auto-Response-Suppress") is not None)


def is_bounce(message: EmailMessage) -> bool:
    if message.get_content_type() == "multipart/report":
        return True
    _name, address = parseaddr(str(message.get("From", "")))
    return address.lower().startswith(("mailer-daemon@", "postmaster@"))


def returned_message_ids(report: EmailMessage) -> list[str]:
    """The Message-ID of our message a delivery report returns (its attached copy or headers)."""
    found = []
    for part in report.walk():
        if part.get_content_type() == "message/rfc822":
            for inner in part.iter_parts():
                found += MESSAGE_ID.findall(str(inner.get("Message-ID", "")))
        elif part.get_content_type() == "text/rfc822-headers":
            headers = message_from_bytes(part.get_payload(decode=True) or b"", policy=policy.default)
            found += MESSAGE_ID.findall(str(headers.get("Message-ID", "")))
    return found


def part_text(part: EmailMessage) -> str:
    """The part's text; a charset Python does not know is read as UTF-8, bad bytes replaced."""
    try:
        return part.get_content()
    except (LookupError, UnicodeError):
        return (part.get_payload(decode=True) or b"").decode("utf-8", errors="replace")


def body_text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    if part is not None:
        return part_text(part).strip()
    part = message.get_body(preferencelist=("html",))
    if part is not None:
        return html_to_text(part_text(part))
    return ""


def attachments_of(message: EmailMessage) -> list[Attachment]:
    found = []
    for part in message.iter_attachments():
        name = part.get_filename()
        if not name or part.get_content_maintype() == "multipart":
            continue
        found.append(Attachment(name=clean(name), content=part.get_payload(decode=True) or b""))
    return found


def addresses_of(value: str) -> list[str]:
    return [address.lower() for _name, address in getaddresses([value]) if address]


class _TextExtractor(HTMLParser):
    BREAKS = {"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"}

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    extractor = _TextExtractor()
    extractor.feed(html)
    lines = (" ".join(line.split()) for line in "".join(extractor.parts).splitlines())
    return "\n".join(line for line in lines if line).strip()
