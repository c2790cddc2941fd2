// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ws {

/** What a message bar above a page says: news, something worth a second look, or a refusal. */
enum class Notice { Info, Warning, Error };

/** The style sheet of a message bar of @p kind: dark text on a pale tint, set together so the
    text stays readable under the light and the dark palette alike. */
QString noticeStyleSheet(Notice kind);

} // namespace ws
