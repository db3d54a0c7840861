#pragma once

// Helpers shared by the libFuzzer targets of tests/fuzz. Header-only, no state.

#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QByteArrayView>

namespace Fuzz {

// Splits a fuzzer input into leading control bytes and the payload. Reads past the end give 0,
// so every input, however short, is a valid one. Not thread-safe; lives on the stack of
// LLVMFuzzerTestOneInput.
class Input
{
public:
    Input(const std::uint8_t *data, std::size_t size)
        : m_data(reinterpret_cast<const char *>(data))
        , m_size(qsizetype(size))
    {
    }

    // The next control byte (0 once the input is exhausted).
    std::uint8_t byte()
    {
        return m_pos < m_size ? std::uint8_t(m_data[m_pos++]) : 0;
    }
    // A little-endian 16-bit value from the next two bytes.
    std::uint16_t u16()
    {
        const std::uint16_t lo = byte();
        return std::uint16_t(lo | (std::uint16_t(byte()) << 8));
    }
    // Everything not consumed yet.
    QByteArrayView rest() const { return QByteArrayView(m_data + m_pos, m_size - m_pos); }
    // A deep copy of rest() (the parsers take a QByteArray; a copy lets ASan see overreads).
    QByteArray restCopy() const { return QByteArray(m_data + m_pos, m_size - m_pos); }

private:
    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
};

} // namespace Fuzz

// The libFuzzer entry point every target defines.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
