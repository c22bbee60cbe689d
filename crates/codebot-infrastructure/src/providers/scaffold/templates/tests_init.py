"""The integration's tests; a package so that unittest discovery finds them from the root."""
