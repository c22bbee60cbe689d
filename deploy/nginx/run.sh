#!/bin/sh
# The `lb` container's command (docker-compose.yml): starts nginx with
# deploy/nginx/nginx.conf, then resolves the API service's name every few seconds and
# reloads nginx when the set of replica addresses changes, since open-source nginx
# resolves an upstream's host name only when it loads its configuration.
set -eu

host=${UPSTREAM_HOST:-api}
every=${RESOLVE_EVERY_SECS:-5}

addresses() {
    getent ahostsv4 "$host" 2>/dev/null | awk '{ print $1 }' | sort -u | tr '\n' ' '
}

# nginx refuses to start while the upstream name resolves to nothing.
until [ -n "$(addresses)" ]; do
    echo "lb: waiting for $host to resolve" >&2
    sleep 1
done
current=$(addresses)
echo "lb: $host is $current" >&2

nginx -g 'daemon off;' &
nginx_pid=$!
trap 'kill -QUIT "$nginx_pid" 2>/dev/null; wait "$nginx_pid"; exit 0' TERM INT QUIT

while kill -0 "$nginx_pid" 2>/dev/null; do
    sleep "$every" &
    wait $! || true
    next=$(addresses)
    if [ -n "$next" ] && [ "$next" != "$current" ]; then
        echo "lb: $host is now $next: reloading" >&2
        if nginx -t -q; then
            nginx -s reload
            current=$next
        fi
    fi
done
wait "$nginx_pid"
