#pragma once
// The function symbols of one ELF file (its .symtab, or .dynsym when stripped) and its loadable
// segments, read from the file on disk: what CodeSites needs to say which function an address of a
// recorded program is in, without running anything in that program.

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace samtidig {

class ElfSymbols
{
public:
    // Reads `path`; isValid() is false when it is not a 64-bit little-endian ELF file we can read.
    explicit ElfSymbols(const QString &path);

    bool isValid() const { return m_valid; }
    // The file has DWARF line information (.debug_line): addr2line can give file and line.
    bool hasLineInfo() const { return m_hasLineInfo; }
    // The virtual address (as in the file's symbols) of the byte at file offset `offset`.
    std::optional<std::uint64_t> addressOfOffset(std::uint64_t offset) const;
    // The function symbol that contains `address`, demangled; empty if none does.
    QString functionAt(std::uint64_t address) const;

private:
    struct Segment {
        std::uint64_t offset = 0;
        std::uint64_t vaddr = 0;
        std::uint64_t size = 0;
    };
    struct Symbol {
        std::uint64_t start = 0;
        std::uint64_t size = 0;
        QByteArray name;
    };

    bool m_valid = false;
    bool m_hasLineInfo = false;
    std::vector<Segment> m_segments;
    std::vector<Symbol> m_symbols; // sorted by start
};

// "worker(void*)" -> "worker"; "ns::A::run() const" -> "ns::A::run": the name without its parameters
// (and without "(anonymous namespace)::").
QString withoutParameters(const QString &function);

} // namespace samtidig
