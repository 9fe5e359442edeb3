#!/usr/bin/env python3
"""Writes the release's SBOM, CycloneDX 1.5 JSON (scripts/release).

Lists what the static binary is made of: the Swift packages SwiftPM resolved (from
`swift package show-dependencies --format json`), Swift's runtime and Foundation, and every C
library linked into it, each with the exact Debian package version it came from (dpkg-query);
glibc, which the binary links dynamically, as a required runtime component; busybox, which the
OCI image carries. Deterministic: the timestamp is SOURCE_DATE_EPOCH and the serial number a
name-based UUID of the commit.
"""
import argparse
import hashlib
import json
import re
import subprocess
import time
import uuid

# Debian package -> (the library as people name it, its licence as SPDX, what it is for).
LINKED = [
    ("libgit2-dev", "libgit2", "GPL-2.0-only WITH GCC-exception-2.0", "reads the git repositories"),
    ("libmbedtls-dev", "mbedtls", "Apache-2.0", "linked by libgit2 (TLS; never used: taakboek opens no connection)"),
    ("libssh2-1-dev", "libssh2", "BSD-3-Clause", "linked by libgit2 (SSH transport; never used)"),
    ("libssl-dev", "openssl-libcrypto", "Apache-2.0", "linked by libssh2"),
    ("libhttp-parser-dev", "http-parser", "MIT", "linked by libgit2 (HTTP transport; never used)"),
    ("libpcre2-dev", "pcre2", "BSD-3-Clause", "linked by libgit2"),
    ("zlib1g-dev", "zlib", "Zlib", "linked by libgit2 (object compression)"),
    ("libstdc++-12-dev", "libstdc++", "GPL-3.0-or-later WITH GCC-exception-3.1", "needed by Swift's runtime"),
    ("libgcc-12-dev", "libgcc", "GPL-3.0-or-later WITH GCC-exception-3.1", "unwinding, needed by Swift's runtime"),
]


def dpkg_version(package: str) -> str:
    result = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True)
    if result.returncode != 0 or not result.stdout:
        raise SystemExit(f"taakboek release: dpkg-query finds no installed {package}, which the SBOM must name")
    return result.stdout


def debian_component(package, name, licence, description, scope="required"):
    version = dpkg_version(package)
    return {
        "type": "library",
        "bom-ref": f"deb:{package}",
        "name": name,
        "version": version,
        "description": f"{description}; from Debian's {package}",
        "scope": scope,
        "licenses": [{"expression": licence}],
        "purl": f"pkg:deb/debian/{package}@{version}?arch=amd64&distro=debian-12",
    }


def swift_packages(tree):
    """Every package below the root in `show-dependencies --format json`, once."""
    seen = {}

    def walk(node):
        for child in node.get("dependencies", []):
            url = child["url"]
            if url not in seen:
                seen[url] = child
            walk(child)

    walk(tree)
    components = []
    for url, node in sorted(seen.items(), key=lambda item: item[1]["identity"]):
        path = re.sub(r"^https?://", "", url).removesuffix(".git")
        components.append({
            "type": "library",
            "bom-ref": f"swift:{node['identity']}",
            "name": node["name"],
            "version": node["version"],
            "scope": "required",
            "purl": f"pkg:swift/{path}@{node['version']}",
            "externalReferences": [{"type": "vcs", "url": url}],
        })
    return components


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for option in ["dependencies", "version", "commit", "binary", "busybox", "swift-version", "output"]:
        parser.add_argument("--" + option, required=True)
    parser.add_argument("--epoch", required=True, type=int)
    arguments = parser.parse_args()

    binary = open(arguments.binary, "rb").read()
    tree = json.load(open(arguments.dependencies))
    components = swift_packages(tree)
    yams = next((c for c in components if c["name"].lower() == "yams"), None)
    if yams is not None:
        components.append({
            "type": "library",
            "bom-ref": "libyaml-in-yams",
            "name": "libyaml",
            # Yams copies libyaml's sources without its version header: which release they are
            # is not recorded anywhere, so the SBOM names Yams' version and no libyaml version.
            "description": f"the YAML parser Yams {yams['version']} compiles in (its CYaml target); "
                           "Yams does not record which libyaml release its copy is",
            "scope": "required",
            "licenses": [{"license": {"id": "MIT"}}],
            "purl": "pkg:generic/libyaml",
        })
    swift = arguments.swift_version
    for name, description in [("swift-stdlib", "Swift's standard library and runtime"),
                              ("swift-foundation", "Foundation (swift-foundation and swift-corelibs-foundation)"),
                              ("libdispatch", "Dispatch")]:
        components.append({
            "type": "library",
            "bom-ref": f"swift-toolchain:{name}",
            "name": name,
            "version": swift,
            "description": f"{description}, linked statically from the Swift {swift} toolchain",
            "scope": "required",
            "licenses": [{"expression": "Apache-2.0 WITH Swift-exception"}],
            "purl": f"pkg:generic/{name}@{swift}",
        })
    components += [debian_component(*entry) for entry in LINKED]
    mimalloc = dpkg_version("libmimalloc-dev")
    components.append({
        "type": "library",
        "bom-ref": "deb-source:mimalloc",
        "name": "mimalloc",
        "version": mimalloc,
        "description": "the allocator, compiled from Debian's mimalloc source package (src/static.c)",
        "scope": "required",
        "licenses": [{"license": {"id": "MIT"}}],
        "purl": f"pkg:deb/debian/mimalloc@{mimalloc}?arch=source&distro=debian-12",
    })
    glibc = debian_component("libc6", "glibc", "LGPL-2.1-or-later",
                             "the C library, linked dynamically: the one runtime dependency")
    glibc["bom-ref"] = "deb:libc6"
    components.append(glibc)
    busybox = debian_component("busybox-static", "busybox", "GPL-2.0-only",
                               "the OCI image's sh and tools (not in the binary)", scope="optional")
    busybox["hashes"] = [{"alg": "SHA-256", "content": hashlib.sha256(open(arguments.busybox, "rb").read()).hexdigest()}]
    components.append(busybox)

    bom = {
        "bomFormat": "CycloneDX",
        "specVersion": "1.5",
        "serialNumber": "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"taakboek:{arguments.version}:{arguments.commit}")),
        "version": 1,
        "metadata": {
            "timestamp": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(arguments.epoch)),
            "tools": {"components": [{"type": "application", "name": "taakboek scripts/release"}]},
            "component": {
                "type": "application",
                "bom-ref": "taakboek",
                "name": "taakboek",
                "version": arguments.version,
                "licenses": [{"license": {"id": "EUPL-1.2"}}],
                "hashes": [{"alg": "SHA-256", "content": hashlib.sha256(binary).hexdigest()}],
                "properties": [{"name": "taakboek:commit", "value": arguments.commit}],
            },
        },
        "components": components,
        "dependencies": [
            {"ref": "taakboek", "dependsOn": [c["bom-ref"] for c in components if c["bom-ref"] != "deb:busybox-static"]},
        ],
    }
    with open(arguments.output, "w") as output:
        json.dump(bom, output, indent=2, sort_keys=False)
        output.write("\n")


if __name__ == "__main__":
    main()
