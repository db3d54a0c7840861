// Fuzz target: S3::AwsChunkedDecoder in every PayloadMode, fed in pieces as the network would
// deliver them. Signed modes use the signing context of AWS's chunked-upload example (key of
// AKIAIOSFODNN7EXAMPLE, 20130524/us-east-1/s3, its seed signature), so corpus files built
// with that key carry valid chunk signatures.
// Input: mode byte (% 5), option byte (bit 0 no signing context, bit 1 enforce the 8 KiB
// minimum, bit 2 expect a decoded length, bits 3-5 trailer checksum: 0 none, 1..5 CRC32,
// CRC32C, SHA1, SHA256, MD5), two bytes expected decoded length, split count byte (% 8) and
// that many two-byte split offsets, then the encoded body.

#include <algorithm>
#include <cstdint>
#include <vector>

#include "engine/s3/awschunked.h"
#include "engine/s3/checksum.h"
#include "engine/s3/sigv4.h"
#include "tests/fuzz/fuzzinput.h"

namespace {

const S3::ChunkSigningContext &signingContext()
{
    static const S3::ChunkSigningContext context {
        S3::deriveSigningKey(QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"), "20130524", "us-east-1", "s3"),
        "20130524T000000Z",
        "20130524/us-east-1/s3/aws4_request",
        "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9",
    };
    return context;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fuzz::Input in(data, size);
    const auto mode = static_cast<S3::PayloadMode>(in.byte() % 5);
    const std::uint8_t options = in.byte();
    const std::uint16_t expectedLength = in.u16();
    std::vector<qsizetype> splits(in.byte() % 8);
    for (qsizetype &s : splits)
        s = in.u16();
    const QByteArray body = in.restCopy();

    qint64 sunk = 0;
    std::optional<S3::ChunkSigningContext> signing;
    if (!(options & 1))
        signing = signingContext();
    S3::AwsChunkedDecoder decoder(
        mode,
        [&sunk](const char *bytes, qsizetype length) -> Core::Status {
            // Touch every byte so ASan checks the range handed out.
            for (qsizetype i = 0; i < length; ++i)
                sunk += static_cast<unsigned char>(bytes[i]) & 1;
            sunk += length;
            return {};
        },
        signing);
    decoder.setEnforceMinimumChunkSize(options & 2);
    if (options & 4)
        decoder.setExpectedDecodedLength(expectedLength);
    if (const int checksum = (options >> 3) & 7; checksum >= 1 && checksum <= 5)
        decoder.setTrailerChecksum(static_cast<S3::ChecksumAlgorithm>(checksum - 1));

    for (qsizetype &s : splits)
        s = body.isEmpty() ? 0 : s % (body.size() + 1);
    std::sort(splits.begin(), splits.end());
    splits.push_back(body.size());
    qsizetype at = 0;
    bool ok = true;
    for (const qsizetype end : splits) {
        // Each piece in its own buffer, so an overread past a piece is caught.
        const QByteArray piece = body.mid(at, end - at);
        at = end;
        if (!decoder.feed(piece.constData(), piece.size())) {
            ok = false;
            break;
        }
    }
    if (ok && decoder.finish()) {
        (void)decoder.checkDecodedLength(QByteArray::number(decoder.decodedLength()));
        (void)decoder.checkDecodedLength("12x");
        for (int a = 0; a < 5; ++a)
            (void)decoder.trailerChecksum(static_cast<S3::ChecksumAlgorithm>(a));
        (void)decoder.trailer("x-amz-checksum-crc32");
    }
    (void)decoder.isComplete();
    (void)decoder.trailers().size();
    // A failed decoder stays failed.
    (void)decoder.feed(QByteArrayView("0\r\n"));
    (void)decoder.finish();
    return 0;
}
