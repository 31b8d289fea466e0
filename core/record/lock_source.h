#pragma once
// The summary's program.lock_source: whether a recorded program's locks were recorded, and if not,
// why. The runner writes it into its results; the findings and the benchmarks read it.

namespace samtidig::lock_source {

inline constexpr char kPreload[] = "preload"; // the preload library records them
inline constexpr char kStatic[] = "none: statically linked";
inline constexpr char kSecureExec[] = "none: setuid, setgid or file capabilities";
inline constexpr char kGoRuntime[] = "none: Go runtime";
inline constexpr char kNotAskedFor[] = "none: not asked for"; // --no-locks, or the window's check box
inline constexpr char kLibraryMissing[] = "none: libsamtidig-preload.so not found";

} // namespace samtidig::lock_source
