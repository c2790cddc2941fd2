// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace ws {

/** tr() for the free functions of namespace ws, which lupdate files under the context "ws".
    Classes that are not QObjects declare their own with Q_DECLARE_TR_FUNCTIONS, and functions of
    a nested namespace keep a tr() with that namespace's name: in each case the context looked up
    at run time is the one lupdate wrote the string under. */
inline QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ws", sourceText, disambiguation, n);
}

} // namespace ws
