"""complaintdesk: every complaint registered at once, owned, resolved and learned from."""
