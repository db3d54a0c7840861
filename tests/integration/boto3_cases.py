#!/usr/bin/env python3
"""boto3 cases against an S3 endpoint, one per sub-command, for tst_boto3.

Usage: boto3_cases.py CASE
Environment: PAIL_ENDPOINT (http://127.0.0.1:PORT), PAIL_WORKDIR (a scratch folder),
PAIL_TAG (makes bucket names unique per interpreter), AWS_ACCESS_KEY_ID,
AWS_SECRET_ACCESS_KEY, AWS_DEFAULT_REGION.
Exit status: 0 passed, 1 failed (with the reason on stderr), 77 skipped (reason on stdout).
"""

import hashlib
import os
import socket
import sys
import traceback
import urllib.error
import urllib.request

import boto3
import botocore
from boto3.s3.transfer import TransferConfig
from botocore.config import Config
from botocore.exceptions import ClientError

ENDPOINT = os.environ["PAIL_ENDPOINT"]
WORKDIR = os.environ["PAIL_WORKDIR"]
TAG = os.environ.get("PAIL_TAG", "t")
MiB = 1024 * 1024


class Skip(Exception):
    pass


def client(addressing="path", endpoint=ENDPOINT, **keys):
    cfg = Config(s3={"addressing_style": addressing}, retries={"max_attempts": 1, "mode": "standard"},
                 signature_version="s3v4", connect_timeout=10, read_timeout=60)
    return boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", config=cfg, **keys)


def bucket(name):
    return f"{name}-{TAG}"


def check(cond, what):
    if not cond:
        raise AssertionError(what)


def expect_error(code, fn, *args, status=None, **kwargs):
    try:
        fn(*args, **kwargs)
    except ClientError as e:
        got = e.response.get("Error", {}).get("Code")
        http = e.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
        check(got == code, f"expected error {code}, got {got} (HTTP {http}): {e.response}")
        if status is not None:
            check(http == status, f"{code}: expected HTTP {status}, got {http}")
        return e
    raise AssertionError(f"expected error {code}, but the call succeeded")


def fresh_bucket(s3, name):
    b = bucket(name)
    s3.create_bucket(Bucket=b)
    return b


def data(n, seed=0):
    out = bytearray()
    h = hashlib.sha256(str(seed).encode()).digest()
    while len(out) < n:
        h = hashlib.sha256(h).digest()
        out += h
    return bytes(out[:n])


def case_buckets():
    s3 = client()
    b = bucket("buckets")
    s3.create_bucket(Bucket=b)
    s3.head_bucket(Bucket=b)
    names = [x["Name"] for x in s3.list_buckets()["Buckets"]]
    check(b in names, f"{b} not in list_buckets: {names}")
    # Creating a bucket you own again: BucketAlreadyOwnedByYou (409), except that us-east-1 answers
    # 200 for legacy compatibility (AWS CreateBucket documentation). Never BucketAlreadyExists.
    try:
        s3.create_bucket(Bucket=b)
    except ClientError as e:
        check(e.response["Error"]["Code"] == "BucketAlreadyOwnedByYou"
              and e.response["ResponseMetadata"]["HTTPStatusCode"] == 409, f"re-create: {e.response}")
    loc = s3.get_bucket_location(Bucket=b).get("LocationConstraint")
    check(loc in (None, "", "us-east-1"), f"location {loc!r}")
    s3.delete_bucket(Bucket=b)
    expect_error("404", s3.head_bucket, Bucket=b, status=404)
    expect_error("NoSuchBucket", s3.delete_bucket, Bucket=b, status=404)


def case_objects():
    s3 = client()
    b = fresh_bucket(s3, "objects")
    body = data(100_000, 1)
    put = s3.put_object(Bucket=b, Key="a/b.bin", Body=body, ContentType="application/x-pail",
                        Metadata={"Colour": "blue"}, CacheControl="no-cache")
    check(put["ETag"] == '"%s"' % hashlib.md5(body).hexdigest(), f"put ETag {put['ETag']}")
    head = s3.head_object(Bucket=b, Key="a/b.bin")
    check(head["ContentLength"] == len(body), f"head length {head['ContentLength']}")
    check(head["ContentType"] == "application/x-pail", f"content type {head['ContentType']}")
    check(head["Metadata"] == {"colour": "blue"}, f"metadata {head['Metadata']}")
    check(head.get("CacheControl") == "no-cache", f"cache-control {head.get('CacheControl')}")
    check(head["ETag"] == put["ETag"], "head ETag differs from put ETag")
    got = s3.get_object(Bucket=b, Key="a/b.bin")
    check(got["Body"].read() == body, "get body differs")
    check(got["ResponseMetadata"]["HTTPStatusCode"] == 200, "get status")
    # Overwrite, then delete; a deleted key is NoSuchKey, a delete of a missing key is fine (204).
    s3.put_object(Bucket=b, Key="a/b.bin", Body=b"second")
    check(s3.get_object(Bucket=b, Key="a/b.bin")["Body"].read() == b"second", "overwrite not visible")
    d = s3.delete_object(Bucket=b, Key="a/b.bin")
    check(d["ResponseMetadata"]["HTTPStatusCode"] == 204, f"delete status {d['ResponseMetadata']}")
    expect_error("NoSuchKey", s3.get_object, Bucket=b, Key="a/b.bin", status=404)
    d = s3.delete_object(Bucket=b, Key="never-existed")
    check(d["ResponseMetadata"]["HTTPStatusCode"] == 204, "delete of a missing key must answer 204")
    # If-None-Match / If-Match style conditions through get_object.
    s3.put_object(Bucket=b, Key="cond", Body=b"cond")
    etag = s3.head_object(Bucket=b, Key="cond")["ETag"]
    expect_error("304", s3.get_object, Bucket=b, Key="cond", IfNoneMatch=etag, status=304)
    expect_error("PreconditionFailed", s3.get_object, Bucket=b, Key="cond", IfMatch='"0000"', status=412)


def case_paginator():
    s3 = client()
    b = fresh_bucket(s3, "paginate")
    keys = [f"dir{d}/file{i:02d}" for d in range(3) for i in range(9)] + ["top"]
    for k in keys:
        s3.put_object(Bucket=b, Key=k, Body=k.encode())
    pages = list(s3.get_paginator("list_objects_v2").paginate(Bucket=b, PaginationConfig={"PageSize": 7}))
    listed = [o["Key"] for p in pages for o in p.get("Contents", [])]
    check(listed == sorted(keys), f"listed {listed}")
    check(len(pages) == 4, f"{len(pages)} pages of 7 for 28 keys")
    check(all(p["KeyCount"] == len(p.get("Contents", [])) for p in pages), "KeyCount")
    check(pages[0]["IsTruncated"] and not pages[-1]["IsTruncated"], "IsTruncated")
    pages = list(s3.get_paginator("list_objects_v2").paginate(Bucket=b, Delimiter="/", PaginationConfig={"PageSize": 2}))
    prefixes = [p["Prefix"] for page in pages for p in page.get("CommonPrefixes", [])]
    contents = [o["Key"] for page in pages for o in page.get("Contents", [])]
    check(prefixes == ["dir0/", "dir1/", "dir2/"], f"prefixes {prefixes}")
    check(contents == ["top"], f"contents {contents}")
    r = s3.list_objects_v2(Bucket=b, Prefix="dir1/", StartAfter="dir1/file05")
    check([o["Key"] for o in r["Contents"]] == [f"dir1/file{i:02d}" for i in range(6, 9)], "StartAfter")
    r = s3.list_objects(Bucket=b, Prefix="dir2/", MaxKeys=4)
    check(len(r["Contents"]) == 4 and r["IsTruncated"], "list_objects v1 MaxKeys")
    r = s3.list_objects(Bucket=b, Prefix="dir2/", Marker=r["Contents"][-1]["Key"])
    check([o["Key"] for o in r["Contents"]] == [f"dir2/file{i:02d}" for i in range(4, 9)], "list_objects v1 Marker")


def case_transfer():
    s3 = client()
    b = fresh_bucket(s3, "transfer")
    src = os.path.join(WORKDIR, "upload-20MiB.bin")
    with open(src, "wb") as f:
        f.write(data(20 * MiB, 3))
    cfg = TransferConfig(multipart_threshold=5 * MiB, multipart_chunksize=5 * MiB, max_concurrency=4)
    s3.upload_file(src, b, "big/20MiB.bin", Config=cfg)
    head = s3.head_object(Bucket=b, Key="big/20MiB.bin")
    check(head["ContentLength"] == 20 * MiB, f"length {head['ContentLength']}")
    with open(src, "rb") as f:
        blob = f.read()
    md5s = b"".join(hashlib.md5(blob[i:i + 5 * MiB]).digest() for i in range(0, len(blob), 5 * MiB))
    expected = '"%s-4"' % hashlib.md5(md5s).hexdigest()
    check(head["ETag"] == expected, f"multipart ETag {head['ETag']}, expected {expected}")
    dst = os.path.join(WORKDIR, "download-20MiB.bin")
    s3.download_file(b, "big/20MiB.bin", dst, Config=cfg)  # ranged parallel GETs
    with open(dst, "rb") as f:
        check(hashlib.md5(f.read()).digest() == hashlib.md5(blob).digest(), "downloaded copy differs")
    os.remove(dst)
    os.remove(src)


def case_range():
    s3 = client()
    b = fresh_bucket(s3, "range")
    body = data(1000, 4)
    s3.put_object(Bucket=b, Key="r", Body=body)
    for rng, lo, hi in (("bytes=10-19", 10, 19), ("bytes=990-", 990, 999), ("bytes=-5", 995, 999),
                        ("bytes=0-0", 0, 0), ("bytes=900-5000", 900, 999)):
        r = s3.get_object(Bucket=b, Key="r", Range=rng)
        check(r["ResponseMetadata"]["HTTPStatusCode"] == 206, f"{rng}: status {r['ResponseMetadata']['HTTPStatusCode']}")
        check(r["ContentRange"] == f"bytes {lo}-{hi}/1000", f"{rng}: Content-Range {r['ContentRange']}")
        check(r["ContentLength"] == hi - lo + 1, f"{rng}: Content-Length {r['ContentLength']}")
        check(r["Body"].read() == body[lo:hi + 1], f"{rng}: wrong bytes")
    expect_error("InvalidRange", s3.get_object, Bucket=b, Key="r", Range="bytes=1000-1010", status=416)


def case_copy():
    s3 = client()
    b = fresh_bucket(s3, "copy")
    other = fresh_bucket(s3, "copy-dest")
    body = data(50_000, 5)
    s3.put_object(Bucket=b, Key="src key", Body=body, Metadata={"a": "1"}, ContentType="text/x-src")
    r = s3.copy_object(Bucket=b, Key="same", CopySource={"Bucket": b, "Key": "src key"})
    check(r["CopyObjectResult"]["ETag"] == '"%s"' % hashlib.md5(body).hexdigest(), f"copy ETag {r}")
    h = s3.head_object(Bucket=b, Key="same")
    check(h["Metadata"] == {"a": "1"} and h["ContentType"] == "text/x-src", f"COPY directive keeps metadata: {h}")
    s3.copy_object(Bucket=other, Key="dir/replaced", CopySource={"Bucket": b, "Key": "src key"},
                   MetadataDirective="REPLACE", Metadata={"b": "2"}, ContentType="text/x-new")
    h = s3.head_object(Bucket=other, Key="dir/replaced")
    check(h["Metadata"] == {"b": "2"} and h["ContentType"] == "text/x-new", f"REPLACE directive: {h}")
    check(s3.get_object(Bucket=other, Key="dir/replaced")["Body"].read() == body, "copied bytes differ")
    expect_error("NoSuchKey", s3.copy_object, Bucket=b, Key="x", CopySource={"Bucket": b, "Key": "missing"}, status=404)
    # Managed copy (boto3's s3.copy does a HEAD then CopyObject or UploadPartCopy).
    s3.copy({"Bucket": b, "Key": "src key"}, other, "managed")
    check(s3.get_object(Bucket=other, Key="managed")["Body"].read() == body, "managed copy differs")


def case_delete_objects():
    s3 = client()
    b = fresh_bucket(s3, "delete-many")
    keys = [f"k{i}" for i in range(5)] + ["with space", "\u00fcnicode"]
    for k in keys:
        s3.put_object(Bucket=b, Key=k, Body=b"x")
    r = s3.delete_objects(Bucket=b, Delete={"Objects": [{"Key": k} for k in keys + ["missing"]]})
    deleted = sorted(d["Key"] for d in r.get("Deleted", []))
    check(deleted == sorted(keys + ["missing"]), f"Deleted {deleted}")
    check(not r.get("Errors"), f"Errors {r.get('Errors')}")
    check(s3.list_objects_v2(Bucket=b)["KeyCount"] == 0, "objects left after delete_objects")
    s3.put_object(Bucket=b, Key="q", Body=b"x")
    r = s3.delete_objects(Bucket=b, Delete={"Objects": [{"Key": "q"}], "Quiet": True})
    check(not r.get("Deleted") and not r.get("Errors"), f"Quiet mode lists nothing: {r}")
    check(s3.list_objects_v2(Bucket=b)["KeyCount"] == 0, "quiet delete left the object")


def case_presign():
    s3 = client()
    b = fresh_bucket(s3, "presign")
    body = data(3000, 6)
    s3.put_object(Bucket=b, Key="dir/file +%.bin", Body=body)
    url = s3.generate_presigned_url("get_object", Params={"Bucket": b, "Key": "dir/file +%.bin"}, ExpiresIn=300)
    check(url.startswith(ENDPOINT), url)
    with urllib.request.urlopen(url, timeout=30) as resp:
        check(resp.status == 200 and resp.read() == body, "presigned GET")
    put_url = s3.generate_presigned_url("put_object", Params={"Bucket": b, "Key": "uploaded"}, ExpiresIn=300)
    req = urllib.request.Request(put_url, data=b"via presigned put", method="PUT")
    with urllib.request.urlopen(req, timeout=30) as resp:
        check(resp.status == 200, f"presigned PUT status {resp.status}")
    check(s3.get_object(Bucket=b, Key="uploaded")["Body"].read() == b"via presigned put", "presigned PUT content")
    # A presigned GET used for another key does not verify.
    bad = url.replace("file%20", "filf%20")
    try:
        urllib.request.urlopen(bad, timeout=30)
        raise AssertionError("a URL signed for another key was accepted")
    except urllib.error.HTTPError as e:
        body = e.read()
        check(e.code == 403 and b"<Code>SignatureDoesNotMatch</Code>" in body, f"{e.code} {body[:300]!r}")


def case_errors():
    s3 = client()
    b = fresh_bucket(s3, "errors")
    expect_error("NoSuchKey", s3.get_object, Bucket=b, Key="nope", status=404)
    expect_error("NoSuchBucket", s3.get_object, Bucket=bucket("no-such-bucket"), Key="k", status=404)
    expect_error("NoSuchBucket", s3.list_objects_v2, Bucket=bucket("no-such-bucket"), status=404)
    s3.put_object(Bucket=b, Key="k", Body=b"0123456789")
    expect_error("BucketNotEmpty", s3.delete_bucket, Bucket=b, status=409)
    expect_error("InvalidRange", s3.get_object, Bucket=b, Key="k", Range="bytes=20-30", status=416)
    wrong = client(aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"], aws_secret_access_key="not-the-secret")
    expect_error("SignatureDoesNotMatch", wrong.list_objects_v2, Bucket=b, status=403)
    expect_error("SignatureDoesNotMatch", wrong.put_object, Bucket=b, Key="evil", Body=b"x", status=403)
    unknown = client(aws_access_key_id="AKIANOSUCHKEY0000000", aws_secret_access_key="whatever")
    expect_error("InvalidAccessKeyId", unknown.list_buckets, status=403)
    try:
        s3.head_object(Bucket=b, Key="evil")
        raise AssertionError("an object was written with a wrong signature")
    except ClientError as e:
        check(e.response["Error"]["Code"] == "404", f"head after refused put: {e.response}")


def case_checksums():
    s3 = client()
    b = fresh_bucket(s3, "checksums")
    body = data(70_000, 7)
    for algo in ("CRC32", "SHA256", "SHA1"):
        s3.put_object(Bucket=b, Key=f"c-{algo}", Body=body, ChecksumAlgorithm=algo)
        r = s3.get_object(Bucket=b, Key=f"c-{algo}", ChecksumMode="ENABLED")
        check(r["Body"].read() == body, f"{algo}: body differs")
    # A wrong explicit Content-MD5 is refused with BadDigest and leaves nothing behind.
    import base64
    bad_md5 = base64.b64encode(hashlib.md5(b"other").digest()).decode()
    expect_error("BadDigest", s3.put_object, Bucket=b, Key="bad-md5", Body=body, ContentMD5=bad_md5, status=400)
    expect_error("404", s3.head_object, Bucket=b, Key="bad-md5", status=404)


def case_virtual():
    port = ENDPOINT.rsplit(":", 1)[1]
    host = f"{bucket('virtual')}.localhost"
    try:
        addrs = {a[4][0] for a in socket.getaddrinfo(host, int(port), proto=socket.IPPROTO_TCP)}
    except socket.gaierror:
        addrs = set()
    if "127.0.0.1" not in addrs:
        # glibc without nss-myhostname does not resolve *.localhost (RFC 6761 says it should).
        # Resolve it in this process only, as a browser does, so the server's Host-header
        # routing is still exercised by the real SDK.
        print(f"note: {host} does not resolve here ({addrs or 'no address'}); resolving *.localhost in-process")
        real = socket.getaddrinfo

        def resolve(h, *args, **kwargs):
            if isinstance(h, str) and (h == "localhost" or h.endswith(".localhost")):
                h = "127.0.0.1"
            return real(h, *args, **kwargs)

        socket.getaddrinfo = resolve
    path = client()
    b = fresh_bucket(path, "virtual")
    v = client(addressing="virtual", endpoint=f"http://localhost:{port}")
    v.put_object(Bucket=b, Key="vhost/key.txt", Body=b"virtual host style")
    check(v.get_object(Bucket=b, Key="vhost/key.txt")["Body"].read() == b"virtual host style", "virtual GET")
    check([o["Key"] for o in v.list_objects_v2(Bucket=b)["Contents"]] == ["vhost/key.txt"], "virtual list")
    check(path.get_object(Bucket=b, Key="vhost/key.txt")["Body"].read() == b"virtual host style", "path GET of a virtual PUT")
    url = v.generate_presigned_url("get_object", Params={"Bucket": b, "Key": "vhost/key.txt"}, ExpiresIn=60)
    check(f"//{b}.localhost:{port}/" in url, url)
    with urllib.request.urlopen(url, timeout=30) as resp:
        check(resp.read() == b"virtual host style", "virtual presigned GET")


def main():
    name = sys.argv[1]
    fn = globals().get("case_" + name)
    if fn is None:
        print(f"unknown case {name}", file=sys.stderr)
        return 2
    print(f"boto3 {boto3.__version__} botocore {botocore.__version__} python {sys.version.split()[0]}")
    try:
        fn()
    except Skip as e:
        print(f"SKIP: {e}")
        return 77
    except Exception:
        traceback.print_exc()
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
