"""Reading real message bytes: exact text, HTML-only mail, threading ids and the language guess."""

import pytest

from intake.mail.parse import message_parse

MIXED_SUBJECT = (b"From: =?utf-8?b?0J3QuNC90L4=?= <nino@example.com>\r\n"
                 b"Subject: =?utf-8?b?0JjQvdGC0LXRgNC90LXRgg==?= Internet =?utf-8?b?4YOQ4YOg?=\r\n"
                 b"Message-ID: <a@example.com>\r\nIn-Reply-To: <x@desk>\r\nReferences: <y@desk> <x@desk>\r\n"
                 b"Content-Type: text/plain; charset=utf-8\r\n\r\nhello\r\n")

HTML_ONLY = ("From: nino@example.com\r\nSubject: html\r\nMIME-Version: 1.0\r\n"
             "Content-Type: text/html; charset=utf-8\r\n\r\n"
             "<html><head><style>p{color:red}</style></head><body><p>Первая строка</p>"
             "<p>Вторая &amp; <b>третья</b></p></body></html>\r\n").encode()


def test_mixed_script_subject_keeps_its_spaces_and_thread_ids_are_read():
    parsed = message_parse(MIXED_SUBJECT)
    assert parsed.subject == "Интернет Internet არ"
    assert parsed.sender_name == "Нино" and parsed.sender_address == "nino@example.com"
    assert parsed.references == ["<x@desk>", "<y@desk>", "<x@desk>"]
    assert parsed.text == "hello" and not parsed.is_auto and not parsed.is_bounce


def test_html_only_mail_is_turned_into_text():
    parsed = message_parse(HTML_ONLY)
    assert parsed.text == "Первая строка\nВторая & третья"


def test_a_message_without_message_id_is_named_by_its_bytes():
    raw = b"From: a@example.com\r\nSubject: x\r\n\r\nbody\r\n"
    assert message_parse(raw).message_id == message_parse(raw).message_id
    assert message_parse(raw).message_id != message_parse(raw + b"more\r\n").message_id


def test_the_tracking_number_is_found_in_the_subject():
    raw = b"From: a@example.com\r\nSubject: Re: CD-2026-000042 still waiting\r\n\r\nbody\r\n"
    assert message_parse(raw).tracking_number == "CD-2026-000042"
