#!/usr/bin/env bash
# podman run of the HSS image, with the work-arounds this machine needs and only those: it first
# runs /bin/sh in the image plainly and adds a work-around only for the error it gets.
#
#   usage: container/run.sh IMAGE [podman run options]
#   e.g.   container/run.sh localhost/reactive-hss:dev -d --name hss --network=host -v hss-data:/app/data
#
# On a usual Debian 12 host (cgroup v2, podman able to set the limits it wants) this is exactly
# `podman run [options] IMAGE`. The work-arounds (docs/container.md "Running where podman cannot"):
#  - "setrlimit ... Operation not permitted": podman asks for open files (and processes) above what
#    this process may raise to; then the limits are given explicitly: open files = this shell's
#    hard limit (the HSS checks at start that it holds its connection budgets, ~1,600 with the
#    defaults), processes = 4096 (the JVM's threads and PostgreSQL's processes need a few hundred).
#  - "cgroups in hybrid mode not supported" (crun on a host with cgroup v1 controllers and a
#    cgroup2 mount at /sys/fs/cgroup/unified): podman runs in a private mount namespace without that
#    cgroup2 mount (needs root). A container's network namespace would then exist in that private
#    namespace only, and podman outside could not tear it down: so the container shares the host's
#    network (--network=host is added; port publishing is refused).
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: container/run.sh IMAGE [podman run options]" >&2
  exit 2
fi
image=$1
shift

extra=()
wrap=()
probe() {
  "${wrap[@]}" podman run --rm --network=host "${extra[@]}" --entrypoint /bin/sh "$image" -c true 2>&1
}
for attempt in 1 2 3; do
  if out=$(probe); then
    break
  fi
  case "$out" in
    *"hybrid mode"*)
      [ ${#wrap[@]} -eq 0 ] || { echo "$out" >&2; exit 1; }
      wrap=(unshare -m sh -c 'umount /sys/fs/cgroup/unified && exec "$0" "$@"')
      ;;
    *setrlimit*)
      [ ${#extra[@]} -eq 0 ] || { echo "$out" >&2; exit 1; }
      nofile=$(ulimit -Hn)
      [ "$nofile" = unlimited ] && nofile=1048576
      extra=(--ulimit "nofile=$nofile:$nofile" --ulimit nproc=4096:4096)
      ;;
    *)
      echo "container/run.sh: podman cannot run $image here:" >&2
      echo "$out" >&2
      exit 1
      ;;
  esac
  if [ "$attempt" = 3 ]; then
    echo "$out" >&2
    exit 1
  fi
done

if [ ${#wrap[@]} -gt 0 ]; then
  network=()
  for option in "$@"; do
    case "$option" in
      -p | -p* | --publish | --publish=* | -P | --publish-all)
        echo "container/run.sh: this host needs a private mount namespace for podman (cgroup" \
          "hybrid layout), where published ports could not be torn down: use --network=host" >&2
        exit 2
        ;;
    esac
  done
  [[ " $* " == *" --network"* || " $* " == *" --net"* ]] || network=(--network=host)
  echo "container/run.sh: cgroup hybrid layout: podman runs without /sys/fs/cgroup/unified" >&2
  exec "${wrap[@]}" podman run "${network[@]}" "${extra[@]}" "$@" "$image"
fi
exec podman run "${extra[@]}" "$@" "$image"
