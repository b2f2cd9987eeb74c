"""A real SMTP server for the API tests: aiosmtpd, saving each message it accepts as a file.

Usage: python3 smtp_sink.py PORT DIRECTORY  (PORT 0 picks a free port)

Prints "READY <port>" once it accepts connections. Each message is written to
DIRECTORY/<pid>-<n>.eml exactly as received, after an "X-Rcpt-To:" line with the envelope
recipients, and renamed into place so a reader never sees half a message.
"""

import asyncio
import itertools
import os
import sys

try:
    from aiosmtpd.smtp import SMTP
except ImportError:
    sys.stderr.write("aiosmtpd is missing: install it with `pip install aiosmtpd`\n")
    sys.exit(3)


class Sink:
    def __init__(self, directory):
        self.directory = directory
        self.counter = itertools.count(1)

    async def handle_DATA(self, server, session, envelope):
        name = f"{os.getpid()}-{next(self.counter):07d}.eml"
        tmp = os.path.join(self.directory, "." + name)
        with open(tmp, "wb") as f:
            f.write(("X-Rcpt-To: " + ",".join(envelope.rcpt_tos) + "\r\n").encode())
            f.write(envelope.original_content)
        os.replace(tmp, os.path.join(self.directory, name))
        return "250 OK"


async def main():
    port, directory = int(sys.argv[1]), sys.argv[2]
    handler = Sink(directory)
    loop = asyncio.get_running_loop()
    # A fixed hostname: looking up the machine's FQDN can take seconds.
    server = await loop.create_server(
        lambda: SMTP(handler, hostname="sink.test", data_size_limit=10 * 1024 * 1024),
        host="127.0.0.1",
        port=port,
        reuse_address=True,
    )
    print("READY", server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
