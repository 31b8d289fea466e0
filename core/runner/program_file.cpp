#include "runner/program_file.h"

#include "io/unique_fd.h"
#include "record/lock_source.h"

#include <elf.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace samtidig {

namespace {

constexpr int kMaxInterpreterDepth = 4; // the kernel follows #! four levels deep too
constexpr unsigned kMaxHeaders = 4096; // more program or section headers: not a file we judge

template<typename T>
bool readAt(int fd, std::uint64_t offset, T *out)
{
    return pread(fd, out, sizeof *out, static_cast<off_t>(offset)) == static_cast<ssize_t>(sizeof *out);
}

struct ElfFacts {
    bool readable = false;
    bool interpreter = false; // PT_INTERP: the dynamic loader runs first, and reads LD_PRELOAD
    bool go = false; // Go's toolchain names sections of its own
};

template<typename Ehdr, typename Phdr, typename Shdr>
ElfFacts readElf(int fd)
{
    ElfFacts facts;
    Ehdr eh {};
    if (!readAt(fd, 0, &eh) || eh.e_phentsize != sizeof(Phdr) || eh.e_phnum > kMaxHeaders)
        return facts;
    for (unsigned i = 0; i < eh.e_phnum; ++i) {
        Phdr ph {};
        if (!readAt(fd, eh.e_phoff + std::uint64_t(i) * sizeof(Phdr), &ph))
            return facts;
        facts.interpreter = facts.interpreter || ph.p_type == PT_INTERP;
    }
    facts.readable = true;
    Shdr names {};
    if (eh.e_shoff == 0 || eh.e_shentsize != sizeof(Shdr) || eh.e_shnum > kMaxHeaders
        || eh.e_shstrndx >= eh.e_shnum
        || !readAt(fd, eh.e_shoff + std::uint64_t(eh.e_shstrndx) * sizeof(Shdr), &names))
        return facts; // stripped of its section headers: nothing more to tell
    for (unsigned i = 0; i < eh.e_shnum && !facts.go; ++i) {
        Shdr sh {};
        std::array<char, 20> name {};
        if (!readAt(fd, eh.e_shoff + std::uint64_t(i) * sizeof(Shdr), &sh))
            continue;
        const auto nameAt = static_cast<off_t>(std::uint64_t(names.sh_offset) + sh.sh_name);
        if (pread(fd, name.data(), name.size() - 1, nameAt) <= 0)
            continue;
        const std::string_view n(name.data());
        facts.go = n == ".go.buildinfo" || n == ".note.go.buildid" || n == ".gopclntab";
    }
    return facts;
}

// The loader's secure mode (AT_SECURE): the exec changes the effective user or group away from the
// real one, or the program gains capabilities.
bool secureExec(const std::string &path, const struct stat &st)
{
    struct statvfs fs {
    };
    if (statvfs(path.c_str(), &fs) == 0 && (fs.f_flag & ST_NOSUID))
        return false; // the set-id bits and capabilities of this file system are ignored
    if ((st.st_mode & S_ISUID) && st.st_uid != getuid())
        return true;
    if ((st.st_mode & S_ISGID) && st.st_gid != getgid())
        return true;
    return getuid() != 0 && getxattr(path.c_str(), "security.capability", nullptr, 0) > 0;
}

// "#!/usr/bin/python3 -u" -> "/usr/bin/python3"; empty if `head` is not a script's first line.
std::string interpreterOf(std::string_view head)
{
    if (head.substr(0, 2) != "#!")
        return {};
    head.remove_prefix(2);
    const auto begin = head.find_first_not_of(" \t");
    if (begin == std::string_view::npos)
        return {};
    head.remove_prefix(begin);
    return std::string(head.substr(0, head.find_first_of(" \t\r\n")));
}

ProgramLocks judge(const std::string &path, int depth)
{
    struct stat st {
    };
    if (depth > kMaxInterpreterDepth || stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
        return ProgramLocks::Unknown;
    const UniqueFd fd(open(path.c_str(), O_RDONLY | O_CLOEXEC));
    std::array<char, 256> head {};
    const ssize_t n = fd.isValid() ? pread(fd.get(), head.data(), head.size(), 0) : -1;
    if (n <= 0)
        return ProgramLocks::Unknown; // execute-only, say: the loader may still read it
    const std::string_view text(head.data(), static_cast<std::size_t>(n));
    if (const std::string interpreter = interpreterOf(text); !interpreter.empty())
        return judge(interpreter, depth + 1); // the kernel ignores a script's set-id bits
    if (text.size() < EI_NIDENT || std::memcmp(text.data(), ELFMAG, SELFMAG) != 0
        || text[EI_DATA] != ELFDATA2LSB)
        return ProgramLocks::Unknown;
    if (secureExec(path, st))
        return ProgramLocks::SecureExec;
    const ElfFacts facts = text[EI_CLASS] == ELFCLASS64
        ? readElf<Elf64_Ehdr, Elf64_Phdr, Elf64_Shdr>(fd.get())
        : readElf<Elf32_Ehdr, Elf32_Phdr, Elf32_Shdr>(fd.get());
    if (!facts.readable)
        return ProgramLocks::Unknown;
    if (facts.go)
        return ProgramLocks::GoRuntime;
    return facts.interpreter ? ProgramLocks::Seen : ProgramLocks::Static;
}

} // namespace

ProgramLocks programLocks(const std::string &path)
{
    return judge(path, 0);
}

std::string lockSourceText(ProgramLocks locks)
{
    switch (locks) {
    case ProgramLocks::Static: return lock_source::kStatic;
    case ProgramLocks::SecureExec: return lock_source::kSecureExec;
    case ProgramLocks::GoRuntime: return lock_source::kGoRuntime;
    case ProgramLocks::Seen:
    case ProgramLocks::Unknown: break;
    }
    return lock_source::kPreload;
}

} // namespace samtidig
