#pragma once
// The translation context of every message core/io produces, so lupdate collects them under "Io".

#include <QCoreApplication>

namespace samtidig {

class Io
{
    Q_DECLARE_TR_FUNCTIONS(Io)
};

} // namespace samtidig
