// SPDX-License-Identifier: MIT
#include "numericlocale.h"

#include <clocale>

namespace ws {

void pinNumericLocale()
{
    std::setlocale(LC_NUMERIC, "C");
}

} // namespace ws
