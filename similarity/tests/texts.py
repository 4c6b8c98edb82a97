"""Complaint texts for the tests: a story, the same story in other words, and an unrelated one, per language."""

STORIES = {
    "en": (
        "After the last update of Ledger Pro the VAT report shows figures that do not match the ledger. "
        "Before the update everything was correct.",
        "Good afternoon. After the last update of Ledger Pro Corporate the VAT report shows figures which do "
        "not match the general ledger; before the update everything was correct. Please help.",
        "The courier delivered the barcode scanners two weeks late and one of the boxes arrived damaged.",
    ),
    "ru": (
        "После последнего обновления программы отчёт по НДС показывает цифры, которые не совпадают с "
        "бухгалтерской книгой. До обновления всё было правильно.",
        "Здравствуйте. После последнего обновления отчёт по НДС стал показывать суммы, которые не совпадают "
        "с бухгалтерской книгой, а до обновления всё было верно.",
        "Курьер привёз сканеры штрихкодов на две недели позже, и одна из коробок пришла повреждённой.",
    ),
    "ka": (
        "პროგრამის ბოლო განახლების შემდეგ დღგ-ის ანგარიშში ციფრები არ ემთხვევა მთავარ წიგნს. "
        "განახლებამდე ყველაფერი სწორად იყო.",
        "გამარჯობა. ბოლო განახლების შემდეგ დღგ-ის ანგარიშში ციფრები აღარ ემთხვევა მთავარ წიგნს, "
        "განახლებამდე კი ყველაფერი სწორად იყო.",
        "კურიერმა შტრიხკოდის სკანერები ორი კვირით გვიან მოიტანა და ერთი ყუთი დაზიანებული იყო.",
    ),
}
