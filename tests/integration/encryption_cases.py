#!/usr/bin/env python3
"""Encryption cases for tst_encryption: one sub-command per case, run against `pailctl serve`
(started with --allow-sse-c-over-http). Prints OK on success; exit 1 with a traceback on failure."""

import hashlib
import os
import sys
import traceback

import boto3
from boto3.s3.transfer import TransferConfig
from botocore.config import Config
from botocore.exceptions import ClientError

ENDPOINT = os.environ["PAIL_ENDPOINT"]
WORKDIR = os.environ.get("PAIL_WORKDIR", ".")
MiB = 1024 * 1024
CHUNK = 64 * 1024


def client():
    cfg = Config(s3={"addressing_style": "path"}, retries={"max_attempts": 1, "mode": "standard"},
                 signature_version="s3v4", connect_timeout=10, read_timeout=60)
    return boto3.client("s3", endpoint_url=ENDPOINT, region_name="us-east-1", config=cfg)


def check(cond, what):
    if not cond:
        raise AssertionError(what)


def expect_error(code, fn, *args, status=None, **kwargs):
    try:
        fn(*args, **kwargs)
    except ClientError as e:
        got = e.response.get("Error", {}).get("Code")
        http = e.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
        check(got == code or (code == str(http) and got in (None, "")),
              f"expected error {code}, got {got} (HTTP {http}): {e.response}")
        if status is not None:
            check(http == status, f"{code}: expected HTTP {status}, got {http}")
        return e
    raise AssertionError(f"expected error {code}, but the call succeeded")


def data(n, seed=0):
    out = bytearray()
    h = hashlib.sha256(str(seed).encode()).digest()
    while len(out) < n:
        h = hashlib.sha256(h).digest()
        out += h
    return bytes(out[:n])


def fresh_bucket(s3, name):
    s3.create_bucket(Bucket=name)
    return name


def case_ranges():
    """Ranged GETs of an SSE-S3 object, across chunk boundaries, single and multipart."""
    s3 = client()
    b = fresh_bucket(s3, "enc-ranges")
    body = data(5 * CHUNK + 123, 1)
    r = s3.put_object(Bucket=b, Key="obj", Body=body, ServerSideEncryption="AES256")
    check(r["ServerSideEncryption"] == "AES256", f"put answer {r}")
    check(r["ETag"].strip('"') == hashlib.md5(body).hexdigest(), "ETag is the MD5 of the plaintext")
    spans = [(0, 0), (CHUNK - 1, CHUNK), (CHUNK - 10, CHUNK + 9), (CHUNK, 2 * CHUNK - 1), (CHUNK - 1, 3 * CHUNK + 1),
             (5 * CHUNK, 5 * CHUNK + 122), (3 * CHUNK + 5, 5 * CHUNK + 122)]
    for first, last in spans:
        got = s3.get_object(Bucket=b, Key="obj", Range=f"bytes={first}-{last}")
        check(got["Body"].read() == body[first:last + 1], f"range {first}-{last}")
        check(got["ServerSideEncryption"] == "AES256", "GET names the encryption")
    got = s3.get_object(Bucket=b, Key="obj", Range="bytes=-100")["Body"].read()
    check(got == body[-100:], "suffix range")
    # Multipart with the bucket default: parts are encrypted and stitched.
    s3.put_bucket_encryption(Bucket=b, ServerSideEncryptionConfiguration={
        "Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}}]})
    big = data(12 * MiB + 77, 2)
    cfg = TransferConfig(multipart_threshold=5 * MiB, multipart_chunksize=5 * MiB, max_concurrency=2)
    path = os.path.join(WORKDIR, "big.bin")
    with open(path, "wb") as f:
        f.write(big)
    s3.upload_file(path, b, "big", Config=cfg)
    head = s3.head_object(Bucket=b, Key="big")
    check(head["ServerSideEncryption"] == "AES256", f"multipart head {head}")
    check(head["ETag"].endswith('-3"'), f"multipart ETag {head['ETag']}")
    check(s3.get_object(Bucket=b, Key="big")["Body"].read() == big, "multipart body")
    for first, last in [(5 * MiB - 3, 5 * MiB + 3), (10 * MiB - CHUNK, 10 * MiB + CHUNK), (12 * MiB, 12 * MiB + 76)]:
        got = s3.get_object(Bucket=b, Key="big", Range=f"bytes={first}-{last}")["Body"].read()
        check(got == big[first:last + 1], f"multipart range {first}-{last}")
    part2 = s3.get_object(Bucket=b, Key="big", PartNumber=2)["Body"].read()
    check(part2 == big[5 * MiB:10 * MiB], "GET partNumber=2")
    # Copies: encrypted to encrypted (new data key), and to a bucket without default.
    s3.copy_object(Bucket=b, Key="copy", CopySource={"Bucket": b, "Key": "obj"})
    check(s3.get_object(Bucket=b, Key="copy")["Body"].read() == body, "copy body")
    b2 = fresh_bucket(s3, "enc-plain")
    s3.copy_object(Bucket=b2, Key="plain", CopySource={"Bucket": b, "Key": "obj"})
    h2 = s3.head_object(Bucket=b2, Key="plain")
    check("ServerSideEncryption" not in h2, f"copy to a plain bucket is not encrypted: {h2}")
    check(s3.get_object(Bucket=b2, Key="plain")["Body"].read() == body, "decrypted copy body")
    s3.copy_object(Bucket=b2, Key="plain", CopySource={"Bucket": b2, "Key": "plain"}, ServerSideEncryption="AES256")
    check(s3.head_object(Bucket=b2, Key="plain")["ServerSideEncryption"] == "AES256", "in-place encrypt")
    check(s3.get_object(Bucket=b2, Key="plain")["Body"].read() == body, "in-place encrypted body")


def case_ssec():
    """SSE-C: PUT/GET/HEAD/copy/multipart with customer keys; wrong and missing keys."""
    s3 = client()
    b = fresh_bucket(s3, "enc-ssec")
    key1 = bytes(range(32))
    key2 = bytes(range(1, 33))
    body = data(3 * CHUNK + 5, 3)
    r = s3.put_object(Bucket=b, Key="c", Body=body, SSECustomerAlgorithm="AES256", SSECustomerKey=key1)
    check(r["SSECustomerAlgorithm"] == "AES256", f"put answer {r}")
    check(r["ETag"].strip('"') == hashlib.md5(body).hexdigest(), "SSE-C ETag")
    got = s3.get_object(Bucket=b, Key="c", SSECustomerAlgorithm="AES256", SSECustomerKey=key1)
    check(got["Body"].read() == body, "SSE-C GET")
    check(got.get("SSECustomerKeyMD5"), "GET names the key MD5")
    got = s3.get_object(Bucket=b, Key="c", Range=f"bytes={CHUNK - 2}-{CHUNK + 2}", SSECustomerAlgorithm="AES256",
                        SSECustomerKey=key1)
    check(got["Body"].read() == body[CHUNK - 2:CHUNK + 3], "SSE-C range")
    head = s3.head_object(Bucket=b, Key="c", SSECustomerAlgorithm="AES256", SSECustomerKey=key1)
    check(head["SSECustomerAlgorithm"] == "AES256", f"head {head}")
    expect_error("AccessDenied", s3.get_object, Bucket=b, Key="c", SSECustomerAlgorithm="AES256",
                 SSECustomerKey=key2, status=403)
    expect_error("InvalidRequest", s3.get_object, Bucket=b, Key="c", status=400)
    expect_error("403", s3.head_object, Bucket=b, Key="c", SSECustomerAlgorithm="AES256", SSECustomerKey=key2)
    # A bad key MD5 (sent by hand).
    def bad_md5(params, **kwargs):
        params["headers"]["x-amz-server-side-encryption-customer-key-MD5"] = "AAAAAAAAAAAAAAAAAAAAAA=="
    s3bad = client()
    s3bad.meta.events.register("before-call.s3.PutObject", bad_md5)
    expect_error("InvalidArgument", s3bad.put_object, Bucket=b, Key="bad", Body=b"x", SSECustomerAlgorithm="AES256",
                 SSECustomerKey=key1, status=400)
    # Copy re-keys: source key headers + new key.
    s3.copy_object(Bucket=b, Key="c2", CopySource={"Bucket": b, "Key": "c"}, CopySourceSSECustomerAlgorithm="AES256",
                   CopySourceSSECustomerKey=key1, SSECustomerAlgorithm="AES256", SSECustomerKey=key2)
    check(s3.get_object(Bucket=b, Key="c2", SSECustomerAlgorithm="AES256", SSECustomerKey=key2)["Body"].read() == body,
          "copy under the new key")
    expect_error("AccessDenied", s3.get_object, Bucket=b, Key="c2", SSECustomerAlgorithm="AES256",
                 SSECustomerKey=key1)
    expect_error("InvalidRequest", s3.copy_object, Bucket=b, Key="c3", CopySource={"Bucket": b, "Key": "c"})
    # Multipart with SSE-C: every part carries the key.
    up = s3.create_multipart_upload(Bucket=b, Key="mp", SSECustomerAlgorithm="AES256", SSECustomerKey=key1)
    p1 = data(5 * MiB, 4)
    p2 = data(1000, 5)
    e1 = s3.upload_part(Bucket=b, Key="mp", UploadId=up["UploadId"], PartNumber=1, Body=p1,
                        SSECustomerAlgorithm="AES256", SSECustomerKey=key1)["ETag"]
    expect_error("InvalidRequest", s3.upload_part, Bucket=b, Key="mp", UploadId=up["UploadId"], PartNumber=2, Body=p2)
    e2 = s3.upload_part(Bucket=b, Key="mp", UploadId=up["UploadId"], PartNumber=2, Body=p2,
                        SSECustomerAlgorithm="AES256", SSECustomerKey=key1)["ETag"]
    s3.complete_multipart_upload(Bucket=b, Key="mp", UploadId=up["UploadId"], MultipartUpload={
        "Parts": [{"PartNumber": 1, "ETag": e1}, {"PartNumber": 2, "ETag": e2}]})
    got = s3.get_object(Bucket=b, Key="mp", SSECustomerAlgorithm="AES256", SSECustomerKey=key1)["Body"].read()
    check(got == p1 + p2, "SSE-C multipart body")


def case_ssec_refused():
    """Without --allow-sse-c-over-http, SSE-C over plain HTTP is refused as AWS does."""
    s3 = client()
    b = fresh_bucket(s3, "enc-ssec-refused")
    e = expect_error("InvalidRequest", s3.put_object, Bucket=b, Key="c", Body=b"x", SSECustomerAlgorithm="AES256",
                     SSECustomerKey=bytes(32), status=400)
    check("secure connection" in e.response["Error"]["Message"], e.response["Error"]["Message"])


def case_kms():
    """aws:kms with a sandbox key (created by the test beforehand: PAIL_KMS_KEY) and an unknown one."""
    s3 = client()
    kms_key = os.environ["PAIL_KMS_KEY"]
    b = fresh_bucket(s3, "enc-kms")
    r = s3.put_object(Bucket=b, Key="k", Body=b"kms body", ServerSideEncryption="aws:kms", SSEKMSKeyId=kms_key)
    check(r["ServerSideEncryption"] == "aws:kms", f"put {r}")
    check(r["SSEKMSKeyId"].endswith(":key/" + kms_key) and r["SSEKMSKeyId"].startswith("arn:aws:kms:"), f"put {r}")
    head = s3.head_object(Bucket=b, Key="k")
    check(head["ServerSideEncryption"] == "aws:kms" and head["SSEKMSKeyId"] == r["SSEKMSKeyId"], f"head {head}")
    check(s3.get_object(Bucket=b, Key="k")["Body"].read() == b"kms body", "kms GET")
    e = expect_error("KMS.NotFoundException", s3.put_object, Bucket=b, Key="u", Body=b"x", ServerSideEncryption="aws:kms",
                     SSEKMSKeyId="no-such-key", status=400)
    check("does not exist" in e.response["Error"]["Message"], e.response["Error"]["Message"])
    # Without a key id: the account's default key aws/s3.
    r = s3.put_object(Bucket=b, Key="d", Body=b"default", ServerSideEncryption="aws:kms")
    check(r["SSEKMSKeyId"].endswith(":key/aws/s3"), f"default key {r}")
    # Bucket default with a KMS key.
    s3.put_bucket_encryption(Bucket=b, ServerSideEncryptionConfiguration={
        "Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms", "KMSMasterKeyID": kms_key}}]})
    r = s3.put_object(Bucket=b, Key="bd", Body=b"bucket default")
    check(r["ServerSideEncryption"] == "aws:kms" and r["SSEKMSKeyId"].endswith(kms_key), f"bucket default {r}")
    expect_error("KMS.NotFoundException", s3.put_bucket_encryption, Bucket=b, ServerSideEncryptionConfiguration={
        "Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms", "KMSMasterKeyID": "nope"}}]})


def main():
    name = sys.argv[1]
    fn = globals().get("case_" + name)
    if fn is None:
        print(f"unknown case {name}", file=sys.stderr)
        return 2
    try:
        fn()
    except Exception:
        traceback.print_exc()
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
