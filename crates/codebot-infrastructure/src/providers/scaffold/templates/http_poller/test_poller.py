"""Offline tests of the HTTP poller: a local HTTP server on 127.0.0.1 stands in for the
polled endpoint, and the tests use their own configuration, never the URL in config.json.
"""

import json
import os
import tempfile
import threading
import unittest
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from unittest import mock

import poller

TOKEN = "test-token-0123456789"

# The poller honours proxy settings from the environment; the tests talk only to a
# loopback server, which must never be sent through a proxy configured on the machine.
_no_proxy = mock.patch.dict(os.environ, {"no_proxy": "*", "NO_PROXY": "*"})


def setUpModule():
    _no_proxy.start()


def tearDownModule():
    _no_proxy.stop()


class Endpoint(ThreadingHTTPServer):
    """The polled endpoint: serves ``document`` as JSON and records each request's headers."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), EndpointHandler)
        self.document = {}
        self.status = 200
        self.requests = []
        # A short poll interval makes shutdown() return at once instead of after 0.5 s.
        self.thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )
        self.thread.start()

    @property
    def url(self):
        return "http://127.0.0.1:%d/v1/orders" % self.server_address[1]

    def stop(self):
        self.shutdown()
        self.server_close()
        self.thread.join(timeout=5)


class EndpointHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.server.requests.append(self.headers)
        data = json.dumps(self.server.document).encode("utf-8")
        self.send_response(self.server.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):
        pass


def orders(*ids):
    return {"data": {"orders": [{"id": i, "total": i * 10} for i in ids]}}


class PollerTestCase(unittest.TestCase):
    def setUp(self):
        self.endpoint = Endpoint()
        self.addCleanup(self.endpoint.stop)
        directory = tempfile.TemporaryDirectory()
        self.addCleanup(directory.cleanup)
        self.state = os.path.join(directory.name, "state.json")
        self.config = poller.validate_config(
            {
                "url": self.endpoint.url,
                "interval_seconds": 10,
                "items_path": "data.orders",
                "id_field": "id",
                "auth_token": TOKEN,
            }
        )

    def poll(self, config=None):
        emitted = []
        returned = poller.poll_once(config or self.config, self.state, emitted.append)
        self.assertEqual(emitted, returned)
        return [item["id"] for item in emitted]


class PollTests(PollerTestCase):
    def test_first_poll_emits_every_item(self):
        self.endpoint.document = orders(1, 2, 3)
        self.assertEqual(self.poll(), [1, 2, 3])

    def test_second_poll_emits_only_new_items(self):
        self.endpoint.document = orders(1, 2, 3)
        self.poll()
        self.assertEqual(self.poll(), [])
        self.endpoint.document = orders(2, 3, 4, 5)
        self.assertEqual(self.poll(), [4, 5])

    def test_seen_ids_are_kept_in_the_state_file(self):
        self.endpoint.document = orders(7, 8)
        self.poll()
        with open(self.state, encoding="utf-8") as file:
            self.assertEqual(json.load(file), {"seen": [7, 8]})

    def test_numeric_and_string_ids_are_different(self):
        self.endpoint.document = {"data": {"orders": [{"id": 1}, {"id": "1"}]}}
        self.assertEqual(self.poll(), [1, "1"])

    def test_dotted_items_path_is_followed(self):
        self.endpoint.document = {"result": {"pages": [{"entries": [{"key": "a"}, {"key": "b"}]}]}}
        config = dict(self.config, items_path="result.pages.0.entries", id_field="key")
        emitted = poller.poll_once(config, self.state)
        self.assertEqual([item["key"] for item in emitted], ["a", "b"])

    def test_missing_items_path_is_an_error(self):
        self.endpoint.document = {"data": {}}
        with self.assertRaisesRegex(poller.PollError, "data.orders"):
            self.poll()

    def test_items_without_an_id_are_skipped(self):
        self.endpoint.document = {"data": {"orders": [{"id": 1}, {"name": "no id"}, "text"]}}
        with self.assertLogs("poller", level="WARNING"):
            self.assertEqual(self.poll(), [1])

    def test_auth_header_is_sent(self):
        self.endpoint.document = orders(1)
        self.poll()
        self.assertEqual(self.endpoint.requests[0].get("Authorization"), "Bearer " + TOKEN)

    def test_no_auth_header_without_a_token(self):
        self.endpoint.document = orders(1)
        config = dict(self.config)
        del config["auth_token"]
        self.poll(config)
        self.assertIsNone(self.endpoint.requests[0].get("Authorization"))

    def test_http_error_is_a_poll_error_and_keeps_the_state(self):
        self.endpoint.document = orders(1)
        self.poll()
        self.endpoint.status = 500
        with self.assertRaisesRegex(poller.PollError, "500"):
            self.poll()
        self.endpoint.status = 200
        self.endpoint.document = orders(1, 2)
        self.assertEqual(self.poll(), [2])

    def test_run_polls_at_once_and_stops_when_asked(self):
        self.endpoint.document = orders(1, 2)
        stop = threading.Event()
        emitted = []

        def emit(item):
            emitted.append(item["id"])
            stop.set()

        thread = threading.Thread(target=poller.run, args=(self.config, self.state, emit, stop))
        thread.start()
        thread.join(timeout=5)
        self.assertFalse(thread.is_alive())
        self.assertEqual(emitted, [1, 2])


class ExtractTests(unittest.TestCase):
    def test_empty_path_means_the_document_itself(self):
        self.assertEqual(poller.extract_items([{"id": 1}], ""), [{"id": 1}])

    def test_path_to_something_other_than_a_list_is_an_error(self):
        with self.assertRaises(poller.PollError):
            poller.extract_items({"items": {"id": 1}}, "items")


class ConfigTests(unittest.TestCase):
    def test_required_settings_are_checked(self):
        with self.assertRaises(poller.ConfigError):
            poller.validate_config({"interval_seconds": 60})
        with self.assertRaises(poller.ConfigError):
            poller.validate_config({"url": "http://127.0.0.1/", "interval_seconds": 1})
        with self.assertRaises(poller.ConfigError):
            poller.validate_config({"url": "http://127.0.0.1/", "interval_seconds": True})

    def test_shipped_config_loads_and_the_environment_supplies_the_token(self):
        path = os.path.join(os.path.dirname(os.path.abspath(poller.__file__)), "config.json")
        config = poller.load_config(path, environ={"AUTH_TOKEN": TOKEN})
        self.assertEqual(config["auth_token"], TOKEN)


if __name__ == "__main__":
    unittest.main()
