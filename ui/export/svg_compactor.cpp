#include "export/svg_compactor.h"

#include <QHash>
#include <QXmlStreamReader>

#include <cmath>
#include <vector>

namespace samtidig {

namespace {

using namespace Qt::StringLiterals;

constexpr int kDecimals = 2; // 1/100 px: far below what any screen or printer resolves

bool isNumeric(QStringView name)
{
    static const QStringList names { u"x"_s,
                                     u"y"_s,
                                     u"width"_s,
                                     u"height"_s,
                                     u"cx"_s,
                                     u"cy"_s,
                                     u"r"_s,
                                     u"rx"_s,
                                     u"ry"_s,
                                     u"x1"_s,
                                     u"y1"_s,
                                     u"x2"_s,
                                     u"y2"_s,
                                     u"points"_s,
                                     u"d"_s,
                                     u"fill-opacity"_s,
                                     u"opacity"_s,
                                     u"stroke-width"_s,
                                     u"stroke-opacity"_s };
    return names.contains(name);
}

// Presentation attributes that are also CSS properties, so a class can carry them.
bool isStyleProperty(QStringView name)
{
    static const QStringList names { u"fill"_s,
                                     u"fill-opacity"_s,
                                     u"fill-rule"_s,
                                     u"stroke"_s,
                                     u"stroke-opacity"_s,
                                     u"stroke-width"_s,
                                     u"stroke-linecap"_s,
                                     u"stroke-linejoin"_s,
                                     u"stroke-miterlimit"_s,
                                     u"stroke-dasharray"_s,
                                     u"stroke-dashoffset"_s,
                                     u"opacity"_s };
    return names.contains(name);
}

// Rounds every decimal number in `text` ("M22.7734,72.7656 L32,89.7") to kDecimals places.
QString roundNumbers(QStringView text)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        const bool starts
            = c.isDigit() || ((c == u'-' || c == u'.') && i + 1 < text.size() && text[i + 1].isDigit());
        if (!starts) {
            out += c;
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        bool fractional = c == u'.';
        while (
            j < text.size()
            && (text[j].isDigit() || text[j] == u'.' || text[j] == u'e' || text[j] == u'E'
                || ((text[j] == u'-' || text[j] == u'+') && (text[j - 1] == u'e' || text[j - 1] == u'E')))) {
            fractional = fractional || !text[j].isDigit();
            ++j;
        }
        const QStringView token = text.mid(i, j - i);
        bool ok = false;
        const double value = fractional ? token.toDouble(&ok) : 0;
        if (!ok) {
            out += token;
        } else {
            QString rounded = QString::number(value, 'f', kDecimals);
            while (rounded.endsWith(u'0'))
                rounded.chop(1);
            if (rounded.endsWith(u'.'))
                rounded.chop(1);
            out += rounded == QLatin1String("-0") ? u"0"_s : rounded;
        }
        i = j;
    }
    return out;
}

void appendEscaped(QString &out, QStringView text, bool attribute)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += u"&amp;"; break;
        case '<': out += u"&lt;"; break;
        case '>': out += u"&gt;"; break;
        case '"':
            if (attribute) {
                out += u"&quot;";
                break;
            }
            Q_FALLTHROUGH();
        default: out += c;
        }
    }
}

QString attributeText(const QXmlStreamAttribute &a)
{
    QString out = u" "_s;
    out += a.qualifiedName();
    out += u"=\"";
    QString value = isNumeric(a.name()) ? roundNumbers(a.value()) : a.value().toString();
    if (a.name() == u"d") // "M1,2 L3,4" -> "M1,2L3,4": commands need no separator
        value.replace(u" L"_s, u"L"_s)
            .replace(u" M"_s, u"M"_s)
            .replace(u" C"_s, u"C"_s)
            .replace(u" Z"_s, u"Z"_s);
    appendEscaped(out, value, true);
    out += u'"';
    return out;
}

class SvgCompactor
{
public:
    explicit SvgCompactor(const QByteArray &svg)
        : m_reader(svg)
    { }

    bool run()
    {
        while (!m_reader.atEnd()) {
            switch (m_reader.readNext()) {
            case QXmlStreamReader::StartElement: startElement(); break;
            case QXmlStreamReader::EndElement: endElement(); break;
            case QXmlStreamReader::Characters:
                if (!m_stack.empty() && m_stack.back().keepsText) {
                    closePendingTag();
                    appendEscaped(m_body, m_reader.text(), false);
                }
                break;
            default: break;
            }
        }
        return !m_reader.hasError();
    }

    QByteArray result() const
    {
        QString style = u"<defs><style type=\"text/css\">\n"_s;
        for (qsizetype i = 0; i < m_classOrder.size(); ++i)
            style += u"."_s + classNameFor(i) + u"{"_s + m_classOrder[i] + u"}\n"_s;
        style += u"</style></defs>\n"_s;
        const qsizetype at = m_styleAt < 0 ? m_body.size() : m_styleAt;
        const QString all = m_head + m_body.left(at) + style + m_body.mid(at);
        return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n") + all.toUtf8();
    }

private:
    struct Element {
        QString name;
        bool stateGroup = false; // one of QSvgGenerator's per-state groups: not written as such
        bool merged = false; // a polyline folded into the pending path
        bool keepsText = false;
        bool tagOpen = false; // "<name attrs" written, ">" not yet
    };

    void startElement()
    {
        const QString name = m_reader.name().toString();
        const std::size_t depth = m_stack.size();
        if (depth == 0) {
            writeRoot();
            m_stack.push_back({ name });
            return;
        }
        if (depth == 2 && name == u"g" && m_stack[1].name == u"g") {
            closePendingTag();
            m_pendingGroup = groupKey();
            m_stack.push_back({ name, true });
            return;
        }
        closePendingTag();
        if (depth == 1 && name == u"g" && m_styleAt < 0) {
            m_styleAt = m_body.size();
            m_outerFillRule = m_reader.attributes().value(QLatin1String("fill-rule")).toString();
        }
        if (m_stack.back().stateGroup)
            openMergedGroup();
        Element e { name };
        if (name == u"polyline" && m_stack.back().stateGroup && takePolyline()) {
            e.merged = true;
            m_stack.push_back(e);
            return;
        }
        flushPath();
        e.keepsText
            = name == u"text" || name == u"title" || name == u"desc" || name == u"tspan" || name == u"style";
        m_body += u'<';
        m_body += name;
        for (const QXmlStreamAttribute &a : m_reader.attributes()) {
            if (a.name() == u"vector-effect" && a.value() == u"none")
                continue;
            // Inherited from the outer group anyway, unless the state group's class sets it.
            if (a.name() == u"fill-rule" && a.value() == m_outerFillRule && m_stack.back().stateGroup
                && !m_groupCss.contains(u"fill-rule:"_s))
                continue;
            m_body += attributeText(a);
        }
        e.tagOpen = true;
        m_stack.push_back(e);
    }

    void endElement()
    {
        const Element e = m_stack.back();
        m_stack.pop_back();
        if (e.stateGroup || e.merged)
            return;
        if (m_stack.size() == 1 && e.name == u"g") { // the outer group: close what is still open
            flushPath();
            closeMergedGroup();
            closeTransformGroup();
        }
        if (e.tagOpen)
            m_body += u"/>";
        else
            m_body += u"</"_s + e.name + u">"_s;
        if (m_stack.size() <= 2)
            m_body += u'\n';
    }

    void closePendingTag()
    {
        if (!m_stack.empty() && m_stack.back().tagOpen) {
            m_body += u'>';
            m_stack.back().tagOpen = false;
        }
    }

    void writeRoot()
    {
        m_head = u"<svg"_s;
        for (const QXmlStreamNamespaceDeclaration &ns : m_reader.namespaceDeclarations())
            m_head += (ns.prefix().isEmpty() ? u" xmlns"_s : u" xmlns:"_s + ns.prefix().toString()) + u"=\""_s
                + ns.namespaceUri().toString() + u"\""_s;
        for (const QXmlStreamAttribute &a : m_reader.attributes())
            if (a.name() != u"version" && a.name() != u"baseProfile") // CSS classes are SVG 1.1, not Tiny
                m_head += attributeText(a);
        m_head += u" version=\"1.1\">\n";
    }

    // A state group's style as CSS declarations, plus the attributes CSS cannot carry.
    QString groupKey() const
    {
        QString css, transform, rest;
        for (const QXmlStreamAttribute &a : m_reader.attributes()) {
            const QStringView n = a.name();
            if (n.startsWith(u"font-")) // every <text> repeats its own font attributes
                continue;
            if (n == u"transform") {
                if (a.value() != u"matrix(1,0,0,1,0,0)")
                    transform = a.value().toString();
            } else if (isStyleProperty(n)) {
                css += n;
                css += u':';
                css += isNumeric(n) ? roundNumbers(a.value()) : a.value().toString();
                css += u';';
            } else {
                rest += attributeText(a);
            }
        }
        return css + u"|"_s + transform + u"|"_s + rest;
    }

    void openMergedGroup()
    {
        if (m_groupOpen && m_openGroup == m_pendingGroup)
            return;
        flushPath();
        closeMergedGroup();
        const QStringList parts = m_pendingGroup.split(u'|');
        m_groupCss = parts[0];
        // Runs of groups share one transform (the export's scale): one enclosing group carries it.
        if (!m_transformOpen || parts[1] != m_openTransform) {
            closeTransformGroup();
            if (!parts[1].isEmpty()) {
                m_body += u"<g transform=\""_s + parts[1] + u"\">\n"_s;
                m_transformOpen = true;
                m_openTransform = parts[1];
            }
        }
        const QString rest = parts.mid(2).join(u'|');
        m_groupPlain = rest.isEmpty(); // no other attribute
        auto it = m_classes.constFind(m_groupCss);
        if (it == m_classes.constEnd()) {
            it = m_classes.insert(m_groupCss, m_classOrder.size());
            m_classOrder << m_groupCss;
        }
        m_groupClass = classNameFor(it.value());
        m_groupStart = m_body.size();
        m_body += u"<g class=\""_s + m_groupClass + u"\""_s + rest + u">\n"_s;
        m_groupContentStart = m_body.size();
        m_openGroup = m_pendingGroup;
        m_groupOpen = true;
    }

    void closeTransformGroup()
    {
        if (m_transformOpen)
            m_body += u"</g>\n"_s;
        m_transformOpen = false;
        m_openTransform.clear();
    }

    void closeMergedGroup()
    {
        if (!m_groupOpen)
            return;
        m_groupOpen = false;
        // A group around one empty element: put the class on the element itself.
        const QString child = QStringView(m_body).mid(m_groupContentStart).trimmed().toString();
        if (m_groupPlain && child.startsWith(u'<') && child.endsWith(u"/>") && child.count(u'<') == 1
            && !conflictsWithGroup(child)) {
            qsizetype nameEnd = child.indexOf(u' ');
            if (nameEnd < 0)
                nameEnd = child.size() - 2;
            m_body.truncate(m_groupStart);
            m_body += child.left(nameEnd) + u" class=\""_s + m_groupClass + u"\""_s + child.mid(nameEnd)
                + u"\n"_s;
            return;
        }
        m_body += u"</g>\n"_s;
    }

    // True when the element sets a property of the group's class to another value: on the element
    // itself the class would win over the attribute, unlike when inherited from the group.
    bool conflictsWithGroup(const QString &element) const
    {
        for (const QString &declaration : m_groupCss.split(u';', Qt::SkipEmptyParts)) {
            const qsizetype colon = declaration.indexOf(u':');
            const QString attribute = u" "_s + declaration.left(colon) + u"=\""_s;
            const qsizetype at = element.indexOf(attribute);
            if (at < 0)
                continue;
            const qsizetype valueStart = at + attribute.size();
            const qsizetype valueEnd = element.indexOf(u'"', valueStart);
            if (QStringView(element).mid(valueStart, valueEnd - valueStart)
                != QStringView(declaration).mid(colon + 1))
                return true;
        }
        return false;
    }

    // Folds a two-point polyline with fill="none" into the pending path (same stroke, same picture).
    bool takePolyline()
    {
        const QXmlStreamAttributes attrs = m_reader.attributes();
        if (attrs.value(QLatin1String("fill")) != u"none")
            return false;
        const QStringList coords
            = roundNumbers(attrs.value(QLatin1String("points"))).split(u' ', Qt::SkipEmptyParts);
        if (coords.size() != 2)
            return false;
        QString key;
        for (const QXmlStreamAttribute &a : attrs)
            if (a.name() != u"points" && !(a.name() == u"vector-effect" && a.value() == u"none"))
                key += attributeText(a);
        if (key != m_pathKey)
            flushPath();
        m_pathKey = key;
        m_pathData += u"M"_s + coords[0] + u"L"_s + coords[1];
        return true;
    }

    void flushPath()
    {
        if (m_pathData.isEmpty())
            return;
        m_body += u"<path"_s + m_pathKey + u" d=\""_s + m_pathData + u"\"/>\n"_s;
        m_pathData.clear();
        m_pathKey.clear();
    }

    QXmlStreamReader m_reader;
    std::vector<Element> m_stack;
    QString m_head;
    QString m_body;
    qsizetype m_styleAt = -1;
    static QString classNameFor(qsizetype index) { return u"s"_s + QString::number(index, 36); }

    QHash<QString, qsizetype> m_classes; // css declarations -> index into m_classOrder
    QStringList m_classOrder; // in order of first use, so the output is deterministic
    QString m_pendingGroup;
    QString m_openGroup;
    bool m_groupOpen = false;
    bool m_groupPlain = false;
    bool m_transformOpen = false;
    QString m_openTransform;
    QString m_outerFillRule;
    QString m_groupCss;
    QString m_groupClass;
    qsizetype m_groupStart = 0;
    qsizetype m_groupContentStart = 0;
    QString m_pathKey;
    QString m_pathData;
};

} // namespace

QByteArray compactSvg(const QByteArray &svg)
{
    SvgCompactor compactor(svg);
    if (!compactor.run())
        return svg;
    return compactor.result();
}

} // namespace samtidig
