// SPDX-License-Identifier: MIT
#include "nodeitem.h"

#include "graphcolours.h"
#include "pixelfont.h"
#include "supplychainscene.h"
#include "tierstyle.h"

#include "core/localname.h"
#include "core/textrules.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace ws {

namespace {

// Text sizes in pixels at scale 1. The name stays at least 9 px high on screen down to a view
// scale of 0.7, about where a laptop's fitted view of the default workbook lands.
constexpr int namePixels = 13;
constexpr int subtitlePixels = 12;
constexpr int badgePixels = 11;
constexpr double paddingX = 6.0;
constexpr double paddingY = 3.0;
constexpr double minWidth = 72.0;

QFont subtitleFont()
{
    return pixelFont(subtitlePixels, false);
}

QFont badgeFont()
{
    return pixelFont(badgePixels, false);
}

// Bounded and free of control characters whatever a hand-edited workbook holds: an SVG export
// writes this text as XML, and measuring an unbounded name is itself the cost.
QString drawable(const QString &text)
{
    return TextRules::xmlSafe(TextRules::bounded(text, TextRules::maxNameLength));
}

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

QFont NodeItem::nameFont()
{
    return pixelFont(namePixels, true);
}

QSizeF NodeItem::baseSize()
{
    const QFontMetricsF name(nameFont());
    const QFontMetricsF subtitle(subtitleFont());
    return { 132.0, name.height() + subtitle.height() + 2 * paddingY };
}

void NodeItem::setCompany(const Company &company)
{
    mCompany = company;
    setToolTip(QStringLiteral("<b>%1</b> %2<br>%3 · %4<br>%5")
                   .arg(shownName(company).toHtmlEscaped(),
                        otherName(company.name, company.nameZh).toHtmlEscaped(),
                        company.ticker.isEmpty() ? tr("unlisted") : company.ticker.toHtmlEscaped(),
                        tierTitle(company.tier), company.role.toHtmlEscaped()));
    mTitle = drawable(shownName(company));
    QStringList subtitle;
    if (const QString other = drawable(otherName(company.name, company.nameZh)); !other.isEmpty())
        subtitle << other;
    if (!company.ticker.isEmpty())
        subtitle << drawable(company.ticker);
    mSubtitle = subtitle.join(QStringLiteral(" · "));
    measureText();
}

void NodeItem::measureText()
{
    const QFontMetricsF name(nameFont());
    const QFontMetricsF subtitle(subtitleFont());
    const QFontMetricsF badge(badgeFont());
    double width = name.horizontalAdvance(mTitle);
    double height = name.height();
    if (!mSubtitle.isEmpty()) {
        width = std::max(width, subtitle.horizontalAdvance(mSubtitle));
        height += subtitle.height();
    }
    if (!mBadge.isEmpty()) {
        width = std::max(width, badge.horizontalAdvance(mBadge));
        height += badge.height();
    }
    // A little slack over the measured advance: a device's hinting may widen a run by a pixel.
    width = std::clamp(std::ceil(width) + 2, minWidth - 2 * paddingX, maxTextWidth);
    const QSizeF size(width + 2 * paddingX, std::ceil(height) + 2 * paddingY);
    if (size != mTextSize) {
        prepareGeometryChange();
        mTextSize = size;
    }
    update();
}

QString NodeItem::shownTitle() const
{
    return QFontMetricsF(nameFont())
        .elidedText(mTitle, Qt::ElideRight, mTextSize.width() - 2 * paddingX);
}

QRectF NodeItem::box() const
{
    const double grow = std::sqrt(mScale);
    const QSizeF size = mTextSize * grow;
    return { -size.width() / 2, -size.height() / 2, size.width(), size.height() };
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
        measureText();
    }
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const auto *chain = qobject_cast<const SupplyChainScene *>(scene());
    const GraphColours colours = chain ? chain->colours() : GraphColours::paper();
    const QRectF rect = box();
    const QColor fill = colours.fill(mCompany.tier);
    const bool marked = mHighlighted || isSelected();
    painter->setOpacity(mDimmed ? 0.18 : 1.0);
    painter->setPen(QPen(marked ? colours.selection : colours.border(fill), marked ? 3.0 : 1.0));
    painter->setBrush(fill);
    painter->drawRoundedRect(rect, 6, 6);

    // Text stays text (not a picture), so SVG and PDF exports keep the names searchable. The
    // lines are centred in the box, which a measure may have made larger than the text.
    painter->setPen(GraphColours::textOn(fill));
    const QFontMetricsF name(nameFont());
    const QFontMetricsF subtitle(subtitleFont());
    const QFontMetricsF badge(badgeFont());
    const double textHeight = mTextSize.height() - 2 * paddingY;
    const double left = rect.left() + paddingX;
    const double width = rect.width() - 2 * paddingX;
    double top = rect.center().y() - textHeight / 2;
    const auto line = [&](const QFont &font, const QFontMetricsF &metrics, const QString &text) {
        painter->setFont(font);
        painter->drawText(QRectF(left, top, width, metrics.height()), Qt::AlignCenter,
                          metrics.elidedText(text, Qt::ElideRight, width));
        top += metrics.height();
    };
    line(nameFont(), name, mTitle);
    if (!mSubtitle.isEmpty())
        line(subtitleFont(), subtitle, mSubtitle);
    if (!mBadge.isEmpty())
        line(badgeFont(), badge, mBadge);
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
