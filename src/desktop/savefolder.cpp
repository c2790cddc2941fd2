// SPDX-License-Identifier: MIT
#include "savefolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace ws::SaveFolder {

namespace {

const QString settingKey = QStringLiteral("dialogs/lastFolder");

} // namespace

QString start()
{
    const QString last = QSettings().value(settingKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    // A documents folder that does not exist would send the dialog to the working folder.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString suggest(const QString &fileName)
{
    return QDir(start()).filePath(fileName);
}

void remember(const QString &chosenPath)
{
    if (chosenPath.isEmpty())
        return;
    const QFileInfo chosen(chosenPath);
    QSettings().setValue(settingKey,
                         chosen.isDir() ? chosen.absoluteFilePath() : chosen.absolutePath());
}

} // namespace ws::SaveFolder
