"""HTTP poller: fetches a JSON endpoint on a schedule and emits, as one JSON line each on
standard output, the items it has not seen before.

Written by the scaffold template generator of Claude Code Bot: a fixed template, not AI.

Run it with ``python3 poller.py`` (or ``--once`` for a single poll). The configuration is
read at start-up from ``config.json`` next to this file (or the file named by
``POLLER_CONFIG``). That file holds only a placeholder for a bearer token, so the real
token is given in the ``AUTH_TOKEN`` environment variable, which takes precedence. The
ids already emitted are kept in ``poller_state.json`` (or the file named by
``POLLER_STATE``).
"""

import argparse
import json
import logging
import os
import sys
import threading
import time
import urllib.error
import urllib.request

DEFAULT_ITEMS_PATH = "items"
DEFAULT_ID_FIELD = "id"
MIN_INTERVAL_SECONDS = 10
MAX_INTERVAL_SECONDS = 86400
# A hung endpoint must not stall the schedule forever.
FETCH_TIMEOUT_SECONDS = 30.0
# The state file keeps only the most recent ids so that it stays small; an item older
# than this many newer ones would be emitted again if the endpoint still returned it.
MAX_SEEN_IDS = 10000

logger = logging.getLogger("poller")


class ConfigError(ValueError):
    """The configuration is missing a setting or has one of the wrong shape."""


class PollError(Exception):
    """One poll failed: the endpoint could not be read or its answer had the wrong shape."""


def _beside_this_file(name):
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), name)


def default_config_path():
    """The configuration file: ``POLLER_CONFIG`` if set, else config.json beside this file."""
    return os.environ.get("POLLER_CONFIG") or _beside_this_file("config.json")


def default_state_path():
    """The state file: ``POLLER_STATE`` if set, else poller_state.json beside this file."""
    return os.environ.get("POLLER_STATE") or _beside_this_file("poller_state.json")


def load_config(path=None, environ=None):
    """Reads and checks the configuration; ``AUTH_TOKEN`` overrides the file's token."""
    environ = os.environ if environ is None else environ
    with open(path or default_config_path(), encoding="utf-8") as file:
        config = json.load(file)
    if isinstance(config, dict) and environ.get("AUTH_TOKEN"):
        config["auth_token"] = environ["AUTH_TOKEN"]
    return validate_config(config)


def validate_config(config):
    """Returns the configuration if it can be used, else raises ConfigError."""
    if not isinstance(config, dict):
        raise ConfigError("the configuration must be a JSON object")
    url = config.get("url")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise ConfigError("url is required and must be an http:// or https:// URL")
    interval = config.get("interval_seconds")
    # bool is an int in Python, but `true` is not a number of seconds.
    if isinstance(interval, bool) or not isinstance(interval, int):
        raise ConfigError("interval_seconds is required and must be an integer")
    if not MIN_INTERVAL_SECONDS <= interval <= MAX_INTERVAL_SECONDS:
        raise ConfigError(
            "interval_seconds must be between %d and %d"
            % (MIN_INTERVAL_SECONDS, MAX_INTERVAL_SECONDS)
        )
    for key in ("items_path", "id_field", "auth_token"):
        if key in config and not isinstance(config[key], str):
            raise ConfigError(key + " must be a string")
    return config


def extract_items(document, items_path):
    """The list at the dotted ``items_path`` of ``document`` (the document itself for "").

    A segment names a key of an object, or an index of a list when it is a number.
    """
    current = document
    walked = []
    for segment in items_path.split(".") if items_path else []:
        walked.append(segment)
        if isinstance(current, dict) and segment in current:
            current = current[segment]
        elif (
            isinstance(current, list)
            and segment.isascii()
            and segment.isdigit()
            and int(segment) < len(current)
        ):
            current = current[int(segment)]
        else:
            raise PollError("the response has nothing at %r" % ".".join(walked))
    if not isinstance(current, list):
        raise PollError("the response's %r is not a list" % (items_path or "(root)"))
    return current


def fetch(url, auth_token=None, timeout=FETCH_TIMEOUT_SECONDS):
    """GETs ``url`` and returns its JSON body; sends the bearer token when there is one."""
    headers = {"Accept": "application/json", "User-Agent": "http-poller/1"}
    if auth_token:
        headers["Authorization"] = "Bearer " + auth_token
    request = urllib.request.Request(url, headers=headers, method="GET")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read()
    except urllib.error.HTTPError as error:
        error.close()
        raise PollError("the endpoint answered %d" % error.code) from None
    except OSError as error:
        # The message names the URL but never the headers, so the token is not logged.
        raise PollError("cannot reach %s: %s" % (url, error)) from None
    try:
        return json.loads(raw.decode("utf-8"))
    except ValueError as error:
        raise PollError("the response is not JSON: %s" % error) from None


def id_key(value):
    """A comparable key for an id: JSON text, so that 1 and "1" stay different ids."""
    return json.dumps(value, sort_keys=True)


def load_seen(path):
    """The ids emitted so far, oldest first; none when the state file does not exist yet."""
    try:
        with open(path, encoding="utf-8") as file:
            state = json.load(file)
    except FileNotFoundError:
        return []
    except ValueError as error:
        # Starting afresh would emit every item again, so a damaged state file stops us.
        raise PollError("the state file %s is damaged: %s" % (path, error)) from None
    seen = state.get("seen") if isinstance(state, dict) else None
    if not isinstance(seen, list):
        raise PollError("the state file %s has no list of seen ids" % path)
    return seen


def save_seen(path, seen):
    """Replaces the state file atomically, so a crash never leaves half of it behind."""
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as file:
        json.dump({"seen": seen[-MAX_SEEN_IDS:]}, file)
        file.flush()
        os.fsync(file.fileno())
    os.replace(temporary, path)


def poll_once(config, state_path, emit=None, fetch=fetch):
    """Polls once: emits each new item, records it as seen and returns the new items.

    The state is saved only after every new item was emitted, so an item is delivered at
    least once even if the poller dies half-way.
    """
    document = fetch(config["url"], config.get("auth_token"))
    items = extract_items(document, config.get("items_path", DEFAULT_ITEMS_PATH))
    id_field = config.get("id_field") or DEFAULT_ID_FIELD
    seen = load_seen(state_path)
    known = {id_key(value) for value in seen}
    new = []
    for item in items:
        if not isinstance(item, dict) or id_field not in item:
            # Without an id the item cannot be told apart from the next poll's copy.
            logger.warning("skipped an item without %r", id_field)
            continue
        key = id_key(item[id_field])
        if key in known:
            continue
        known.add(key)
        seen.append(item[id_field])
        new.append(item)
    for item in new:
        if emit is not None:
            emit(item)
    if new:
        save_seen(state_path, seen)
    return new


def run(config, state_path, emit, stop=None):
    """Polls every ``interval_seconds`` until ``stop`` (a threading.Event) is set.

    A failed poll is logged and the next one happens on schedule: an endpoint that is down
    for a while must not end the poller.
    """
    stop = stop or threading.Event()
    interval = config["interval_seconds"]
    next_poll = time.monotonic()
    while not stop.is_set():
        try:
            poll_once(config, state_path, emit)
        except (PollError, OSError) as error:
            # OSError: the state file could not be written; the next poll tries again.
            logger.error("poll failed: %s", error)
        # Scheduling from the planned time keeps a steady rate however long a poll takes.
        next_poll += interval
        if stop.wait(max(0.0, next_poll - time.monotonic())):
            break


def emit_line(item):
    """Writes one item as a JSON line on standard output."""
    sys.stdout.write(json.dumps(item, sort_keys=True) + "\n")
    sys.stdout.flush()


def main(argv=None):
    parser = argparse.ArgumentParser(description="Polls an endpoint and emits new items.")
    parser.add_argument("--once", action="store_true", help="poll once and exit")
    parser.add_argument("--config", help="configuration file (default: config.json)")
    parser.add_argument("--state", help="state file (default: poller_state.json)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="poller: %(levelname)s %(message)s")
    try:
        config = load_config(args.config)
    except (OSError, ValueError) as error:
        logger.error("cannot load the configuration: %s", error)
        return 2
    state_path = args.state or default_state_path()
    if args.once:
        try:
            poll_once(config, state_path, emit_line)
        except PollError as error:
            logger.error("poll failed: %s", error)
            return 1
        return 0
    try:
        run(config, state_path, emit_line)
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
