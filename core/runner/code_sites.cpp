#include "runner/code_sites.h"

#include "runner/child_output.h"
#include "runner/elf_symbols.h"

#include <QFile>
#include <QFileInfo>

namespace samtidig {

std::vector<MappedFile> parseProcMaps(const QByteArray &maps)
{
    // "55d0c8a00000-55d0c8a02000 r-xp 00002000 fd:01 1234    /usr/bin/prog"
    std::vector<MappedFile> out;
    for (const QByteArray &line : maps.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 6 || !fields[5].startsWith('/'))
            continue;
        const QList<QByteArray> range = fields[0].split('-');
        bool ok = range.size() == 2;
        MappedFile m;
        bool okStart = false, okEnd = false, okOffset = false;
        if (ok) {
            m.start = range[0].toULongLong(&okStart, 16);
            m.end = range[1].toULongLong(&okEnd, 16);
        }
        m.offset = fields[2].toULongLong(&okOffset, 16);
        // The path may hold spaces; a file replaced since it was mapped says " (deleted)".
        const qsizetype pathAt = line.indexOf(" /");
        QByteArray path = line.mid(pathAt + 1).trimmed();
        if (path.endsWith(" (deleted)"))
            continue;
        if (!ok || !okStart || !okEnd || !okOffset || m.end <= m.start)
            continue;
        m.path = QString::fromLocal8Bit(path);
        out.push_back(m);
    }
    return out;
}

CodeSites::CodeSites() = default;
CodeSites::~CodeSites() = default;

const std::vector<MappedFile> &CodeSites::mappings(std::int32_t pid, bool reread)
{
    auto it = m_maps.find(pid);
    if (it != m_maps.end() && !reread)
        return it->second;
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    std::vector<MappedFile> read;
    if (maps.open(QIODevice::ReadOnly))
        read = parseProcMaps(maps.readAll());
    if (it == m_maps.end())
        it = m_maps.emplace(pid, std::move(read)).first;
    else if (!read.empty()) // a process that is gone keeps what was read while it ran
        it->second = std::move(read);
    return it->second;
}

ElfSymbols *CodeSites::symbols(const QString &path)
{
    auto it = m_files.find(path);
    if (it == m_files.end())
        it = m_files.emplace(path, std::make_unique<ElfSymbols>(path)).first;
    return it->second->isValid() ? it->second.get() : nullptr;
}

QString CodeSites::sourceLine(const QString &path, std::uint64_t address, QString *function)
{
    if (m_noAddr2line || m_lineLookups >= kMaxLineLookups)
        return {};
    ++m_lineLookups;
    const ChildOutput run
        = runForOutput({ QStringLiteral("addr2line"), QStringLiteral("-f"), QStringLiteral("-C"),
                         QStringLiteral("-e"), path, QStringLiteral("0x") + QString::number(address, 16) },
                       5000);
    if (run.outcome == ChildOutcome::NotFound) {
        m_noAddr2line = true; // binutils not installed: functions without lines
        return {};
    }
    if (run.outcome != ChildOutcome::Finished)
        return {};
    const QStringList lines = QString::fromLocal8Bit(run.output).split(QLatin1Char('\n'));
    if (lines.size() < 2)
        return {};
    if (!lines[0].startsWith(QLatin1String("??")))
        *function = withoutParameters(lines[0]);
    // "/src/race.c:14", "/src/race.c:14 (discriminator 2)", or "??:0" / "??:?" when it does not know.
    QString where = lines[1].section(QLatin1Char(' '), 0, 0);
    const qsizetype colon = where.lastIndexOf(QLatin1Char(':'));
    if (where.startsWith(QLatin1String("??")) || colon <= 0)
        return {};
    bool isLine = false;
    const int line = where.mid(colon + 1).toInt(&isLine);
    if (!isLine || line <= 0)
        return {};
    return QFileInfo(where.left(colon)).fileName() + QLatin1Char(':') + QString::number(line);
}

QString CodeSites::describe(std::int32_t pid, std::uint64_t address)
{
    const auto key = std::make_pair(pid, address);
    if (const auto done = m_described.find(key); done != m_described.end())
        return done->second;
    const MappedFile *file = nullptr;
    for (const bool reread : { false, true }) { // a library loaded since the maps were read
        for (const MappedFile &m : mappings(pid, reread))
            if (address >= m.start && address < m.end)
                file = &m;
        if (file)
            break;
    }
    QString text;
    if (file) {
        const QString path = file->path;
        const std::uint64_t offset = address - file->start + file->offset;
        ElfSymbols *elf = symbols(path);
        const std::optional<std::uint64_t> at = elf ? elf->addressOfOffset(offset) : std::nullopt;
        if (at) {
            const auto [known, added] = m_inFile.try_emplace({ path, *at });
            if (added) {
                QString function = elf->functionAt(*at);
                const QString line = elf->hasLineInfo() ? sourceLine(path, *at, &function) : QString();
                if (function.isEmpty())
                    known->second
                        = QFileInfo(path).fileName() + QStringLiteral("+0x") + QString::number(*at, 16);
                else if (line.isEmpty())
                    known->second = function;
                else
                    known->second = function + QStringLiteral(" (") + line + QLatin1Char(')');
            }
            text = known->second;
        }
    }
    m_described.emplace(key, text);
    return text;
}

} // namespace samtidig
