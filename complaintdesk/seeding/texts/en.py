"""Seeded complaints written in English: international companies served from Tbilisi and Batumi."""

from random import Random

from .base import Contact, LanguageTexts

SOFTWARE = ("Ledger Pro 3.0", "Ledger Pro Corporate", "Trade & Warehouse 11", "Payroll & HR 3.1")

PRODUCTS = {
    "subj-accounting": ("Ledger Pro 3.0", "Ledger Pro Corporate", "Ledger Pro for Public Institutions"),
    "subj-payroll": ("Payroll & HR 3.1", "Payroll & HR Corporate"),
    "subj-reporting": ("Tax Link e-filing", "e-Report Online"),
    "subj-trade": ("Trade & Warehouse 11", "Retail Point 2.3", "Integrated Automation 2.5"),
    "subj-support-line": SOFTWARE,
    "subj-updates": SOFTWARE,
    "subj-cloud": ("Ledger Pro Cloud", "Trade & Warehouse Cloud"),
    "subj-implementation": ("Trade & Warehouse 11", "Integrated Automation 2.5", "Ledger Pro Corporate"),
    "subj-training": ("Ledger Pro course for accountants", "Payroll & HR seminar"),
    "subj-licences": ("Ledger Pro, 5 seats", "Trade & Warehouse 11", "Payroll & HR Corporate"),
    "subj-billing": ("annual maintenance contract", "Ledger Pro licences", "cloud subscription"),
    "subj-delivery": ("ZX-50 barcode scanners", "LP-40 label printers", "DR-410 cash drawers"),
    "subj-equipment": ("FR-200 fiscal printer", "Atlas-F cash register", "Atlas-T POS terminal"),
}

COMPLAINTS = {
    "update_broke_reports": (
        "On {date} we installed the update of {product} that your engineer recommended, and since then "
        "{report} will not build at all: the program shows an error and closes. The quarter ends soon.",
        "After the last update of {product}, {report} shows figures that do not match the ledger. "
        "Before the update everything was correct, and we have to submit it this week.",
        "Your update of {date} broke our reports in {product}. Nobody warned us that the report forms would "
        "change, and our accountant has been redoing them by hand {wait}.",
    ),
    "vat_return_wrong": (
        "{product} calculated {report} wrongly: VAT on advance payments is counted twice. We noticed it on "
        "{date} only because the total looked far too high.",
        "The tax office returned the return we filed through {product} because of an error in the totals. "
        "We filled in everything exactly as your instructions say.",
    ),
    "payroll_wrong": (
        "{product} calculated this month's salaries with the old income tax rate. Twelve employees were paid "
        "less than they should have been, and we had to explain it to each of them.",
        "After we entered a sick leave in {product} on {date}, the payroll of the whole department was "
        "recalculated and the figures are wrong. The salaries have already been paid.",
    ),
    "program_slow": (
        "{product} has become extremely slow: posting one invoice takes almost a minute, and at the end of "
        "the day the warehouse staff just wait. This has been going on {wait}.",
        "Since {date} {product} freezes every time we open the stock report. Our cashiers cannot serve "
        "customers while it hangs.",
    ),
    "licence_not_activated": (
        "We paid for {product} on {date}, but the licence has still not been activated and the program runs "
        "in demo mode. We have been waiting {wait}.",
        "The licence key you sent for {product} does not work: the program says it has already been used "
        "on another computer.",
    ),
    "callback_not_made": (
        "On {date} I called your support line about {product}. Your {employee} promised to call me back the "
        "same day and never did. I have called twice more since then.",
        "I was told by your {employee} that someone would call within an hour to connect to our computer and "
        "fix {product}. We waited the whole day: no call, no e-mail.",
    ),
    "rude_employee": (
        "I called about a problem with {product}, and your {employee} spoke to me rudely, kept interrupting "
        "and said it was our own fault. No supplier has ever spoken to us like that.",
        "Your {employee} told me I should read the manual of {product} instead of calling, and hung up. "
        "This is not the service we pay for.",
    ),
    "wrong_advice": (
        "On {date} your {employee} explained how to close the month in {product}. We did exactly that, and "
        "now last year's balances have changed.",
        "The support line gave us wrong advice on setting up VAT in {product}; because of it we issued "
        "invoices with the wrong rate for a whole week.",
    ),
    "wrong_invoice": (
        "Invoice No. {number} for the {product} includes items we never ordered. The total is {amount}, far "
        "more than we agreed.",
        "Invoice No. {number} for the {product} shows our old address and a wrong tax number, so our "
        "accountant cannot book it.",
    ),
    "double_charge": (
        "We were charged twice for the {product}: {amount} left our account on {date} and again two days "
        "later. Please return the second payment.",
        "This month the fee for the {product}, {amount}, was taken twice. Our bank confirms both payments.",
    ),
    "price_raised": (
        "The price of {product} went up without any warning. Nobody told us about the change before sending "
        "an invoice for {amount}.",
        "We have been your customer for six years, and renewing {product} now costs {amount}. We cannot "
        "accept such an increase without an explanation.",
    ),
    "delivery_late": (
        "We ordered {product} and were promised delivery by {date}. We have been waiting {wait}, and nobody "
        "can tell us where the order is.",
        "The courier was supposed to bring the {product} on {date}. We stayed in the office until the "
        "evening, but nobody came and nobody called.",
    ),
    "delivery_wrong_item": (
        "Instead of the {product} we ordered we received a different model, and one box was damaged. We "
        "cannot open the new shop without the right equipment.",
        "The delivery of {date} was incomplete: the {product} came without cables and without the documents.",
    ),
    "register_broken": (
        "The {product} we bought from you stopped printing receipts on {date}. The shop cannot sell anything "
        "without it.",
        "Since your technician set up the {product}, every receipt shows a wrong VAT line. We are afraid of a "
        "fine from the tax office.",
    ),
    "implementation_late": (
        "The implementation of {product} was supposed to be finished by {date}. The deadline has passed and "
        "we still cannot ship goods from the new warehouse.",
        "Your project team keeps postponing the launch of {product}. We were promised one month; it has been "
        "three.",
    ),
    "migration_lost_data": (
        "After your specialists moved our data into {product}, the opening balances of our customers are "
        "missing and about two hundred documents are lost.",
        "When the database was transferred on {date}, all the supplier contracts disappeared from {product}. "
        "We are entering them again by hand.",
    ),
    "no_backup_before_update": (
        "Your engineer updated {product} on {date} without making a backup of our database first. The update "
        "failed and we lost a week of work.",
        "We asked for a backup before every update. On {date} it was not done, and now {product} cannot be "
        "restored to the state before the update.",
    ),
    "cloud_unavailable": (
        "{product} was unavailable on {date} from the morning until lunch. Twenty of our users could not "
        "work.",
        "This is the third time this month that {product} does not open. We pay for a service that should "
        "work around the clock.",
    ),
    "training_cancelled": (
        "Our accountant came to the {product} on {date}, but the class had been cancelled and nobody told "
        "us. We lost a working day.",
        "The {product} was moved to another date twice without any notice, and we had planned the whole "
        "team's week around it.",
    ),
    "trainer_unprepared": (
        "The trainer of the {product} could not answer basic questions and spent half of the session "
        "looking for the right settings.",
        "The {product} on {date} was a reading of the manual aloud. Our staff learned nothing new.",
    ),
    "ticket_no_answer": (
        "I sent a request about {product} on {date} and received only an automatic reply. No answer from a "
        "person {wait}.",
        "We have a critical error in {product}, and our request No. {number} has had no answer {wait}.",
    ),
    "engineer_no_show": (
        "Your {employee} was supposed to come on {date} to set up {product}. We waited all day; nobody came "
        "and nobody called to warn us.",
        "Your {employee} promised to visit us on {date} and connect the new workstations to {product}. The "
        "visit has been moved three times.",
    ),
    "documents_missing": (
        "We paid for the {product} on {date}, but we still have no closing documents (the act and the "
        "invoice). Our auditors need them now.",
        "For three months we have been asking for the signed contract for the {product}. Without it our "
        "accounting department cannot pay.",
    ),
    "subscription_lapsed": (
        "Our maintenance subscription for {product} expired on {date} and nobody warned us. The tax forms "
        "were not updated and we missed a filing.",
        "We learned that the updates for {product} had stopped only when the update failed. Your manager "
        "used to remind us; this year nobody called.",
    ),
    "customer_deleted_data": (
        "After one of our users cleaned up old documents in {product}, last year's balances are wrong. We "
        "need your help to restore them.",
        "Someone in our office deleted a warehouse in {product} by mistake, and all its stock balances "
        "disappeared. We need them back today.",
    ),
    "report_not_sent": (
        "We sent {report} through {product} on {date}, and the program showed it as sent, but it never "
        "reached the tax office. Now we have a penalty of {amount}.",
        "{product} showed that {report} was submitted successfully, but the tax office has no record of it.",
    ),
}

INTERNAL = {
    "int_callback_missed": (
        "The customer called on {date} about {product}. Our {employee} promised to call back the same day "
        "and did not; the customer called again today and was upset.",
        "A customer who asked about {product} on {date} was promised a call back, but nobody called. The "
        "customer does not know yet that the request was lost.",
    ),
    "int_refund_late": (
        "The customer paid {amount} by mistake for {product} on {date}. The refund should have been made "
        "within 10 days and still has not been.",
    ),
    "int_wrong_product": (
        "The customer was sold {product}, which does not fit their needs: nobody asked how many warehouses "
        "they have. They will find out at implementation.",
    ),
    "int_request_unprocessed": (
        "I noticed that a customer's request about {product} has been lying unprocessed since {date}. "
        "Nobody took it.",
    ),
    "int_no_backup": (
        "When {product} was updated for the customer on {date}, no backup of the database was made. Nothing "
        "broke this time, but the rule was not followed.",
    ),
    "int_contact_wrong": (
        "The contact person in the customer's card is wrong and the position is missing, so the invoice for "
        "the {product} went to someone who has left the company.",
    ),
    "int_obligation_unfulfilled": (
        "We promised the customer to set up the bank exchange in {product} by {date}. It was not done, and "
        "the customer does not know yet.",
    ),
    "int_renewal_not_called": (
        "The customer's subscription for {product} expired on {date}, and nobody called them about the "
        "renewal as the procedure requires.",
    ),
    "int_contract_scan_missing": (
        "The order for {product} was registered without the scan of the signed contract, so it cannot be "
        "passed to accounting.",
    ),
}

APPEALS = {
    "objection": (
        "It is too expensive for us right now. We will think about it and call you back.",
        "We do not need a new version; the old one works fine for us.",
        "Another supplier offered us a better price, so I do not see why we should renew {product}.",
        "We are not ready to discuss this now. Maybe next quarter.",
    ),
    "inquiry": (
        "How can we move {product} to a new computer without losing any data?",
        "When is the next update of {product} with the new tax forms expected?",
        "Could you send us a copy of last year's act for {product}? Our auditors are asking for it.",
        "We need to add one more user to {product}. What do we have to do?",
        "Where can we download the user manual for {product}?",
    ),
    "interest": (
        "We would like to buy five more licences of {product} for our new branch.",
        "Please send us an offer for {product} together with the price of implementation.",
        "We are thinking of moving to {product}. Could your specialist come and show it to us?",
        "How much would a year of {product} cost for three users?",
    ),
}


def contact(rng: Random) -> Contact:
    first = rng.choice(FIRST_NAMES)
    last = rng.choice(LAST_NAMES)
    return Contact(name=f"{first} {last}", email_local=f"{first}.{last}".lower())


FIRST_NAMES = ("James", "Oliver", "Daniel", "Thomas", "Michael", "David", "Peter", "Andrew", "Mark", "Richard",
               "George", "Henry", "Emma", "Sarah", "Laura", "Helen", "Rachel", "Anna", "Kate", "Lucy", "Claire",
               "Megan", "Sophie", "Julia", "Rebecca", "Alice")
LAST_NAMES = ("Smith", "Johnson", "Brown", "Taylor", "Wilson", "Evans", "Walker", "Wright", "Roberts", "Hughes",
              "Green", "Hall", "Wood", "Harris", "Clarke", "Turner", "Parker", "Cooper", "Morgan", "Bennett",
              "Collins", "Murphy", "Reid", "Fraser", "Campbell", "Stewart")

TEXTS = LanguageTexts(
    code="en",
    weight=15,
    months=("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"),
    complaints=COMPLAINTS,
    internal=INTERNAL,
    appeals=APPEALS,
    openers=("Good afternoon.", "Hello.", "Dear colleagues,", "I am writing for the second time.",
             "This is not the first time this has happened.", "Please pass this to the person in charge.",
             "We have been your customer for many years."),
    closers=("Please sort this out as soon as possible.", "I expect an answer today.", "Please call me back.",
             "We need this solved before the end of the month.", "Thank you in advance.",
             "Otherwise we will have to look for another supplier."),
    emotions=("Very disappointed: they trusted us.", "Angry, this is the third time.",
              "Worried about the tax deadline.", "Tired of calling again and again.", "Feels ignored.",
              "Upset but polite; wants it fixed quickly.", "Confused: nobody explains what happened.",
              "Frustrated, lost a whole working day.", "Embarrassed in front of their own customers.",
              "Calm, but expects a clear answer.", "Afraid of a fine from the tax office.",
              "Thinking about changing supplier."),
    outcome_details={
        "replacement": ("Replace the device with a working one.", "Send the right model instead."),
        "refund": ("Return the money paid, {amount}.", "Refund the second payment."),
        "exchange": ("Exchange it for the right product.", "Move us to another course date."),
        "store_credit": ("Add the lost days to our subscription.", "Count the payment towards the next invoice."),
        "discount": ("A discount on the next renewal.", "A reduction for the days we lost."),
        "repair": ("Fix the problem as soon as possible.", "Send a specialist to put it right."),
        "apology": ("An apology from the manager and an explanation of what happened.",
                    "A written apology and a promise that it will not happen again."),
        "other": ("Send the correct documents.", "Issue a corrected invoice."),
    },
    performed_by=("{Employee}, {date}: program update", "{Employee}, {date}: remote connection and setup",
                  "{Employee}: installation on {date}", "{Employee}, phone consultation on {date}"),
    delivered_by="Courier service, delivery on {date}",
    products=PRODUCTS,
    reports=("the VAT return", "the trial balance", "the balance sheet", "the profit and loss statement",
             "the sales ledger", "the payroll summary"),
    waits=("for three days now", "for a week", "for over a week", "for two days", "for two weeks"),
    employees=("engineer Michael", "manager Sarah", "consultant David", "support specialist Emma",
               "technician James", "project manager Oliver", "trainer Laura", "sales manager Daniel"),
    positions=("Chief accountant", "Accountant", "Director", "Finance manager", "Office manager",
               "IT administrator", "Warehouse manager", "HR specialist", "Owner", "Procurement manager"),
    organisations=(("Northwind Trading", "northwind"), ("Brightwater Foods", "brightwater"),
                   ("Oakridge Builders", "oakridge"), ("Harbour Logistics", "harbourlog"),
                   ("Greenfield Pharmacy", "greenfield"), ("Silverline Motors", "silverline"),
                   ("Blue Ridge Dental", "blueridge"), ("Kingsway Furniture", "kingsway"),
                   ("Redbrick Bakery", "redbrick"), ("Summit Engineering", "summit-eng"),
                   ("Maple Leaf Hotels", "mapleleaf"), ("Crescent Textiles", "crescent"),
                   ("Riverside Clinic", "riverside"), ("Lighthouse Media", "lighthouse"),
                   ("Pioneer Agro", "pioneeragro"), ("Caspian Freight", "caspianfreight")),
    organisation_forms=("{} Ltd", "{} LLC", "{} Group", "{} & Co."),
    addresses=("{n} Rustaveli Avenue, Tbilisi", "{n} Chavchavadze Avenue, Tbilisi", "{n} Gorgasali Street, Batumi",
               "Office {n}, King Tamar Business Centre, Tbilisi", "{n} Pekini Avenue, Tbilisi"),
    proposals={
        "repair": ("Our engineer will connect remotely tomorrow morning and put it right; we will call you when "
                   "it is done.",
                   "A fix for this error has been released; we will install it free of charge and check "
                   "everything together with you."),
        "refund": ("We will return {amount} to your account within five business days and send you the "
                   "confirmation.", "We will refund the payment in full and send the corrected documents."),
        "replacement": ("We will replace the device with a new one: the courier brings it tomorrow and takes "
                        "the faulty one away.",),
        "exchange": ("We will exchange it for the right product at our cost, delivery included.",
                     "You can join the next course on a date that suits you, free of charge."),
        "store_credit": ("We will extend your subscription by one month free of charge to cover the lost "
                         "time.",),
        "discount": ("We offer a 20% discount on the next renewal and a free session with our senior "
                     "specialist.",),
        "apology": ("The head of the department apologises personally; the employee has been spoken to, and "
                    "calls are now checked by the quality service.",),
        "other": ("We are sending the corrected invoice and the closing documents by e-mail today and the "
                  "originals by courier.",),
    },
    alternatives=("A free hour of consultation with a senior specialist.", "A 10% discount on the next invoice.",
                  "A visit of our engineer at a time convenient for you.", "One month of subscription free.",
                  "A free place on the next training course."),
    rejections=("This does not solve our problem: the reports are still wrong.",
                "We expected a refund, not a discount.", "The proposed date is too late for us.",
                "We need an engineer on site, not a remote session."),
    notes=("Checked the customer's database remotely: the error is reproduced.",
           "Asked the developers for a fix; waiting for their answer.",
           "Asked the courier service for the delivery status.",
           "Checked the invoice with the accounting department."),
    calls=("Called the customer: explained what is being done and when to expect the solution.",
           "Called the contact person and agreed on a remote session tomorrow at 10:00.",
           "The customer called about progress; told them the solution will be ready by the deadline."),
    closings=("The customer confirmed that the problem is solved.",
              "Solution carried out; the customer is satisfied and thanked us.",
              "Checked with the customer a day later: everything works.",
              "Done. The customer accepted the solution; the corrective action is recorded."),
    hand_off_reasons=("Not a complaint: passed on to the right team; the customer knows who will contact them.",
                      "The customer agreed that this is not a complaint; passed on."),
    contact=contact,
    phone=lambda rng: f"+995 5{rng.randrange(10, 100)} {rng.randrange(10, 100)} {rng.randrange(10, 100)} "
                      f"{rng.randrange(10, 100)}",
    amount=lambda rng: f"{rng.randrange(40, 4000) * 5:,} GEL",
    account_ref=lambda rng: f"CUST-{rng.randrange(10000, 100000)}",
    delay_reasons=("Waiting for the supplier's answer about replacing the equipment.",
                   "The developers are testing the fix; it needs two more working days.",
                   "The courier is late returning the goods to the warehouse."),
)
