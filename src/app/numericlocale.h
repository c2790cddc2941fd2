// SPDX-License-Identifier: MIT
#pragma once

namespace ws {

/** Pins the C library's LC_NUMERIC to "C" for the whole process, so that C code reading and
    writing numbers (Graphviz's strtod and printf of coordinates) always sees a decimal point,
    and Graphviz's own setlocale(LC_NUMERIC, …) switches around a layout, made from a worker
    thread, change nothing. The user's locale still formats every number shown: Qt formats
    through QLocale, which reads the locale from the environment, not from setlocale(). Call
    right after the application object is made, as its constructor calls setlocale(LC_ALL, "").
*/
void pinNumericLocale();

} // namespace ws
