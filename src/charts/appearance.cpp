// SPDX-License-Identifier: MIT
#include "appearance.h"
#include "checkindicatorstyle.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace ws {

namespace {

// The style and palette the system gave the program, kept at the first choice so that
// "system" can go back to them while the program runs.
struct SystemLook
{
    QString style;
    QPalette palette;
    bool replaced = false; // Fusion is in the system style's place
};

SystemLook &systemLook()
{
    static SystemLook look { QApplication::style()->name(), QApplication::palette() };
    return look;
}

} // namespace

// Fusion draws the same on every platform, so a chosen light or dark palette looks as designed.
void applyPalette(const QString &name)
{
    SystemLook &system = systemLook();
    if (name != QLatin1String("dark") && name != QLatin1String("light")) {
        if (!system.replaced)
            return; // the system's look is still in place
        if (QStyle *style = QStyleFactory::create(system.style))
            QApplication::setStyle(style);
        // Every widget, chart included, draws again on the PaletteChange this sends.
        QApplication::setPalette(system.palette);
        system.replaced = false;
        return;
    }
    system.replaced = true;
    QApplication::setStyle(
        new CheckIndicatorStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    if (name == QLatin1String("light")) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette dark;
    const QColor window(0x2B, 0x2D, 0x30), base(0x1E, 0x1F, 0x22), text(0xE6, 0xE6, 0xE6);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, window);
    dark.setColor(QPalette::ToolTipBase, base);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, window);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::red);
    dark.setColor(QPalette::Highlight, QColor(0x3D, 0x7E, 0xD6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x6C, 0xA8, 0xF0));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
}

QString chosenPalette()
{
    const QString name = QSettings().value(QStringLiteral("palette")).toString();
    return name == QLatin1String("light") || name == QLatin1String("dark")
        ? name
        : QStringLiteral("system");
}

void setChosenPalette(const QString &name)
{
    QSettings().setValue(QStringLiteral("palette"), name);
}

} // namespace ws
