#pragma once

#include <expected>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "engine/policy/jsonreader.h"

namespace Gui {

// One Condition row: "StringEquals", "aws:SourceIp", values.
struct EditableCondition
{
    QString op;
    QString key;
    QStringList values;
    bool operator==(const EditableCondition &) const = default;
};

// A statement as the editor's table shows it: every field as written, including documents
// that the engine's validator refuses (the table must still show them). Plain value.
struct EditableStatement
{
    QString sid;
    bool deny = false;
    bool hasPrincipal = true;
    bool notPrincipal = false;
    // "*", or "AWS: arn, arn; Service: name" (types separated by ';', values by ',').
    QString principal = QStringLiteral("*");
    bool notAction = false;
    QStringList actions;
    bool notResource = false;
    QStringList resources;
    QList<EditableCondition> conditions;
    bool operator==(const EditableStatement &) const = default;
};

// The policy document the editor works on, converted to and from JSON in `aws s3api` layout
// (Version, Id, Statement[Sid, Effect, Principal, Action, Resource, Condition]).
struct EditablePolicy
{
    QString version = QStringLiteral("2012-10-17");
    QString id;
    QList<EditableStatement> statements;

    QByteArray toJson() const;
    // A JSON syntax error, or a document whose shape the table cannot hold (a Statement that
    // is not an object, an Action that is not a string or array...), with its position.
    static std::expected<EditablePolicy, Policy::JsonError> fromJson(const QByteArray &json);
    bool operator==(const EditablePolicy &) const = default;
};

// The Principal element text of the table and back ("*" / "AWS: a, b; Service: c").
QString principalText(const Policy::JsonValue &principal);

} // namespace Gui
