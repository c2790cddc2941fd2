// SPDX-License-Identifier: MIT
#include "nodeitem.h"

#include "tierstyle.h"

#include "core/localname.h"
#include "core/textrules.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace ws {

namespace {
constexpr double baseWidth = 132.0;
constexpr double baseHeight = 46.0;
} // namespace

NodeItem::NodeItem(const Company &company)
    : mCompany(company)
{
    setFlags(ItemIsMovable | ItemIsSelectable);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setZValue(2);
    setCompany(company);
}

void NodeItem::setCompany(const Company &company)
{
    mCompany = company;
    setToolTip(QStringLiteral("<b>%1</b> %2<br>%3 · %4<br>%5")
                   .arg(shownName(company).toHtmlEscaped(),
                        otherName(company.name, company.nameZh).toHtmlEscaped(),
                        company.ticker.isEmpty() ? tr("unlisted") : company.ticker.toHtmlEscaped(),
                        tierTitle(company.tier), company.role.toHtmlEscaped()));
    update();
}

QSizeF NodeItem::baseSize()
{
    return { baseWidth, baseHeight };
}

QRectF NodeItem::box() const
{
    const double w = baseWidth * std::sqrt(mScale);
    const double h = baseHeight * std::sqrt(mScale);
    return { -w / 2, -h / 2, w, h };
}

QRectF NodeItem::boundingRect() const
{
    return box().adjusted(-3, -3, 3, 3);
}

void NodeItem::setScale(double scale)
{
    if (qFuzzyCompare(scale, mScale))
        return;
    prepareGeometryChange();
    mScale = scale;
}

void NodeItem::setDimmed(bool dimmed)
{
    if (dimmed != mDimmed) {
        mDimmed = dimmed;
        update();
    }
}

void NodeItem::setHighlighted(bool highlighted)
{
    if (highlighted != mHighlighted) {
        mHighlighted = highlighted;
        update();
    }
}

void NodeItem::setBadge(const QString &badge)
{
    if (badge != mBadge) {
        mBadge = badge;
        update();
    }
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF rect = box();
    QColor fill = tierColor(mCompany.tier);
    painter->setOpacity(mDimmed ? 0.18 : 1.0);
    painter->setPen(QPen(mHighlighted || isSelected() ? QColor(0xFF, 0xB0, 0x00) : fill.darker(140),
                         mHighlighted || isSelected() ? 3.0 : 1.0));
    painter->setBrush(fill);
    painter->drawRoundedRect(rect, 6, 6);

    // Text stays text (not a picture), so SVG and PDF exports keep the names searchable.
    painter->setPen(fill.lightness() > 150 ? Qt::black : Qt::white);
    QFont font = painter->font();
    font.setPointSizeF(labelPointSize);
    font.setBold(true);
    painter->setFont(font);
    const QRectF inner = rect.adjusted(4, 2, -4, -2);
    const QFontMetricsF metrics(font);
    // The name in the chosen language leads; the other spelling stands under it.
    // Bounded and free of control characters whatever a hand-edited workbook holds: an SVG
    // export writes this text as XML, and measuring an unbounded name is itself the cost.
    const auto drawable = [](const QString &text) {
        return TextRules::xmlSafe(TextRules::bounded(text, TextRules::maxNameLength));
    };
    const QString name = drawable(shownName(mCompany));
    const QString title = metrics.elidedText(
        mCompany.ticker.isEmpty() ? name
                                  : QStringLiteral("%1  %2").arg(name, drawable(mCompany.ticker)),
        Qt::ElideRight, inner.width());
    const double line = inner.height() / (mBadge.isEmpty() ? 2.0 : 3.0);
    painter->drawText(QRectF(inner.left(), inner.top(), inner.width(), line), Qt::AlignCenter,
                      title);
    font.setBold(false);
    painter->setFont(font);
    painter->drawText(QRectF(inner.left(), inner.top() + line, inner.width(), line),
                      Qt::AlignCenter,
                      metrics.elidedText(drawable(otherName(mCompany.name, mCompany.nameZh)),
                                         Qt::ElideRight, inner.width()));
    if (!mBadge.isEmpty()) {
        painter->drawText(QRectF(inner.left(), inner.top() + 2 * line, inner.width(), line),
                          Qt::AlignCenter, mBadge);
    }
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    Q_EMIT hoverChanged(mCompany.id, true);
    QGraphicsObject::hoverEnterEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    Q_EMIT hoverChanged(mCompany.id, false);
    QGraphicsObject::hoverLeaveEvent(event);
}

} // namespace ws
