// SPDX-License-Identifier: MIT
#include "noticestyle.h"

namespace ws {

QString noticeStyleSheet(Notice kind)
{
    switch (kind) {
    case Notice::Info:
        return QStringLiteral("QLabel { background: #E8F4FD; color: #0D3C61; padding: 6px; "
                              "border-radius: 3px; }");
    case Notice::Warning:
        return QStringLiteral("QLabel { background: #FFF4E5; color: #663C00; padding: 6px; "
                              "border-radius: 3px; }");
    case Notice::Error:
        break;
    }
    return QStringLiteral("QLabel { background: #FDECEA; color: #611A15; padding: 6px; "
                          "border-radius: 3px; }");
}

} // namespace ws
