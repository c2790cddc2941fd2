// SPDX-License-Identifier: MIT
#include "checkindicatorstyle.h"

#include <QPainter>
#include <QStyleOption>

namespace ws {

CheckIndicatorStyle::CheckIndicatorStyle(QStyle *base)
    : QProxyStyle(base)
{
}

void CheckIndicatorStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                        QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool checkBox =
        element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
    if (!checkBox || option->palette.color(QPalette::Base).lightness() >= 128)
        return;
    // A frame in the text colour, softened, as light palettes draw it in dark grey.
    QColor frame = option->palette.color(QPalette::Text);
    frame.setAlpha(option->state & State_Enabled ? 170 : 90);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(frame);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    painter->restore();
}

} // namespace ws
