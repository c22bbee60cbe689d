"""Webhook relay: checks the HMAC-SHA256 signature of incoming webhooks and forwards
the accepted ones to the configured target URL.

Written by the scaffold template generator of Claude Code Bot: a fixed template, not AI.

Run it with ``python3 relay.py --port 8080``. The configuration is read at start-up from
``config.json`` next to this file (or the file named by ``RELAY_CONFIG``). That file holds
only a placeholder for the signing secret, so the real secret is given in the
``SIGNING_SECRET`` environment variable, which takes precedence.
"""

import argparse
import hashlib
import hmac
import json
import os
import sys
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DEFAULT_SIGNATURE_HEADER = "X-Signature-256"
SIGNATURE_PREFIX = "sha256="
# Bodies above this size are refused before they are read, so that a sender cannot make
# the relay buffer an unbounded amount of data.
MAX_BODY_BYTES = 1024 * 1024
# A slow target must not hold the sender's connection open indefinitely.
FORWARD_TIMEOUT_SECONDS = 10.0
# These describe one connection rather than the payload; copying them to the target would
# corrupt the forwarded request, so they are never forwarded even when configured.
HOP_BY_HOP = frozenset(
    {
        "connection",
        "content-length",
        "host",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    }
)


class ConfigError(ValueError):
    """The configuration is missing a setting or has one of the wrong shape."""


def default_config_path():
    """The configuration file: ``RELAY_CONFIG`` if set, else config.json beside this file."""
    here = os.path.dirname(os.path.abspath(__file__))
    return os.environ.get("RELAY_CONFIG") or os.path.join(here, "config.json")


def load_config(path=None, environ=None):
    """Reads and checks the configuration; ``SIGNING_SECRET`` overrides the file's secret."""
    environ = os.environ if environ is None else environ
    with open(path or default_config_path(), encoding="utf-8") as file:
        config = json.load(file)
    if isinstance(config, dict) and environ.get("SIGNING_SECRET"):
        config["signing_secret"] = environ["SIGNING_SECRET"]
    return validate_config(config)


def validate_config(config):
    """Returns the configuration if it can be used, else raises ConfigError."""
    if not isinstance(config, dict):
        raise ConfigError("the configuration must be a JSON object")
    for key in ("target_url", "signing_secret"):
        value = config.get(key)
        if not isinstance(value, str) or not value:
            raise ConfigError(key + " is required and must be a non-empty string")
    if not config["target_url"].startswith(("http://", "https://")):
        raise ConfigError("target_url must be an http:// or https:// URL")
    header = config.get("signature_header", DEFAULT_SIGNATURE_HEADER)
    if not isinstance(header, str) or not header:
        raise ConfigError("signature_header must be a non-empty string")
    forward = config.get("forward_headers", [])
    if not isinstance(forward, list) or not all(isinstance(h, str) for h in forward):
        raise ConfigError("forward_headers must be a list of header names")
    return config


def sign(secret, body):
    """The signature a sender puts in the signature header: ``sha256=<hex>``."""
    digest = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
    return SIGNATURE_PREFIX + digest


def signature_valid(secret, body, header_value):
    """Whether the header carries the HMAC-SHA256 of the raw body, compared in constant time."""
    if not header_value:
        return False
    expected = sign(secret, body).encode("ascii")
    # Hex digits and the prefix are case-insensitive. Bytes are compared because
    # compare_digest refuses non-ASCII strings, and a hostile header may contain anything.
    given = header_value.strip().lower().encode("utf-8", "replace")
    return hmac.compare_digest(expected, given)


def header(headers, name):
    """Looks a header up by name ignoring case, as HTTP does, in any mapping of headers."""
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value
    return None


def forward(config, headers, body, timeout=FORWARD_TIMEOUT_SECONDS):
    """POSTs the body to ``target_url`` with the configured headers; returns the status."""
    outgoing = {"Content-Type": header(headers, "Content-Type") or "application/octet-stream"}
    for name in config.get("forward_headers") or []:
        value = header(headers, name)
        if value is not None and name.lower() not in HOP_BY_HOP:
            outgoing[name] = value
    request = urllib.request.Request(
        config["target_url"], data=body, headers=outgoing, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        # An HTTP error is still an answer from the target; the caller decides what it means.
        return error.code


def handle(config, headers, body, send=forward):
    """Decides one webhook: returns ``(status for the sender, relayed)``.

    ``relayed`` is true only when the signature was valid and the target accepted the
    payload with a 2xx status. A target that fails gets the sender a 502, so that senders
    which retry on errors deliver the payload again later.
    """
    name = config.get("signature_header") or DEFAULT_SIGNATURE_HEADER
    if not signature_valid(config["signing_secret"], body, header(headers, name)):
        return 401, False
    try:
        status = send(config, headers, body)
    except OSError:
        # Connection errors and timeouts (URLError is an OSError) mean the target is down.
        return 502, False
    if 200 <= status < 300:
        return 200, True
    return 502, False


def make_handler(config, log=True):
    """The request handler class of the relay's HTTP server, bound to ``config``."""

    class RelayHandler(BaseHTTPRequestHandler):
        server_version = "webhook-relay/1"

        def do_POST(self):
            try:
                size = int(self.headers.get("Content-Length", ""))
            except ValueError:
                self._reply(411, {"error": "a Content-Length header is required"})
                return
            if size < 0:
                self._reply(400, {"error": "invalid Content-Length"})
                return
            if size > MAX_BODY_BYTES:
                self._reply(413, {"error": "the body is too large"})
                return
            body = self.rfile.read(size)
            status, relayed = handle(config, self.headers, body)
            self._reply(status, {"relayed": relayed})

        def _reply(self, status, payload):
            data = (json.dumps(payload) + "\n").encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            # The body may not have been read (413, 411), so the connection cannot be reused.
            self.send_header("Connection", "close")
            self.close_connection = True
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format, *args):
            if log:
                super().log_message(format, *args)

    return RelayHandler


def make_server(config, host="127.0.0.1", port=8080, log=True):
    """A threading HTTP server that relays webhooks according to ``config``."""
    return ThreadingHTTPServer((host, port), make_handler(config, log))


def main(argv=None):
    parser = argparse.ArgumentParser(description="Relays signed webhooks to a target URL.")
    # Loopback by default: exposing the relay is a deliberate choice (or a reverse proxy).
    parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8080")))
    parser.add_argument("--config", help="configuration file (default: config.json)")
    args = parser.parse_args(argv)
    try:
        config = load_config(args.config)
    except (OSError, ValueError) as error:
        print("relay: cannot load the configuration: %s" % error, file=sys.stderr)
        return 2
    server = make_server(config, args.host, args.port)
    print(
        "relay: listening on %s:%d, forwarding to %s"
        % (args.host, server.server_address[1], config["target_url"]),
        file=sys.stderr,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
