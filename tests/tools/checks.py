"""checks.py: what the Python test scripts share: counting checks and
printing the 'N passed, M failed' line, and reading an evgraph CSV cell
the way evgraph's own reader does."""

_counts = {"ok": 0, "bad": 0}


def check(cond, what):
    """Counts one expectation; prints what failed."""
    if cond:
        _counts["ok"] += 1
    else:
        _counts["bad"] += 1
        print("FAIL: " + what)
    return cond


def report():
    """Prints the closing line and returns the exit status."""
    print("%d passed, %d failed" % (_counts["ok"], _counts["bad"]))
    return 1 if _counts["bad"] else 0


def restore(cell):
    """evgraph's reader drops the ' that shields a formula-like cell."""
    rest = cell[1:].lstrip("'")
    if cell.startswith("'") and rest[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return cell[1:]
    return cell
