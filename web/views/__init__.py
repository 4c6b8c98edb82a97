"""Staff pages, one module per noun; each view parses input, passes the access gate and calls one service."""
