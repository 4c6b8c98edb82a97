"""``manage.py coach_bench``: how long a reply check takes, and what language detection costs in memory."""

import resource
import statistics
import time
from collections.abc import Callable

from django.core.management.base import BaseCommand, CommandParser

from coaching.checker import reply_check
from coaching.language import language_detect
from coaching.selectors import phrase_pack_compiled, reply_coach

TARGET_MS = 100  # issue 7: < 100 ms per check
REPLIES = {
    "ru": "Спасибо, что сообщили о проблеме. Согласно нашим правилам возврат возможен только через отдел, "
          "поэтому переключаю вас на менеджера. Не волнуйтесь, всё будет хорошо: мы заменим роутер в "
          "ближайшее время. Это наша ошибка, извините. ",
    "ka": "გმადლობთ, რომ შეგვატყობინეთ. ჩვენი პოლიტიკის მიხედვით თანხას ვერ დაგიბრუნებთ, ამიტომ მენეჯერთან "
          "გადაგრთავთ. ნუ ღელავთ, ყველაფერი კარგად იქნება: როუტერს მალე შევცვლით. ეს ჩვენი შეცდომაა. ",
    "en": "Thank you for letting us know. According to our policy refunds go through billing, so I'll pass you "
          "to a manager. Don't worry, everything will be fine: we will replace the router as soon as possible. "
          "It was our fault, sorry. ",
}
LONG_CHARS = 5000


def timed(run: Callable[[], object], runs: int) -> tuple[float, float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.95))]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


class Command(BaseCommand):
    help = ("Time the reply coach on typical (about 300 characters) and long (about 5,000) replies in Russian, "
            "Georgian and English: p50 and p95 of the pure check and of the whole check with its pack lookup; "
            "then the memory language detection adds to the process. A measurement: slowness never fails it.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--runs", type=int, default=300, help="timed checks per case (after one warm-up)")

    def handle(self, *args, runs: int, **options) -> None:
        runs = max(1, runs)
        header = f"{'case':<14} {'chars':>6} {'pure p50':>9} {'pure p95':>9} {'full p50':>9} {'full p95':>9}"
        self.stdout.write(f"reply coach, {runs} runs per case, times in ms (target < {TARGET_MS} ms)")
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        for language, reply in REPLIES.items():
            pack = phrase_pack_compiled(language=language)
            if pack is None:
                self.stdout.write(f"{language:<14} no active pack")
                continue
            for size, text in (("typical", reply), ("long", (reply * (LONG_CHARS // len(reply) + 1))[:LONG_CHARS])):
                reply_coach(text=text, language=language)  # warm-up: compiles the pack once
                pure = timed(lambda: reply_check(text=text, pack=pack), runs)
                full = timed(lambda: reply_coach(text=text, language=language), runs)
                self.stdout.write(f"{language + ' ' + size:<14} {len(text):>6} {pure[0]:>9.2f} {pure[1]:>9.2f} "
                                  f"{full[0]:>9.2f} {full[1]:>9.2f}")
        before = rss_mb()
        samples = ["Здравствуйте, у меня не работает интернет", "Добрий день, у мене не працює інтернет",
                   "My parcel did not arrive and nobody calls back", "Mein Paket ist nicht angekommen"]
        start = time.perf_counter()
        detected = [language_detect(text) for text in samples]
        first = (time.perf_counter() - start) * 1000
        per_text = timed(lambda: [language_detect(text) for text in samples], 50)[0] / len(samples)
        self.stdout.write(f"language detection: {detected}; first use {first:.0f} ms (builds the detectors), "
                          f"then {per_text:.2f} ms per text; peak RSS {before:.0f} MB -> {rss_mb():.0f} MB")
