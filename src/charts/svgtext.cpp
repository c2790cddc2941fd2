// SPDX-License-Identifier: MIT
#include "svgtext.h"

#include <QFont>
#include <QFontDatabase>
#include <QFontInfo>
#include <QHash>
#include <QStringList>
#include <QXmlStreamAttributes>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace ws::SvgText {

namespace {

const QString textElement = QStringLiteral("text");
const QString fontFamilyAttribute = QStringLiteral("font-family");
const QString xAttribute = QStringLiteral("x");

// Faces with Traditional Chinese glyphs on Linux, Windows and macOS, in that order: a viewer
// uses the first it has for the characters the face before lacks.
const QStringList chineseFaces = { QStringLiteral("Noto Sans CJK TC"),
                                   QStringLiteral("Microsoft JhengHei"),
                                   QStringLiteral("PingFang TC") };

struct TextRun
{
    QXmlStreamAttributes attributes;
    QString text;
};

// Whether @p next continues @p run: the same style and baseline, anywhere further along it.
bool continues(const TextRun &run, const TextRun &next)
{
    if (run.attributes.size() != next.attributes.size())
        return false;
    for (const QXmlStreamAttribute &attribute : run.attributes) {
        if (attribute.qualifiedName() == xAttribute)
            continue;
        if (next.attributes.value(attribute.qualifiedName().toString()) != attribute.value())
            return false;
    }
    return true;
}

void writeAttributes(QXmlStreamWriter &writer, const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        const QString name = attribute.qualifiedName().toString();
        writer.writeAttribute(name,
                              name == fontFamilyAttribute
                                  ? fontFamilies(attribute.value().toString())
                                  : attribute.value().toString());
    }
}

} // namespace

QString fontFamilies(const QString &family)
{
    static QHash<QString, QString> cache;
    if (const auto found = cache.constFind(family); found != cache.cend())
        return *found;
    QStringList faces;
    // "Sans Serif" and the like are fontconfig's aliases, unknown to a viewer: name the face
    // they stood for.
    if (QFontDatabase::hasFamily(family))
        faces << family;
    const QString drawnWith = QFontInfo(QFont(family)).family();
    if (!drawnWith.isEmpty() && !faces.contains(drawnWith))
        faces << drawnWith;
    for (const QString &face : chineseFaces) {
        if (!faces.contains(face))
            faces << face;
    }
    QStringList quoted;
    for (const QString &face : std::as_const(faces))
        quoted << QLatin1Char('\'') + QString(face).remove(QLatin1Char('\'')) + QLatin1Char('\'');
    quoted << QStringLiteral("sans-serif");
    const QString list = quoted.join(QStringLiteral(", "));
    cache.insert(family, list);
    return list;
}

QByteArray joinRuns(const QByteArray &svg, QString *problem)
{
    QXmlStreamReader reader(svg);
    // Namespace declarations then pass through as the plain attributes they were written as.
    reader.setNamespaceProcessing(false);
    QByteArray out;
    QXmlStreamWriter writer(&out);
    TextRun pending;
    bool hasPending = false;
    const auto flush = [&] {
        if (!hasPending)
            return;
        writer.writeStartElement(textElement);
        writeAttributes(writer, pending.attributes);
        writer.writeCharacters(pending.text);
        writer.writeEndElement();
        hasPending = false;
    };

    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartDocument:
            writer.writeStartDocument();
            break;
        case QXmlStreamReader::DTD:
            flush();
            writer.writeDTD(reader.text().toString());
            break;
        case QXmlStreamReader::StartElement:
            if (reader.qualifiedName() == textElement) {
                TextRun run { reader.attributes(), QString() };
                run.text = reader.readElementText(QXmlStreamReader::IncludeChildElements);
                if (hasPending && continues(pending, run)) {
                    pending.text += run.text;
                } else {
                    flush();
                    pending = std::move(run);
                    hasPending = true;
                }
                break;
            }
            flush();
            writer.writeStartElement(reader.qualifiedName().toString());
            writeAttributes(writer, reader.attributes());
            break;
        case QXmlStreamReader::EndElement:
            flush();
            writer.writeEndElement();
            break;
        case QXmlStreamReader::Characters:
            // The line breaks between two runs go with the join.
            if (hasPending && reader.isWhitespace())
                break;
            flush();
            writer.writeCharacters(reader.text().toString());
            break;
        case QXmlStreamReader::Comment:
            flush();
            writer.writeComment(reader.text().toString());
            break;
        case QXmlStreamReader::ProcessingInstruction:
            flush();
            writer.writeProcessingInstruction(reader.processingInstructionTarget().toString(),
                                              reader.processingInstructionData().toString());
            break;
        case QXmlStreamReader::EndDocument:
            flush();
            writer.writeEndDocument();
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        if (problem)
            *problem = reader.errorString();
        return QByteArray();
    }
    return out;
}

} // namespace ws::SvgText
