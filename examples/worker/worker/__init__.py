from http.server import BaseHTTPRequestHandler, HTTPServer


def next_delay(attempt):
    """Seconds to wait before retrying a failed job: 1, 2, 4, ... capped at one minute."""
    return min(2**attempt, 60)


class Health(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok")


def serve(port):
    HTTPServer(("0.0.0.0", port), Health).serve_forever()
