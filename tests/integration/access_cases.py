#!/usr/bin/env python3
"""Access-control and TLS cases for tst_accesstls and tst_accessacl: one sub-command per case, run
against `pailctl serve`. PAIL_ENDPOINT is the endpoint, PAIL_CA_BUNDLE the CA bundle for an
https endpoint. Prints OK on success; exit 1 with a traceback on failure."""

import base64
import hashlib
import os
import ssl
import sys
import traceback
import urllib.error
import urllib.request

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError, SSLError

ENDPOINT = os.environ["PAIL_ENDPOINT"]
CA_BUNDLE = os.environ.get("PAIL_CA_BUNDLE") or None


def client(verify=None):
    cfg = Config(s3={"addressing_style": "path"}, retries={"max_attempts": 1, "mode": "standard"},
                 signature_version="s3v4", connect_timeout=10, read_timeout=60)
    return boto3.client("s3", endpoint_url=ENDPOINT, region_name="us-east-1", config=cfg,
                        verify=CA_BUNDLE if verify is None else verify)


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
            check(http == status, f"expected HTTP {status}, got {http}")
        return e
    raise AssertionError(f"expected error {code}, the call succeeded")


def anonymous_get(url):
    """(status, body) of an unsigned GET, trusting CA_BUNDLE for https."""
    context = ssl.create_default_context(cafile=CA_BUNDLE) if url.startswith("https") else None
    try:
        with urllib.request.urlopen(url, context=context, timeout=30) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def case_tls_round_trip():
    """boto3 over https with the sandbox certificate as CA bundle: objects, SSE-C (accepted over TLS
    without --allow-sse-c-over-http), and a client that does not trust the certificate fails."""
    s3 = client()
    s3.create_bucket(Bucket="tls-boto3")
    body = os.urandom(3 * 1024 * 1024 + 5)
    s3.put_object(Bucket="tls-boto3", Key="plain", Body=body)
    check(s3.get_object(Bucket="tls-boto3", Key="plain")["Body"].read() == body, "plain object round trip")
    key = os.urandom(32)
    sse = {"SSECustomerAlgorithm": "AES256", "SSECustomerKey": key}
    s3.put_object(Bucket="tls-boto3", Key="customer", Body=b"customer data", **sse)
    got = s3.get_object(Bucket="tls-boto3", Key="customer", **sse)
    check(got["Body"].read() == b"customer data", "SSE-C round trip")
    check(got["SSECustomerKeyMD5"] == base64.b64encode(hashlib.md5(key).digest()).decode(), "SSE-C key MD5")
    expect_error("InvalidRequest", s3.get_object, Bucket="tls-boto3", Key="customer")
    # A client with the system CA store only does not trust the self-signed certificate.
    try:
        client(verify=True).list_buckets()
    except SSLError:
        pass
    else:
        raise AssertionError("a client without the CA bundle connected")


def case_sse_c_over_http():
    """Over plain HTTP (without --allow-sse-c-over-http) SSE-C is refused as AWS refuses it."""
    s3 = client()
    e = expect_error("InvalidRequest", s3.put_object, Bucket="tls-boto3", Key="c2", Body=b"x",
                     SSECustomerAlgorithm="AES256", SSECustomerKey=os.urandom(32), status=400)
    check("secure connection" in e.response["Error"]["Message"], e.response["Error"]["Message"])


def main():
    name = sys.argv[1]
    try:
        globals()["case_" + name.replace("-", "_")]()
    except Exception:
        traceback.print_exc()
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
