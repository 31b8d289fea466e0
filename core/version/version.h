#pragma once
// Samtidig's version, from project(Samtidig VERSION ...) in the top CMakeLists.txt: what --version,
// About, the package and every written file (recordings, Chrome traces) say.

#include <QString>

namespace samtidig {

QString samtidigVersion(); // "0.1.0"
// The program that wrote a file, as recordings and exported traces name it: "Samtidig 0.1.0".
QString writtenBy();

} // namespace samtidig
