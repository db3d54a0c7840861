#!/usr/bin/env python3
"""Writes the seed corpora of tests/fuzz/corpus/<target>/ (run from anywhere; overwrites).

Seeds are realistic inputs: request heads as aws-cli/boto3 send them, the SigV4 test suite's
signed requests (tests/data/sigv4), AWS's S3 SigV4 examples (tests/data/s3-sigv4-examples),
validly signed aws-chunked bodies (signatures computed here, so the fuzzers start past the
HMAC checks), and the XML / JSON documents of tests/data and the AWS documentation.
"""
import base64, binascii, hashlib, hmac, json, os, pathlib, struct, zlib

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE.parent / "data"
CORPUS = HERE / "corpus"


def put(target, name, data):
    d = CORPUS / target
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data if isinstance(data, bytes) else data.encode())


# ---- SigV4 (mirror of engine/s3/sigv4.cpp, enough for seeds) -------------------------------
def h(key, msg):
    return hmac.new(key, msg.encode() if isinstance(msg, str) else msg, hashlib.sha256)


def sha(b):
    return hashlib.sha256(b if isinstance(b, bytes) else b.encode()).hexdigest()


def signing_key(secret, date, region, service):
    k = h(("AWS4" + secret).encode(), date).digest()
    k = h(k, region).digest()
    k = h(k, service).digest()
    return h(k, "aws4_request").digest()


S3_AK, S3_SECRET = "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
S3_DATE, S3_DAY, SCOPE = "20130524T000000Z", "20130524", "20130524/us-east-1/s3/aws4_request"
S3_KEY = signing_key(S3_SECRET, S3_DAY, "us-east-1", "s3")
SEED_SIG = "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9"


def sign_s3(method, path, query, headers, payload_hash):
    """headers: list of (name, value); returns the Authorization value (all headers signed)."""
    names = sorted({n.lower() for n, _ in headers})
    canon = "".join(n + ":" + ",".join(" ".join(v.split()) for k, v in headers if k.lower() == n) + "\n" for n in names)
    signed = ";".join(names)
    params = []
    for part in query.split("&") if query else []:
        n, _, v = part.partition("=")
        params.append((n, v))
    cq = "&".join(n + "=" + v for n, v in sorted(params))
    creq = "\n".join([method, path, cq, canon, signed, payload_hash])
    sts = "\n".join(["AWS4-HMAC-SHA256", S3_DATE, SCOPE, sha(creq)])
    sig = h(S3_KEY, sts).hexdigest()
    return "AWS4-HMAC-SHA256 Credential=%s/%s,SignedHeaders=%s,Signature=%s" % (S3_AK, SCOPE, signed, sig), sig


def chunk_sig(prev, data):
    sts = "\n".join(["AWS4-HMAC-SHA256-PAYLOAD", S3_DATE, SCOPE, prev, sha(b""), sha(data)])
    return h(S3_KEY, sts).hexdigest()


def trailer_sig(prev, canonical):
    sts = "\n".join(["AWS4-HMAC-SHA256-TRAILER", S3_DATE, SCOPE, prev, sha(canonical)])
    return h(S3_KEY, sts).hexdigest()


def checksum_b64(alg, data):
    if alg == "crc32":
        d = struct.pack(">I", zlib.crc32(data) & 0xFFFFFFFF)
    elif alg == "sha256":
        d = hashlib.sha256(data).digest()
    elif alg == "sha1":
        d = hashlib.sha1(data).digest()
    else:
        raise ValueError(alg)
    return base64.b64encode(d).decode()


def aws_chunked(mode, chunks, trailer_alg=None, seed=SEED_SIG):
    """mode: signed | signed-trailer | unsigned-trailer. Returns the encoded body."""
    out, prev = b"", seed
    signed = mode.startswith("signed")
    for c in chunks + [b""]:
        out += b"%x" % len(c)
        if signed:
            prev = chunk_sig(prev, c)
            out += b";chunk-signature=" + prev.encode()
        out += b"\r\n"
        if c:
            out += c + b"\r\n"
    if mode == "signed":
        return out + b"\r\n"
    canonical = ""
    if trailer_alg:
        canonical = "x-amz-checksum-%s:%s\n" % (trailer_alg, checksum_b64(trailer_alg, b"".join(chunks)))
        out += canonical[:-1].encode() + b"\r\n"
    if mode == "signed-trailer":
        prev = trailer_sig(prev, canonical)
        out += b"x-amz-trailer-signature:" + prev.encode() + b"\r\n"
    return out + b"\r\n"


# ---- aws_chunked -------------------------------------------------------------------------
MODES = {"signed-payload": 0, "unsigned-payload": 1, "signed": 2, "signed-trailer": 3, "unsigned-trailer": 4}
ALG = {None: 0, "crc32": 1, "sha1": 3, "sha256": 4}


def chunked_seed(name, mode, chunks, alg=None, options=0, splits=(), body=None):
    if body is None:
        body = aws_chunked(mode, chunks, alg)
    decoded = sum(len(c) for c in chunks)
    opts = options | 4 | (ALG[alg] << 3)
    head = bytes([MODES[mode], opts]) + struct.pack("<H", decoded & 0xFFFF) + bytes([len(splits)])
    head += b"".join(struct.pack("<H", s) for s in splits)
    put("aws_chunked", name, head + body)


def write_aws_chunked():
    hello = [b"Hello, S3! " * 3, b"second chunk\n", b"x"]
    chunked_seed("signed-3-chunks", "signed", hello, splits=(5, 90, 91))
    chunked_seed("signed-one-chunk", "signed", [b"a" * 64])
    chunked_seed("signed-empty", "signed", [])
    chunked_seed("signed-trailer-crc32", "signed-trailer", hello, "crc32", splits=(100,))
    chunked_seed("signed-trailer-sha256", "signed-trailer", [b"abc"], "sha256")
    chunked_seed("unsigned-trailer-crc32", "unsigned-trailer", hello, "crc32", splits=(1, 2, 3))
    chunked_seed("unsigned-trailer-sha1", "unsigned-trailer", [b"data" * 10], "sha1", options=1)
    chunked_seed("unsigned-trailer-none", "unsigned-trailer", [b"no trailer"], options=1)
    bad = aws_chunked("signed", [b"tampered"]).replace(b"tampered", b"Tampered")
    chunked_seed("signed-bad-signature", "signed", [b"tampered"], body=bad)
    chunked_seed("unsigned-size-lies", "unsigned-trailer", [b"abc"], options=1,
                 body=b"ffffffffffff\r\nabc\r\n0\r\n\r\n")
    chunked_seed("signed-min-chunk", "signed", [b"b" * 100, b"c"], options=2)


# ---- sigv4_auth --------------------------------------------------------------------------
def write_sigv4():
    suite = DATA / "sigv4"
    picks = ["get-vanilla", "get-vanilla-query-order-key-case", "get-utf8", "get-space-normalized",
             "get-relative-relative-normalized", "get-header-value-trim", "get-header-key-duplicate",
             "post-x-www-form-urlencoded", "get-vanilla-with-session-token", "post-sts-header-before",
             "get-unreserved", "get-slashes-unnormalized"]
    for case in picks:
        d = suite / case
        if not d.exists():
            continue
        ctx = json.loads((d / "context.json").read_text())
        flags = 8 | (2 if ctx.get("normalize") else 0)
        for kind in ("header", "query"):
            f = d / ("%s-signed-request.txt" % kind)
            if f.exists():
                raw = f.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
                put("sigv4_auth", "%s-%s" % (case, kind), bytes([flags]) + raw)

    ex = json.loads((DATA / "s3-sigv4-examples" / "examples.json").read_text())
    for c in ex["cases"]:
        if c["name"] == "chunked-upload":
            continue
        hdrs = list(c["headers"].items())
        target = c["path"] + ("?" + c["query"] if c["query"] else "")
        if c["name"].startswith("presigned"):
            target += "&X-Amz-Signature=" + c["signature"]
        else:
            hdrs.append(("Authorization", "AWS4-HMAC-SHA256 Credential=%s/%s,SignedHeaders=%s,Signature=%s"
                         % (S3_AK, SCOPE, c["signed_headers"], c["signature"])))
        body = c.get("payload", "") if c["method"] == "PUT" else ""
        text = "%s %s HTTP/1.1\r\n" % (c["method"], target) + "".join("%s:%s\r\n" % hv for hv in hdrs) + "\r\n" + body
        put("sigv4_auth", "s3-" + c["name"], bytes([1 | 4]) + text.encode())

    # Streaming uploads signed here: the verifier passes, the chunk decoder runs.
    for mode, sha_value, alg in (("signed", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD", None),
                                 ("signed-trailer", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER", "crc32"),
                                 ("unsigned-trailer", "STREAMING-UNSIGNED-PAYLOAD-TRAILER", "crc32")):
        chunks = [b"hello chunked world " * 4, b"tail"]
        decoded = sum(map(len, chunks))
        hdrs = [("Host", "examplebucket.s3.amazonaws.com"), ("Content-Encoding", "aws-chunked"),
                ("x-amz-content-sha256", sha_value), ("x-amz-date", S3_DATE),
                ("x-amz-decoded-content-length", str(decoded))]
        if alg:
            hdrs.append(("x-amz-trailer", "x-amz-checksum-" + alg))
        auth, sig = sign_s3("PUT", "/chunk.txt", "", hdrs, sha_value)
        body = aws_chunked(mode, chunks, alg, seed=sig)
        text = "PUT /chunk.txt HTTP/1.1\r\n" + "".join("%s:%s\r\n" % hv for hv in hdrs + [("Authorization", auth)]) + "\r\n"
        put("sigv4_auth", "s3-streaming-" + mode, bytes([1 | 4]) + text.encode() + body)
    put("sigv4_auth", "sigv2-header", bytes([5]) + b"GET /b/k HTTP/1.1\r\nHost:b.s3.amazonaws.com\r\n"
        b"Date:Fri, 24 May 2013 00:00:00 GMT\r\nAuthorization:AWS AKIAIOSFODNN7EXAMPLE:frJIUN8DYpKDtOLCwo//yllqDzg=\r\n\r\n")


# ---- http_head ---------------------------------------------------------------------------
def write_http_head():
    auth = ("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
            "SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=" + "0" * 64)
    common = "Host: localhost:9000\r\nAccept-Encoding: identity\r\nUser-Agent: aws-cli/2.9.19 Python/3.11.2\r\n" \
             "X-Amz-Date: 20130524T000000Z\r\nX-Amz-Content-SHA256: UNSIGNED-PAYLOAD\r\nAuthorization: " + auth + "\r\n"
    heads = {
        "list-buckets": "GET / HTTP/1.1\r\n" + common,
        "list-objects-v2": "GET /photos?list-type=2&prefix=2024%2F&delimiter=%2F&encoding-type=url HTTP/1.1\r\n" + common,
        "get-object-range": "GET /photos/2024/cat%20pic.jpg HTTP/1.1\r\n" + common + "Range: bytes=0-9\r\n",
        "head-object-version": "HEAD /photos/a.txt?versionId=3HL4kqtJlcpXroDTDmJ%2BrmSpXd3dIbrHY HTTP/1.1\r\n" + common,
        "put-object-chunked": "PUT /photos/big.bin HTTP/1.1\r\n" + common.replace("UNSIGNED-PAYLOAD", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD")
        + "Content-Encoding: aws-chunked\r\nContent-Length: 66824\r\nx-amz-decoded-content-length: 66560\r\nExpect: 100-continue\r\n",
        "delete-objects": "POST /photos?delete HTTP/1.1\r\n" + common + "Content-MD5: 1B2M2Y8AsgTpgAmY7PhCfg==\r\nContent-Length: 120\r\n",
        "create-multipart": "POST /photos/video.mp4?uploads HTTP/1.1\r\n" + common + "Content-Type: video/mp4\r\nx-amz-meta-author: Jos%C3%A9\r\n",
        "upload-part": "PUT /photos/video.mp4?partNumber=2&uploadId=VXBsb2FkIElE HTTP/1.1\r\n" + common + "Content-Length: 5\r\n",
        "virtual-hosted": "GET /key/with/slashes?tagging HTTP/1.1\r\n" + common.replace("Host: localhost:9000", "Host: photos.localhost:9000"),
        "absolute-form": "GET http://localhost:9000/photos/a?acl HTTP/1.1\r\n" + common,
        "transfer-chunked": "PUT /photos/stream HTTP/1.1\r\n" + common + "Transfer-Encoding: chunked\r\n",
        "copy-object": "PUT /photos/copy HTTP/1.1\r\n" + common + "x-amz-copy-source: /photos/a%2Bb.txt?versionId=1\r\nx-amz-metadata-directive: REPLACE\r\n",
        "ipv6-host": "DELETE /photos/x?uploadId=abc HTTP/1.1\r\nHost: [::1]:9000\r\n",
    }
    for name, head in heads.items():
        put("http_head", name, head + "\r\n")


# ---- XML ---------------------------------------------------------------------------------
NS = ' xmlns="http://s3.amazonaws.com/doc/2006-03-01/"'


def write_xml():
    R = DATA / "s3-responses"
    put("xml_delete", "aws-docs", (R / "DeleteObjects" / "request.xml").read_bytes())
    put("xml_delete", "quiet-versions", '<?xml version="1.0" encoding="UTF-8"?><Delete%s><Quiet>true</Quiet>'
        '<Object><Key>a&amp;b.txt</Key><VersionId>UIORUnfnd89493jJFJ</VersionId></Object>'
        '<Object><Key>sample2.txt</Key><ETag>"abc"</ETag><LastModifiedTime>2023-01-01T00:00:00Z</LastModifiedTime>'
        '<Size>12</Size></Object></Delete>' % NS)
    put("xml_delete", "no-namespace", "<Delete><Object><Key>k</Key></Object></Delete>")
    put("xml_delete", "entity", '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x "yyyy">]><Delete><Object><Key>&x;</Key></Object></Delete>')
    put("xml_complete_multipart_upload", "aws-docs", (R / "CompleteMultipartUpload" / "request.xml").read_bytes())
    put("xml_complete_multipart_upload", "checksums", '<CompleteMultipartUpload%s><Part><PartNumber>1</PartNumber>'
        '<ETag>"a54357aff0632cce46d942af68356b38"</ETag><ChecksumCRC32>AAAAAA==</ChecksumCRC32></Part>'
        '<Part><PartNumber>2</PartNumber><ETag>0c78aef83f66abc1fa1e8477f296d394</ETag>'
        '<ChecksumSHA256>47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=</ChecksumSHA256></Part>'
        '</CompleteMultipartUpload>' % NS)
    put("xml_complete_multipart_upload", "empty", "<CompleteMultipartUpload/>")
    put("xml_create_bucket_configuration", "aws-docs", (R / "CreateBucket" / "request.xml").read_bytes())
    put("xml_create_bucket_configuration", "us-east-1", '<CreateBucketConfiguration%s/>' % NS)
    put("xml_create_bucket_configuration", "location-and-bucket", '<CreateBucketConfiguration%s>'
        '<LocationConstraint>eu-west-1</LocationConstraint><Location><Name>usw2-az1</Name><Type>AvailabilityZone</Type>'
        '</Location><Bucket><DataRedundancy>SingleAvailabilityZone</DataRedundancy><Type>Directory</Type></Bucket>'
        '</CreateBucketConfiguration>' % NS)
    put("xml_versioning_configuration", "aws-docs", (R / "PutBucketVersioning" / "request.xml").read_bytes())
    put("xml_versioning_configuration", "suspended-mfa", '<VersioningConfiguration%s><Status>Suspended</Status>'
        '<MfaDelete>Disabled</MfaDelete></VersioningConfiguration>' % NS)
    put("xml_versioning_configuration", "bad-status", "<VersioningConfiguration><Status>On</Status></VersioningConfiguration>")
    put("xml_tagging", "aws-docs", (R / "PutObjectTagging" / "request.xml").read_bytes()
        if (R / "PutObjectTagging" / "request.xml").exists() else b"")
    put("xml_tagging", "bucket-tags", '<Tagging%s><TagSet><Tag><Key>Project</Key><Value>Project One</Value></Tag>'
        '<Tag><Key>User</Key><Value>jsmith</Value></Tag></TagSet></Tagging>' % NS)
    put("xml_tagging", "empty-value", "<Tagging><TagSet><Tag><Key>k</Key><Value></Value></Tag></TagSet></Tagging>")
    put("xml_tagging", "cdata", "<Tagging><TagSet><Tag><Key><![CDATA[a<b]]></Key><Value>\xc3\xa9</Value></Tag></TagSet></Tagging>")

    config = [(0, R / "GetBucketAcl" / "basic.xml"), (1, R / "PutBucketCors" / "request.xml"),
              (2, R / "PutBucketEncryption" / "request.xml"), (3, R / "PutBucketWebsite" / "request.xml"),
              (4, R / "RestoreObject" / "request.xml"), (5, R / "GetBucketLocation" / "eu-west-1.xml"),
              (6, R / "GetBucketPolicyStatus" / "basic.xml")]
    for sel, f in config:
        if f.exists():
            put("xml_config", "%d-%s" % (sel, f.parent.name), bytes([sel]) + f.read_bytes())
    responses = [(0, "ListBuckets/basic.xml"), (1, "ListObjects/basic.xml"), (1, "ListObjectsV2/continuation.xml"),
                 (1, "ListObjects/delimiter-url.xml"), (2, "ListObjectVersions/basic.xml"),
                 (3, "CreateMultipartUpload/basic.xml"), (4, "CompleteMultipartUpload/basic.xml"),
                 (5, "ListParts/basic.xml"), (6, "ListMultipartUploads/basic.xml"), (7, "CopyObject/basic.xml"),
                 (8, "UploadPartCopy/basic.xml"), (9, "DeleteObjects/basic.xml")]
    for sel, rel in responses:
        f = R / rel
        if f.exists():
            put("xml_responses", "%d-%s" % (sel, rel.replace("/", "-")), bytes([sel]) + f.read_bytes())
    put("xml_responses", "10-iso-time", bytes([10]) + b"2009-10-12T17:50:30.000Z")
    put("xml_responses", "10-http-date", bytes([10]) + b"Wed, 21 Oct 2015 07:28:00 GMT")
    put("xml_responses", "10-url-value", bytes([10]) + b"photos%2F2024%2Fcat+pic%E2%82%AC.jpg")


# ---- policy_json -------------------------------------------------------------------------
def write_policy():
    docs = {
        "public-read": {"Version": "2012-10-17", "Statement": [{"Sid": "PublicRead", "Effect": "Allow", "Principal": "*",
                        "Action": ["s3:GetObject", "s3:GetObjectVersion"], "Resource": "arn:aws:s3:::examplebucket/*"}]},
        "deny-insecure": {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": {"AWS": "*"},
                          "Action": "s3:*", "Resource": ["arn:aws:s3:::examplebucket", "arn:aws:s3:::examplebucket/*"],
                          "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]},
        "ip-and-referer": {"Version": "2012-10-17", "Id": "S3PolicyId1", "Statement": [{"Sid": "IPAllow", "Effect": "Allow",
                           "Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::examplebucket/*",
                           "Condition": {"IpAddress": {"aws:SourceIp": "192.168.1.0/24"},
                                         "NotIpAddress": {"aws:SourceIp": "192.168.1.188/32"},
                                         "StringLike": {"aws:Referer": ["http://www.example.com/*"]}}}]},
        "home-folders": {"Version": "2012-10-17", "Statement": [{"Sid": "ListHome", "Effect": "Allow",
                         "Principal": {"AWS": "arn:aws:iam::000000000000:user/alice"}, "Action": "s3:ListBucket",
                         "Resource": "arn:aws:s3:::examplebucket",
                         "Condition": {"StringLike": {"s3:prefix": ["home/${aws:username}/*", ""]}}},
                        {"Effect": "Allow", "Principal": {"AWS": ["000000000000"]}, "NotAction": "s3:DeleteObject",
                         "Resource": "arn:aws:s3:::examplebucket/home/${aws:username}/*"}]},
        "tags-numeric-date": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*",
                              "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::examplebucket",
                              "Condition": {"NumericLessThanEquals": {"s3:max-keys": "10"},
                                            "DateGreaterThan": {"aws:CurrentTime": "2020-01-01T00:00:00Z"},
                                            "StringEquals": {"s3:ExistingObjectTag/team": "blue"},
                                            "ForAnyValue:StringEquals": {"aws:TagKeys": ["a", "b"]},
                                            "Null": {"s3:x-amz-server-side-encryption": "true"}}}]},
        "not-principal-2008": {"Version": "2008-10-17", "Statement": {"Effect": "Deny",
                               "NotPrincipal": {"CanonicalUser": "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"},
                               "NotResource": "arn:aws:s3:::examplebucket/public/*", "Action": "s3:PutObject"}},
    }
    for name, d in docs.items():
        put("policy_json", name, bytes([0]) + json.dumps(d, indent=2).encode())
    ident = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:Get*", "s3:List*"],
             "Resource": "*"}, {"Effect": "Deny", "Action": "s3:DeleteBucket", "Resource": "arn:aws:s3:::*"}]}
    put("policy_json", "identity-readonly", bytes([1]) + json.dumps(ident).encode())
    put("policy_json", "syntax-error", bytes([0]) + b'{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",,}]}')
    put("policy_json", "duplicate-keys", bytes([0]) + b'{"Version":"2012-10-17","Version":"2008-10-17","Statement":[]}')
    put("policy_json", "escapes-small-limits", bytes([4]) + b'{"Statement":[{"Sid":"\\u00e9\\ud83d\\ude00","Effect":"Allow",'
        b'"Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::examplebucket/*"}],"Version":"2012-10-17"}')


# ---- lifecycle ---------------------------------------------------------------------------
def write_lifecycle():
    xml_docs = {
        "transitions-expiration": '<LifecycleConfiguration%s><Rule><ID>logs</ID><Filter><Prefix>logs/</Prefix></Filter>'
        '<Status>Enabled</Status><Transition><Days>30</Days><StorageClass>STANDARD_IA</StorageClass></Transition>'
        '<Transition><Days>90</Days><StorageClass>GLACIER</StorageClass></Transition><Expiration><Days>365</Days>'
        '</Expiration></Rule></LifecycleConfiguration>' % NS,
        "noncurrent-and-abort": '<LifecycleConfiguration><Rule><ID>versions</ID><Filter/><Status>Enabled</Status>'
        '<NoncurrentVersionTransition><NoncurrentDays>30</NoncurrentDays><StorageClass>GLACIER_IR</StorageClass>'
        '</NoncurrentVersionTransition><NoncurrentVersionExpiration><NoncurrentDays>90</NoncurrentDays>'
        '<NewerNoncurrentVersions>2</NewerNoncurrentVersions></NoncurrentVersionExpiration>'
        '<AbortIncompleteMultipartUpload><DaysAfterInitiation>7</DaysAfterInitiation></AbortIncompleteMultipartUpload>'
        '</Rule></LifecycleConfiguration>',
        "and-filter-date": '<LifecycleConfiguration><Rule><ID>tagged</ID><Filter><And><Prefix>tmp/</Prefix>'
        '<Tag><Key>class</Key><Value>logs</Value></Tag><ObjectSizeGreaterThan>10</ObjectSizeGreaterThan>'
        '<ObjectSizeLessThan>10485760</ObjectSizeLessThan></And></Filter><Status>Enabled</Status>'
        '<Expiration><Date>2024-12-31T00:00:00.000Z</Date></Expiration></Rule>'
        '<Rule><Prefix>old/</Prefix><Status>Disabled</Status><Expiration><ExpiredObjectDeleteMarker>true'
        '</ExpiredObjectDeleteMarker></Expiration></Rule></LifecycleConfiguration>',
        "invalid-days": '<LifecycleConfiguration><Rule><Filter><Prefix></Prefix></Filter><Status>Enabled</Status>'
        '<Transition><Days>10</Days><StorageClass>STANDARD_IA</StorageClass></Transition></Rule></LifecycleConfiguration>',
    }
    for i, (name, x) in enumerate(xml_docs.items()):
        put("lifecycle", "xml-" + name, bytes([(i % 3) << 2]) + x.encode())
    json_docs = {
        "cli-basic": {"Rules": [{"ID": "logs", "Filter": {"Prefix": "logs/"}, "Status": "Enabled",
                      "Transitions": [{"Days": 30, "StorageClass": "STANDARD_IA"}], "Expiration": {"Days": 365}}]},
        "cli-versions": {"Rules": [{"ID": "v", "Filter": {"And": {"Prefix": "a/", "Tags": [{"Key": "class", "Value": "logs"}]}},
                         "Status": "Enabled", "NoncurrentVersionExpiration": {"NoncurrentDays": 1, "NewerNoncurrentVersions": 1},
                         "Expiration": {"ExpiredObjectDeleteMarker": True},
                         "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 1}}]},
        "cli-wrong-type": {"Rules": [{"ID": 5, "Status": "Enabled", "Expiration": {"Days": "x"}}]},
    }
    for i, (name, d) in enumerate(json_docs.items()):
        put("lifecycle", "json-" + name, bytes([1 | ((i % 3) << 2)]) + json.dumps(d, indent=2).encode())
    put("lifecycle", "xml-structure-only", bytes([2]) + xml_docs["invalid-days"].encode())


if __name__ == "__main__":
    write_aws_chunked()
    write_sigv4()
    write_http_head()
    write_xml()
    write_policy()
    write_lifecycle()
    for d in sorted(CORPUS.iterdir()):
        print(d.name, len(list(d.iterdir())))
