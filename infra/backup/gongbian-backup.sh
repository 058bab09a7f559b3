#!/bin/sh
# One backup of the database into BACKUP_DIR (default /backups), named by its UTC time, then keeps
# only the newest BACKUP_KEEP (default 14) of them. With --every SECONDS, repeats forever (compose);
# without, runs once (a Kubernetes CronJob, a systemd timer). The server may keep running.
#
# The backup itself is `node <server>/dist/cli.js backup FILE`, which writes FILE atomically: a
# failed or interrupted backup leaves no FILE and deletes nothing here.
set -eu

dir=${BACKUP_DIR:-/backups}
keep=${BACKUP_KEEP:-14}
cli=${BACKUP_CLI:-$(dirname "$0")/../server/dist/cli.js}
every=

case "${1:-}" in
  --every) every=${2:?--every needs a number of seconds} ;;
  '') ;;
  *) echo "usage: $0 [--every SECONDS]" >&2; exit 2 ;;
esac
case "$keep" in
  '' | *[!0-9]* | 0) echo "BACKUP_KEEP must be a whole number of at least 1 (got '$keep')" >&2; exit 2 ;;
esac

once() {
  file="$dir/gongbian-$(date -u +%Y%m%dT%H%M%SZ).gz"
  if ! node "$cli" backup "$file"; then
    echo "backup failed; the earlier backups are kept" >&2
    return 1
  fi
  # Names sort by time: everything past the newest $keep goes.
  ls -1 "$dir" | grep -E '^gongbian-[0-9]{8}T[0-9]{6}Z\.gz$' | sort -r | tail -n +"$((keep + 1))" |
    while read -r old; do
      rm -f -- "$dir/$old"
      echo "removed the old backup $old"
    done
  # What a killed backup left (cli.js writes .<name>.<pid>.partial) is of no use after a day.
  find "$dir" -maxdepth 1 -name '.gongbian-*.partial' -mmin +1440 -exec rm -f -- {} + 2>/dev/null || true
}

mkdir -p "$dir"
if [ -z "$every" ]; then
  once
  exit
fi
while :; do
  once || true
  sleep "$every"
done
