#!/usr/bin/env python3
"""Writes taakboek's OCI image as an OCI image layout in a tar archive (scripts/release).

No container engine and no registry: the layout is written directly (OCI image spec 1.0: an
`oci-layout` file, `index.json`, and content-addressed blobs), so it builds offline and the same
inputs give the same bytes. `podman load -i`, `skopeo copy oci-archive:…` and `crane` read it.

One layer, from scratch:
  /usr/bin/taakboek          the static release binary (the entrypoint)
  /lib/<multiarch>/ glibc's loader, libc and libm, and /lib64's loader link: the one library
                             the binary links dynamically, copied from the machine's libc6
  /bin/busybox and /bin/<applet> links   a POSIX sh and the usual tools, for CI jobs whose script
                             runs in the image (GitLab's `script:`); busybox-static from Debian
  /etc/passwd, /etc/group    root and nobody
  /etc/gitconfig             safe.directory = /work/records: mounted there, a checkout owned by
                             another user opens (libgit2, like git, refuses it otherwise; the
                             libgit2 1.5 linked in does not honour safe.directory = *)
  /tmp, /work/records        the scratch folder and the working folder to mount the records on
git itself is not needed: taakboek reads the repository through libgit2, and the CI runner checks
it out before the job starts.
"""
import argparse
import gzip
import hashlib
import io
import json
import os
import subprocess
import tarfile
import time


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def canonical(value) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":")).encode()


class Layer:
    """A tar whose every entry is owned by root and dated `epoch`, in the order added."""

    def __init__(self, epoch: int):
        self.epoch = epoch
        self.buffer = io.BytesIO()
        self.tar = tarfile.open(fileobj=self.buffer, mode="w", format=tarfile.PAX_FORMAT)
        self.entries = {}

    def _info(self, name, kind, mode):
        info = tarfile.TarInfo(name)
        info.type = kind
        info.mode = mode
        info.mtime = self.epoch
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    def directory(self, name, mode=0o755):
        self.entries[name] = (self._info(name, tarfile.DIRTYPE, mode), None)

    def file(self, name, data: bytes, mode=0o644):
        info = self._info(name, tarfile.REGTYPE, mode)
        info.size = len(data)
        self.entries[name] = (info, data)

    def symlink(self, name, target):
        info = self._info(name, tarfile.SYMTYPE, 0o777)
        info.linkname = target
        self.entries[name] = (info, None)

    def bytes(self) -> bytes:
        for name in sorted(self.entries):
            info, data = self.entries[name]
            self.tar.addfile(info, io.BytesIO(data) if data is not None else None)
        self.tar.close()
        return self.buffer.getvalue()


def gzipped(data: bytes) -> bytes:
    out = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0, compresslevel=9) as stream:
        stream.write(data)
    return out.getvalue()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--busybox", required=True)
    parser.add_argument("--glibc", required=True, action="append",
                        help="a glibc file the binary needs (its absolute path is kept)")
    parser.add_argument("--version", required=True)
    parser.add_argument("--commit", required=True)
    parser.add_argument("--arch", required=True)
    parser.add_argument("--epoch", required=True, type=int)
    parser.add_argument("--output", required=True)
    arguments = parser.parse_args()

    layer = Layer(arguments.epoch)
    for folder in ["bin", "etc", "root", "usr", "usr/bin", "usr/share", "usr/share/doc",
                   "usr/share/doc/taakboek", "usr/share/doc/busybox", "work", "work/records", "proc", "dev", "sys"]:
        layer.directory(folder, 0o700 if folder == "root" else 0o755)
    layer.directory("tmp", 0o1777)
    layer.file("usr/bin/taakboek", open(arguments.binary, "rb").read(), 0o755)
    layer.file("bin/busybox", open(arguments.busybox, "rb").read(), 0o755)
    for path in arguments.glibc:
        parts = path.strip("/").split("/")
        for depth in range(1, len(parts)):
            layer.directory("/".join(parts[:depth]))
        layer.file("/".join(parts), open(os.path.realpath(path), "rb").read(), 0o755)
        if parts[-1].startswith("ld-linux"):
            layer.directory("lib64")
            layer.symlink("lib64/" + parts[-1], "/" + "/".join(parts))
    layer.directory("usr/share/doc/libc6")
    layer.file("usr/share/doc/libc6/copyright", open("/usr/share/doc/libc6/copyright", "rb").read())
    applets = subprocess.run([arguments.busybox, "--list"], check=True, capture_output=True, text=True).stdout.split()
    for applet in applets:
        if applet not in ("busybox",) and "/" not in applet:
            layer.symlink(f"bin/{applet}", "busybox")
    layer.file("etc/passwd", b"root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n")
    layer.file("etc/group", b"root:x:0:\nnogroup:x:65534:\n")
    layer.file("etc/gitconfig", (
        "# taakboek image: mount the records repository on /work/records. A checkout owned by another\n"
        "# user than the one the container runs as opens there; libgit2, like git, refuses it elsewhere.\n"
        "# (libgit2 1.5 does not honour safe.directory = *.)\n"
        "[safe]\n\tdirectory = /work/records\n").encode())
    for source, target in [("LICENSE", "usr/share/doc/taakboek/LICENSE")]:
        layer.file(target, open(source, "rb").read())
    try:
        layer.file("usr/share/doc/busybox/copyright", open("/usr/share/doc/busybox-static/copyright", "rb").read())
    except FileNotFoundError:
        pass

    uncompressed = layer.bytes()
    compressed = gzipped(uncompressed)
    created = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(arguments.epoch))
    labels = {
        "org.opencontainers.image.title": "taakboek",
        "org.opencontainers.image.version": arguments.version,
        "org.opencontainers.image.revision": arguments.commit,
        "org.opencontainers.image.created": created,
        "org.opencontainers.image.licenses": "EUPL-1.2",
        "org.opencontainers.image.description": "taakboek checks statushouders housing-task records in git",
    }
    config = canonical({
        "created": created,
        "architecture": arguments.arch,
        "os": "linux",
        "config": {
            "Entrypoint": ["/usr/bin/taakboek"],
            "Env": ["PATH=/usr/bin:/bin", "HOME=/root"],
            "WorkingDir": "/work/records",
            "Labels": labels,
        },
        "rootfs": {"type": "layers", "diff_ids": ["sha256:" + sha256(uncompressed)]},
        "history": [{"created": created, "created_by": "scripts/release (scripts/lib/oci-image.py)"}],
    })
    manifest = canonical({
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json",
                   "digest": "sha256:" + sha256(config), "size": len(config)},
        "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip",
                    "digest": "sha256:" + sha256(compressed), "size": len(compressed)}],
        "annotations": labels,
    })
    index = canonical({
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.index.v1+json",
        "manifests": [{
            "mediaType": "application/vnd.oci.image.manifest.v1+json",
            "digest": "sha256:" + sha256(manifest), "size": len(manifest),
            "platform": {"architecture": arguments.arch, "os": "linux"},
            # Name and tag: `podman load` names the image after it (localhost/taakboek:<version>).
            "annotations": {"org.opencontainers.image.ref.name": f"taakboek:{arguments.version}"},
        }],
    })

    archive = Layer(arguments.epoch)
    archive.directory("blobs")
    archive.directory("blobs/sha256")
    for blob in (compressed, config, manifest):
        archive.file("blobs/sha256/" + sha256(blob), blob)
    archive.file("oci-layout", canonical({"imageLayoutVersion": "1.0.0"}))
    archive.file("index.json", index)
    with open(arguments.output, "wb") as output:
        output.write(archive.bytes())


if __name__ == "__main__":
    main()
