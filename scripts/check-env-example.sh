#!/usr/bin/env bash
# Checks that .env.example and the README's configuration table list the same
# variables: every variable of the table has a `NAME=` line in .env.example (commented
# out or not), and every variable .env.example names is in the table or is one that
# docker-compose.yml itself interpolates (POSTGRES_PASSWORD, HTTP_PORT, …), and every
# variable docker-compose.yml interpolates is in .env.example. Prints what is missing and
# exits non-zero when anything is.
set -euo pipefail
cd "$(dirname "$0")/.."

readme=README.md
example=.env.example
compose=docker-compose.yml

# The rows of the table under "## Configuration": | `NAME` | default | meaning |
table=$(awk '/^## /{ on = ($0 == "## Configuration") } on' "$readme" \
  | sed -nE 's/^\| `([A-Z][A-Z0-9_]*)` \|.*/\1/p' | sort -u)
[ -n "$table" ] || { echo "no variables found in $readme's configuration table" >&2; exit 1; }

listed=$(sed -nE 's/^#? ?([A-Z][A-Z0-9_]*)=.*/\1/p' "$example" | sort -u)
# The variables docker-compose.yml interpolates: ${NAME}, ${NAME:-…}, ${NAME:?…}
# ($${…} is an escaped dollar, evaluated inside a container, not by compose).
interpolated=$(grep -oE '(^|[^$])\$\{[A-Z][A-Z0-9_]*' "$compose" | sed -E 's/.*\$\{//' | sort -u)

status=0
missing=$(comm -23 <(echo "$table") <(echo "$listed"))
if [ -n "$missing" ]; then
  echo "$example lacks variables of $readme's configuration table:" $missing >&2
  status=1
fi
unknown=$(comm -23 <(echo "$listed") <(sort -u <(echo "$table") <(echo "$interpolated")))
if [ -n "$unknown" ]; then
  echo "$example lists variables that are neither in $readme's table nor used by $compose:" $unknown >&2
  status=1
fi
undocumented=$(comm -23 <(echo "$interpolated") <(echo "$listed"))
if [ -n "$undocumented" ]; then
  echo "$compose uses variables that $example does not list:" $undocumented >&2
  status=1
fi
if [ "$status" -eq 0 ]; then
  echo "$example lists all $(echo "$table" | wc -l) variables of $readme's table and $(echo "$interpolated" | wc -l) of $compose"
fi
exit "$status"
