#!/usr/bin/env python3
"""scripts/test-release: checks an OCI image layout and unpacks its layers into a root folder.

  oci-unpack.py <layout> <rootfs>   prints <rootfs>; exit 1 naming the first digest or size that
                                    does not match, or a media type the spec does not name.
Reads it as a runtime would: index.json -> manifest -> config and layers, each blob by digest.
"""
import gzip
import hashlib
import io
import json
import os
import sys
import tarfile


def blob(layout, descriptor, media_type):
    if descriptor.get("mediaType") != media_type:
        sys.exit(f"oci: expected {media_type}, found {descriptor.get('mediaType')}")
    algorithm, digest = descriptor["digest"].split(":", 1)
    data = open(os.path.join(layout, "blobs", algorithm, digest), "rb").read()
    if algorithm != "sha256" or hashlib.sha256(data).hexdigest() != digest:
        sys.exit(f"oci: blob {descriptor['digest']} does not have that digest")
    if len(data) != descriptor["size"]:
        sys.exit(f"oci: blob {descriptor['digest']} is {len(data)} bytes, the descriptor says {descriptor['size']}")
    return data


def main():
    layout, rootfs = sys.argv[1], sys.argv[2]
    if json.load(open(os.path.join(layout, "oci-layout"))).get("imageLayoutVersion") != "1.0.0":
        sys.exit("oci: oci-layout is not imageLayoutVersion 1.0.0")
    index = json.load(open(os.path.join(layout, "index.json")))
    if index.get("schemaVersion") != 2 or len(index.get("manifests", [])) != 1:
        sys.exit("oci: index.json must name one manifest (schemaVersion 2)")
    manifest = json.loads(blob(layout, index["manifests"][0], "application/vnd.oci.image.manifest.v1+json"))
    config = json.loads(blob(layout, manifest["config"], "application/vnd.oci.image.config.v1+json"))
    diff_ids = config["rootfs"]["diff_ids"]
    if len(diff_ids) != len(manifest["layers"]):
        sys.exit("oci: the config's diff_ids and the manifest's layers differ in number")
    os.makedirs(rootfs, exist_ok=True)
    for layer, diff_id in zip(manifest["layers"], diff_ids):
        data = gzip.decompress(blob(layout, layer, "application/vnd.oci.image.layer.v1.tar+gzip"))
        if "sha256:" + hashlib.sha256(data).hexdigest() != diff_id:
            sys.exit(f"oci: layer {layer['digest']} uncompressed is not {diff_id}")
        with tarfile.open(fileobj=io.BytesIO(data)) as tar:
            tar.extractall(rootfs, filter="tar" if hasattr(tarfile, "tar_filter") else None)
    if config["config"].get("Entrypoint") != ["/usr/bin/taakboek"]:
        sys.exit(f"oci: entrypoint is {config['config'].get('Entrypoint')}")
    print(rootfs)


if __name__ == "__main__":
    main()
