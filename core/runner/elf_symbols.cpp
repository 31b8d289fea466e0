#include "runner/elf_symbols.h"

#include <QFile>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <cxxabi.h>
#include <elf.h>
#include <memory>

namespace samtidig {

namespace {

template<class T>
bool readAt(const uchar *data, qint64 size, std::uint64_t offset, T *out)
{
    if (offset > static_cast<std::uint64_t>(size) || static_cast<std::uint64_t>(size) - offset < sizeof(T))
        return false;
    std::memcpy(out, data + offset, sizeof(T));
    return true;
}

QString demangled(const QByteArray &name)
{
    int status = 0;
    const std::unique_ptr<char, decltype(&std::free)> text(
        abi::__cxa_demangle(name.constData(), nullptr, nullptr, &status), &std::free);
    return status == 0 && text ? QString::fromUtf8(text.get()) : QString::fromUtf8(name);
}

} // namespace

QString withoutParameters(const QString &function)
{
    QString f = function.trimmed();
    f.remove(QStringLiteral("(anonymous namespace)::")); // says nothing a reader of the source needs
    if (f.endsWith(QLatin1String(" const")))
        f.chop(6);
    if (!f.endsWith(QLatin1Char(')')))
        return f;
    int depth = 0;
    for (qsizetype i = f.size() - 1; i >= 0; --i) {
        if (f[i] == QLatin1Char(')'))
            ++depth;
        else if (f[i] == QLatin1Char('(') && --depth == 0)
            return i > 0 ? f.left(i) : f;
    }
    return f;
}

ElfSymbols::ElfSymbols(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const qint64 size = file.size();
    const uchar *data = file.map(0, size);
    if (!data)
        return;
    Elf64_Ehdr eh;
    if (!readAt(data, size, 0, &eh) || std::memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0
        || eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_ident[EI_DATA] != ELFDATA2LSB)
        return;
    for (unsigned i = 0; i < eh.e_phnum; ++i) {
        Elf64_Phdr ph;
        if (!readAt(data, size, eh.e_phoff + std::uint64_t(i) * eh.e_phentsize, &ph))
            return;
        if (ph.p_type == PT_LOAD)
            m_segments.push_back({ ph.p_offset, ph.p_vaddr, ph.p_filesz });
    }
    std::vector<Elf64_Shdr> sections(eh.e_shnum);
    for (unsigned i = 0; i < eh.e_shnum; ++i)
        if (!readAt(data, size, eh.e_shoff + std::uint64_t(i) * eh.e_shentsize, &sections[i]))
            return;
    const auto inFile = [size](const Elf64_Shdr &s) {
        return s.sh_type != SHT_NOBITS && s.sh_offset <= static_cast<std::uint64_t>(size)
            && s.sh_size <= static_cast<std::uint64_t>(size) - s.sh_offset;
    };
    // Section names: .debug_line says whether addr2line can find a line.
    if (eh.e_shstrndx < sections.size() && inFile(sections[eh.e_shstrndx])) {
        const Elf64_Shdr &names = sections[eh.e_shstrndx];
        for (const Elf64_Shdr &s : sections)
            if (s.sh_name < names.sh_size
                && std::strncmp(reinterpret_cast<const char *>(data + names.sh_offset + s.sh_name),
                                ".debug_line", std::min<std::uint64_t>(12, names.sh_size - s.sh_name))
                    == 0)
                m_hasLineInfo = true;
    }
    // The full symbol table if the file kept it, else the dynamic one.
    for (const unsigned type : { unsigned(SHT_SYMTAB), unsigned(SHT_DYNSYM) }) {
        for (const Elf64_Shdr &s : sections) {
            if (s.sh_type != type || !inFile(s) || s.sh_link >= sections.size()
                || s.sh_entsize < sizeof(Elf64_Sym))
                continue;
            const Elf64_Shdr &strings = sections[s.sh_link];
            if (!inFile(strings))
                continue;
            const std::uint64_t count = s.sh_size / s.sh_entsize;
            for (std::uint64_t i = 0; i < count; ++i) {
                Elf64_Sym sym;
                if (!readAt(data, size, s.sh_offset + i * s.sh_entsize, &sym))
                    break;
                if (ELF64_ST_TYPE(sym.st_info) != STT_FUNC || sym.st_value == 0
                    || sym.st_name >= strings.sh_size)
                    continue;
                const auto *name = reinterpret_cast<const char *>(data + strings.sh_offset + sym.st_name);
                const std::size_t length = strnlen(name, strings.sh_size - sym.st_name);
                m_symbols.push_back(
                    { sym.st_value, sym.st_size, QByteArray(name, static_cast<qsizetype>(length)) });
            }
        }
        if (!m_symbols.empty())
            break;
    }
    std::sort(m_symbols.begin(), m_symbols.end(),
              [](const Symbol &a, const Symbol &b) { return a.start < b.start; });
    m_valid = true;
}

std::optional<std::uint64_t> ElfSymbols::addressOfOffset(std::uint64_t offset) const
{
    for (const Segment &s : m_segments)
        if (offset >= s.offset && offset - s.offset < s.size)
            return offset - s.offset + s.vaddr;
    return std::nullopt;
}

QString ElfSymbols::functionAt(std::uint64_t address) const
{
    auto it = std::upper_bound(m_symbols.begin(), m_symbols.end(), address,
                               [](std::uint64_t a, const Symbol &s) { return a < s.start; });
    if (it == m_symbols.begin())
        return {};
    // Several symbols may start at the same place (aliases): any of them that contains it will do.
    const std::uint64_t start = std::prev(it)->start;
    while (it != m_symbols.begin() && std::prev(it)->start == start) {
        --it;
        if (address - it->start < std::max<std::uint64_t>(it->size, 1))
            return withoutParameters(demangled(it->name));
    }
    return {};
}

} // namespace samtidig
