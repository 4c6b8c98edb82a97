"""Forms of the staff pages: the queue's filters, registration, the appeal to QMS and the small action forms."""
