#!/usr/bin/env python3
"""scripts/test-release: the SBOM is valid CycloneDX 1.5 and names what the binary is made of.

  sbom-validate.py <sbom.cdx.json> <checkout>
Validated by cyclonedx-python-lib's JSON validator (the CycloneDX project's own schemas); then
every package in the checkout's Package.resolved must be listed with its resolved version, and
libgit2 and glibc with the versions dpkg has installed.
"""
import json
import subprocess
import sys


def main():
    path, checkout = sys.argv[1], sys.argv[2]
    text = open(path).read()
    try:
        from cyclonedx.schema import SchemaVersion
        from cyclonedx.validation.json import JsonStrictValidator
    except ImportError:
        sys.exit("sbom: cyclonedx-python-lib[json-validation] is not installed (pip install it)")
    error = JsonStrictValidator(SchemaVersion.V1_5).validate_str(text)
    if error is not None:
        sys.exit(f"sbom: not valid CycloneDX 1.5: {error}")
    bom = json.loads(text)
    listed = {c["name"].lower(): c.get("version") for c in bom["components"]}
    resolved = json.load(open(f"{checkout}/Package.resolved"))
    for pin in resolved["pins"]:
        name = pin["identity"]
        version = pin["state"].get("version")
        if listed.get(name.lower()) != version:
            sys.exit(f"sbom: {name} {version} (Package.resolved) is listed as {listed.get(name.lower())}")
    for package, name in [("libgit2-dev", "libgit2"), ("libc6", "glibc")]:
        version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True).stdout
        if listed.get(name) != version:
            sys.exit(f"sbom: {name} should be {version} (dpkg), is {listed.get(name)}")
    print(f"sbom: {len(bom['components'])} components, valid CycloneDX 1.5", file=sys.stderr)


if __name__ == "__main__":
    main()
