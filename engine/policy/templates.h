#pragma once

#include <vector>

#include <QMap>
#include <QString>
#include <QStringList>

namespace Policy {

// A ready-made bucket policy for the GUI's "Templates" menu. The JSON holds placeholders
// {{bucket}}, {{prefix}}, {{account}}, {{user}}, {{cidr}} that instantiate() fills in; AWS's own
// policy variables (${aws:username}) are left alone. Plain value type.
struct PolicyTemplate
{
    QString id; // stable identifier, e.g. "public-read-prefix"
    QString title; // English; the GUI translates through its own table
    QString description; // English
    QStringList parameters; // placeholders used, e.g. {"bucket", "prefix"}
    QString json;

    // Replaces {{name}} by values[name]; unknown placeholders are left as written.
    QString instantiate(const QMap<QString, QString> &values) const;
};

// The bundled templates, in menu order. Each one, instantiated, passes parseDocument() as a
// bucket policy for its bucket (tested).
const std::vector<PolicyTemplate> &bundledTemplates();

} // namespace Policy
