#include "ui/policy/editablepolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Gui {

namespace {

QString quoted(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// A string, or an array of strings when there are several (as aws s3api writes them).
QString stringOrArray(const QStringList &values, const QString &indent)
{
    if (values.size() == 1)
        return quoted(values.first());
    QStringList items;
    for (const QString &v : values)
        items.append(indent + QStringLiteral("  ") + quoted(v));
    if (items.isEmpty())
        return QStringLiteral("[]");
    return QStringLiteral("[\n") + items.join(QStringLiteral(",\n")) + QStringLiteral("\n") + indent + QStringLiteral("]");
}

QString principalJson(const QString &text, const QString &indent)
{
    const QString t = text.trimmed();
    if (t == u"*" || t.isEmpty())
        return QStringLiteral("\"*\"");
    QStringList members;
    for (const QString &part : t.split(u';', Qt::SkipEmptyParts)) {
        QString type = QStringLiteral("AWS");
        QString values = part.trimmed();
        const qsizetype colon = values.indexOf(u':');
        // "AWS: arn:aws:iam::..." has a type; a bare ARN ("arn:aws:...") or account id does not.
        if (colon > 0 && !values.startsWith(u"arn:") && !values.left(colon).contains(u' ')) {
            type = values.left(colon).trimmed();
            values = values.mid(colon + 1);
        }
        QStringList list;
        for (const QString &v : values.split(u',', Qt::SkipEmptyParts))
            list.append(v.trimmed());
        members.append(indent + QStringLiteral("  ") + quoted(type) + QStringLiteral(": ")
                       + stringOrArray(list, indent + QStringLiteral("  ")));
    }
    return QStringLiteral("{\n") + members.join(QStringLiteral(",\n")) + QStringLiteral("\n") + indent + QStringLiteral("}");
}

Policy::JsonError shapeError(const Policy::JsonValue &at, const char *what)
{
    return {QCoreApplication::translate("Gui::EditablePolicy", what), at.pos};
}

std::expected<QStringList, Policy::JsonError> stringList(const Policy::JsonValue &v)
{
    QStringList out;
    if (v.isString()) {
        out.append(v.text);
        return out;
    }
    if (!v.isArray())
        return std::unexpected(shapeError(v, QT_TRANSLATE_NOOP("Gui::EditablePolicy", "Expected a string or an array of strings")));
    for (const Policy::JsonValue &item : v.items) {
        if (!item.isString())
            return std::unexpected(shapeError(item, QT_TRANSLATE_NOOP("Gui::EditablePolicy", "Expected a string")));
        out.append(item.text);
    }
    return out;
}

QString scalarText(const Policy::JsonValue &v)
{
    if (v.type == Policy::JsonValue::Type::Bool)
        return v.boolean ? QStringLiteral("true") : QStringLiteral("false");
    return v.text;
}

std::expected<EditableStatement, Policy::JsonError> readStatement(const Policy::JsonValue &v)
{
    if (!v.isObject())
        return std::unexpected(shapeError(v, QT_TRANSLATE_NOOP("Gui::EditablePolicy", "A statement must be an object")));
    EditableStatement st;
    st.hasPrincipal = false;
    st.principal.clear();
    for (const Policy::JsonMember &m : v.members) {
        const QString &k = m.key;
        if (k == u"Sid") {
            st.sid = m.value.text;
        } else if (k == u"Effect") {
            st.deny = m.value.text == u"Deny";
        } else if (k == u"Principal" || k == u"NotPrincipal") {
            st.hasPrincipal = true;
            st.notPrincipal = k == u"NotPrincipal";
            st.principal = principalText(m.value);
        } else if (k == u"Action" || k == u"NotAction") {
            auto list = stringList(m.value);
            if (!list)
                return std::unexpected(list.error());
            st.actions = *list;
            st.notAction = k == u"NotAction";
        } else if (k == u"Resource" || k == u"NotResource") {
            auto list = stringList(m.value);
            if (!list)
                return std::unexpected(list.error());
            st.resources = *list;
            st.notResource = k == u"NotResource";
        } else if (k == u"Condition") {
            if (!m.value.isObject())
                return std::unexpected(shapeError(m.value, QT_TRANSLATE_NOOP("Gui::EditablePolicy", "Condition must be an object")));
            for (const Policy::JsonMember &op : m.value.members) {
                if (!op.value.isObject())
                    return std::unexpected(shapeError(op.value, QT_TRANSLATE_NOOP("Gui::EditablePolicy", "A condition operator must hold an object")));
                for (const Policy::JsonMember &key : op.value.members) {
                    EditableCondition c {op.key, key.key, {}};
                    if (key.value.isArray()) {
                        for (const Policy::JsonValue &item : key.value.items)
                            c.values.append(scalarText(item));
                    } else {
                        c.values.append(scalarText(key.value));
                    }
                    st.conditions.append(c);
                }
            }
        }
    }
    return st;
}

} // namespace

QString principalText(const Policy::JsonValue &principal)
{
    if (principal.isString())
        return principal.text;
    QStringList parts;
    for (const Policy::JsonMember &m : principal.members) {
        QStringList values;
        if (m.value.isString())
            values.append(m.value.text);
        for (const Policy::JsonValue &item : m.value.items)
            values.append(item.text);
        if (m.key == u"AWS" && values == QStringList {QStringLiteral("*")} && principal.members.size() == 1)
            return QStringLiteral("AWS: *");
        parts.append(m.key + QStringLiteral(": ") + values.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral("; "));
}

QByteArray EditablePolicy::toJson() const
{
    QStringList top;
    if (!version.isEmpty())
        top.append(QStringLiteral("  \"Version\": ") + quoted(version));
    if (!id.isEmpty())
        top.append(QStringLiteral("  \"Id\": ") + quoted(id));
    QStringList statementTexts;
    const QString in = QStringLiteral("      ");
    for (const EditableStatement &st : statements) {
        QStringList f;
        if (!st.sid.isEmpty())
            f.append(in + QStringLiteral("\"Sid\": ") + quoted(st.sid));
        f.append(in + QStringLiteral("\"Effect\": ") + (st.deny ? QStringLiteral("\"Deny\"") : QStringLiteral("\"Allow\"")));
        if (st.hasPrincipal)
            f.append(in + (st.notPrincipal ? QStringLiteral("\"NotPrincipal\": ") : QStringLiteral("\"Principal\": "))
                     + principalJson(st.principal, in));
        f.append(in + (st.notAction ? QStringLiteral("\"NotAction\": ") : QStringLiteral("\"Action\": "))
                 + stringOrArray(st.actions, in));
        f.append(in + (st.notResource ? QStringLiteral("\"NotResource\": ") : QStringLiteral("\"Resource\": "))
                 + stringOrArray(st.resources, in));
        if (!st.conditions.isEmpty()) {
            // Group rows by operator, in the order the operators first appear.
            QStringList ops;
            for (const EditableCondition &c : st.conditions) {
                if (!ops.contains(c.op))
                    ops.append(c.op);
            }
            QStringList opTexts;
            const QString in2 = in + QStringLiteral("  ");
            const QString in3 = in2 + QStringLiteral("  ");
            for (const QString &op : ops) {
                QStringList keys;
                for (const EditableCondition &c : st.conditions) {
                    if (c.op == op)
                        keys.append(in3 + quoted(c.key) + QStringLiteral(": ") + stringOrArray(c.values, in3));
                }
                opTexts.append(in2 + quoted(op) + QStringLiteral(": {\n") + keys.join(QStringLiteral(",\n"))
                               + QStringLiteral("\n") + in2 + QStringLiteral("}"));
            }
            f.append(in + QStringLiteral("\"Condition\": {\n") + opTexts.join(QStringLiteral(",\n")) + QStringLiteral("\n")
                     + in + QStringLiteral("}"));
        }
        statementTexts.append(QStringLiteral("    {\n") + f.join(QStringLiteral(",\n")) + QStringLiteral("\n    }"));
    }
    top.append(QStringLiteral("  \"Statement\": [\n") + statementTexts.join(QStringLiteral(",\n"))
               + (statementTexts.isEmpty() ? QString() : QStringLiteral("\n")) + QStringLiteral("  ]"));
    return (QStringLiteral("{\n") + top.join(QStringLiteral(",\n")) + QStringLiteral("\n}\n")).toUtf8();
}

std::expected<EditablePolicy, Policy::JsonError> EditablePolicy::fromJson(const QByteArray &json)
{
    Policy::JsonLimits limits;
    limits.maxBytes = 64 * 1024; // the server enforces 20 KB; the editor shows larger documents
    auto root = Policy::readJson(json, limits);
    if (!root)
        return std::unexpected(root.error());
    if (!root->isObject())
        return std::unexpected(shapeError(*root, QT_TRANSLATE_NOOP("Gui::EditablePolicy", "A policy must be a JSON object")));
    EditablePolicy policy;
    policy.version.clear();
    for (const Policy::JsonMember &m : root->members) {
        if (m.key == u"Version") {
            policy.version = m.value.text;
        } else if (m.key == u"Id") {
            policy.id = m.value.text;
        } else if (m.key == u"Statement") {
            if (m.value.isObject()) {
                auto st = readStatement(m.value);
                if (!st)
                    return std::unexpected(st.error());
                policy.statements.append(*st);
            } else if (m.value.isArray()) {
                for (const Policy::JsonValue &item : m.value.items) {
                    auto st = readStatement(item);
                    if (!st)
                        return std::unexpected(st.error());
                    policy.statements.append(*st);
                }
            } else {
                return std::unexpected(shapeError(m.value, QT_TRANSLATE_NOOP("Gui::EditablePolicy", "Statement must be an object or an array")));
            }
        }
    }
    return policy;
}

} // namespace Gui
