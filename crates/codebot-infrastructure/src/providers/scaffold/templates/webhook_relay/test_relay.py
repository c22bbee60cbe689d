"""Offline tests of the webhook relay: a local HTTP server on 127.0.0.1 stands in for the
target, and the tests use their own configuration, never the targets in config.json.
"""

import json
import os
import threading
import unittest
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from unittest import mock

import relay

SECRET = "test-signing-secret-0123456789"
BODY = b'{"order": 42, "status": "paid"}'

# The relay honours proxy settings from the environment; the tests talk only to loopback
# servers, which must never be sent through a proxy that may be configured on the machine.
_no_proxy = mock.patch.dict(os.environ, {"no_proxy": "*", "NO_PROXY": "*"})


def setUpModule():
    _no_proxy.start()


def tearDownModule():
    _no_proxy.stop()


class Target(ThreadingHTTPServer):
    """The relay's target: records every request and answers with ``status``."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), TargetHandler)
        self.received = []
        self.status = 204
        # A short poll interval makes shutdown() return at once instead of after 0.5 s.
        self.thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )
        self.thread.start()

    @property
    def url(self):
        return "http://127.0.0.1:%d/hook" % self.server_address[1]

    def stop(self):
        self.shutdown()
        self.server_close()
        self.thread.join(timeout=5)


class TargetHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.server.received.append({"path": self.path, "headers": self.headers, "body": body})
        self.send_response(self.server.status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format, *args):
        pass


class RelayTestCase(unittest.TestCase):
    def setUp(self):
        self.target = Target()
        self.addCleanup(self.target.stop)
        self.config = relay.validate_config(
            {
                "target_url": self.target.url,
                "signing_secret": SECRET,
                "signature_header": "X-Signature-256",
                "forward_headers": ["X-Request-Id"],
            }
        )

    def signed_headers(self, body=BODY, **extra):
        headers = {
            "Content-Type": "application/json",
            "X-Signature-256": relay.sign(SECRET, body),
        }
        headers.update(extra)
        return headers


class SignatureTests(unittest.TestCase):
    def test_signature_is_sha256_hex_of_the_body(self):
        signature = relay.sign("key", b"The quick brown fox jumps over the lazy dog")
        self.assertEqual(
            signature, "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"
        )

    def test_valid_signature_is_accepted_in_any_case(self):
        self.assertTrue(relay.signature_valid(SECRET, BODY, relay.sign(SECRET, BODY)))
        self.assertTrue(relay.signature_valid(SECRET, BODY, relay.sign(SECRET, BODY).upper()))

    def test_wrong_missing_or_garbled_signatures_are_rejected(self):
        good = relay.sign(SECRET, BODY)
        self.assertFalse(relay.signature_valid(SECRET, BODY + b" ", good))
        self.assertFalse(relay.signature_valid("another-secret-0123456789", BODY, good))
        self.assertFalse(relay.signature_valid(SECRET, BODY, good[len("sha256="):]))
        self.assertFalse(relay.signature_valid(SECRET, BODY, None))
        self.assertFalse(relay.signature_valid(SECRET, BODY, ""))
        self.assertFalse(relay.signature_valid(SECRET, BODY, "sha256=\u00e9\u2603"))


class HandleTests(RelayTestCase):
    def test_good_signature_is_relayed_with_forwarded_headers(self):
        headers = self.signed_headers(**{"x-request-id": "req-1", "X-Other": "not forwarded"})
        self.assertEqual(relay.handle(self.config, headers, BODY), (200, True))
        self.assertEqual(len(self.target.received), 1)
        received = self.target.received[0]
        self.assertEqual(received["path"], "/hook")
        self.assertEqual(received["body"], BODY)
        self.assertEqual(received["headers"].get("X-Request-Id"), "req-1")
        self.assertEqual(received["headers"].get("Content-Type"), "application/json")
        self.assertIsNone(received["headers"].get("X-Other"))

    def test_bad_signature_gets_401_and_nothing_is_relayed(self):
        headers = self.signed_headers(body=b"something else")
        self.assertEqual(relay.handle(self.config, headers, BODY), (401, False))
        self.assertEqual(self.target.received, [])

    def test_missing_signature_gets_401_and_nothing_is_relayed(self):
        headers = {"Content-Type": "application/json", "X-Request-Id": "req-2"}
        self.assertEqual(relay.handle(self.config, headers, BODY), (401, False))
        self.assertEqual(self.target.received, [])

    def test_configured_signature_header_is_used(self):
        config = dict(self.config, signature_header="X-Hub-Signature")
        signature = relay.sign(SECRET, BODY)
        self.assertEqual(relay.handle(config, {"X-Hub-Signature": signature}, BODY), (200, True))
        self.assertEqual(relay.handle(config, {"X-Signature-256": signature}, BODY), (401, False))
        self.assertEqual(len(self.target.received), 1)

    def test_failing_target_gets_the_sender_a_502(self):
        self.target.status = 500
        self.assertEqual(relay.handle(self.config, self.signed_headers(), BODY), (502, False))

    def test_unreachable_target_gets_the_sender_a_502(self):
        url = self.target.url
        self.target.stop()
        config = dict(self.config, target_url=url)
        self.assertEqual(relay.handle(config, self.signed_headers(), BODY), (502, False))


class ServerTests(RelayTestCase):
    def setUp(self):
        super().setUp()
        self.server = relay.make_server(self.config, "127.0.0.1", 0, log=False)
        thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )
        thread.start()
        self.addCleanup(thread.join, 5)
        self.addCleanup(self.server.server_close)
        self.addCleanup(self.server.shutdown)
        self.url = "http://127.0.0.1:%d/" % self.server.server_address[1]
        # The test's own client bypasses proxies explicitly, like the module-wide setting.
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def post(self, body, headers):
        request = urllib.request.Request(self.url, data=body, headers=headers, method="POST")
        try:
            with self.opener.open(request, timeout=5) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            with error:
                return error.code, json.loads(error.read())

    def test_signed_webhook_is_relayed_end_to_end(self):
        status, answer = self.post(BODY, self.signed_headers(**{"X-Request-Id": "req-3"}))
        self.assertEqual((status, answer), (200, {"relayed": True}))
        self.assertEqual(self.target.received[0]["body"], BODY)
        self.assertEqual(self.target.received[0]["headers"].get("X-Request-Id"), "req-3")

    def test_unsigned_webhook_is_refused_end_to_end(self):
        status, answer = self.post(BODY, {"Content-Type": "application/json"})
        self.assertEqual((status, answer), (401, {"relayed": False}))
        self.assertEqual(self.target.received, [])


class ConfigTests(unittest.TestCase):
    def test_required_settings_are_checked(self):
        with self.assertRaises(relay.ConfigError):
            relay.validate_config({"signing_secret": SECRET})
        with self.assertRaises(relay.ConfigError):
            relay.validate_config({"target_url": "ftp://example.com", "signing_secret": SECRET})
        with self.assertRaises(relay.ConfigError):
            relay.validate_config({"target_url": "http://127.0.0.1/", "signing_secret": ""})

    def test_shipped_config_loads_and_the_environment_supplies_the_secret(self):
        path = os.path.join(os.path.dirname(os.path.abspath(relay.__file__)), "config.json")
        config = relay.load_config(path, environ={"SIGNING_SECRET": SECRET})
        self.assertEqual(config["signing_secret"], SECRET)


if __name__ == "__main__":
    unittest.main()
