# syntax=docker/dockerfile:1
#
# Claude Code Bot (`codebot`): built in a Rust image, run in a slim Debian image as a
# non-root user. The dashboard (web/dist) is committed and embedded into the binary at
# compile time, so no Node.js is needed here. No secret is baked in: every setting comes
# from the environment at run time (.env.example, the README's configuration table).
#
#   docker build -t codebot .
#   docker run --rm -p 8000:8000 codebot            # the embedded default (SQLite in the volume)

ARG RUST_VERSION=1.95
ARG DEBIAN_RELEASE=bookworm

FROM rust:${RUST_VERSION}-${DEBIAN_RELEASE} AS build
WORKDIR /src
COPY . .
# The same build command the README gives. The cache mounts keep the crates and the
# target directory between builds; the binary is copied out of the cached target.
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked --bin codebot \
 && install -D -m 0755 target/release/codebot /out/codebot

FROM debian:${DEBIAN_RELEASE}-slim AS runtime
# git: the local code host; python3: the sandbox runs the generated tests;
# iproute2: the sandbox cuts test runs off the network (`unshare -rn`, `ip link`) where
# the container may make namespaces; curl: the health check; tini: reaps the sandbox's
# children and forwards SIGTERM so the server drains.
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates git python3 iproute2 curl tini \
 && rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 10001 codebot \
 && useradd --system --uid 10001 --gid codebot --home-dir /var/lib/codebot --shell /usr/sbin/nologin codebot \
 && install -d -o codebot -g codebot -m 0750 /var/lib/codebot

COPY --from=build /out/codebot /usr/local/bin/codebot

ENV CODEBOT_ADDR=0.0.0.0:8000 \
    CODEBOT_DATA_DIR=/var/lib/codebot \
    HOME=/var/lib/codebot
WORKDIR /var/lib/codebot
VOLUME ["/var/lib/codebot"]
USER 10001:10001
EXPOSE 8000

# /healthz answers while the process runs (/readyz also checks the database).
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD curl -fsS -o /dev/null http://127.0.0.1:8000/healthz || exit 1

ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["codebot", "serve"]
