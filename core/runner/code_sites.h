#pragma once
// Where an address of a recorded program's code is, in words: "worker (race.c:14)". Resolved in
// Samtidig's own process, never in the recorded one: /proc/PID/maps says which file is mapped
// there, that file's ELF symbol table which function it is in, and addr2line (binutils), when the
// file has line information, which source line. Each file is read once, each address looked up once.

#include <QString>

#include <cstdint>
#include <map>
#include <memory>
#include <utility>
#include <vector>

namespace samtidig {

class ElfSymbols;

struct MappedFile {
    std::uint64_t start = 0;
    std::uint64_t end = 0;
    std::uint64_t offset = 0; // of `start` in the file
    QString path;
};
// The file-backed mappings of a /proc/PID/maps text (anonymous ones, [heap], [vdso] ... left out).
std::vector<MappedFile> parseProcMaps(const QByteArray &maps);

class CodeSites
{
public:
    CodeSites();
    ~CodeSites();
    CodeSites(const CodeSites &) = delete;
    CodeSites &operator=(const CodeSites &) = delete;

    // "function (file.c:14)", "function", or "program+0x1234" when the file has no symbol for it;
    // empty when the process has no file mapped there (or is gone and was never looked at).
    QString describe(std::int32_t pid, std::uint64_t address);

    // addr2line runs at most this often per recording (it takes milliseconds each: a program with
    // thousands of locks gets functions without lines past it).
    static constexpr int kMaxLineLookups = 256;

private:
    const std::vector<MappedFile> &mappings(std::int32_t pid, bool reread);
    ElfSymbols *symbols(const QString &path);
    QString sourceLine(const QString &path, std::uint64_t address, QString *function);

    std::map<std::int32_t, std::vector<MappedFile>> m_maps;
    std::map<QString, std::unique_ptr<ElfSymbols>> m_files;
    std::map<std::pair<std::int32_t, std::uint64_t>, QString> m_described; // (pid, address)
    std::map<std::pair<QString, std::uint64_t>, QString> m_inFile; // (file, its address): forks share them
    int m_lineLookups = 0;
    bool m_noAddr2line = false;
};

} // namespace samtidig
