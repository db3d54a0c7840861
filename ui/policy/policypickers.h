#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QTreeWidget;

namespace Client {
class S3Client;
}

namespace Gui {

// Picks S3 actions from AWS's list (engine/policy/s3actions), grouped into List, Read, Write and
// Permissions, with the wildcards s3:*, s3:Get*, s3:List*, s3:Put*, s3:Delete* and a free pattern.
// Modal helper of the policy editor; owned by the caller.
class ActionPickerDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ActionPickerDialog(const QStringList &selected, QWidget *parent = nullptr);
    QStringList actions() const;
    void setChecked(const QString &action, bool checked); // for tests
    // The group an action name (without "s3:") belongs to: 0 List, 1 Read, 2 Write, 3 Permissions.
    static int groupOf(const QString &action);

private:
    QTreeWidget *m_tree = nullptr;
    QLineEdit *m_custom = nullptr;
};

// Builds resource ARNs from a bucket (the endpoint's buckets, listed asynchronously) and a
// prefix: the bucket itself, all its objects, or the objects under a prefix.
class ResourcePickerDialog final : public QDialog
{
    Q_OBJECT
public:
    ResourcePickerDialog(Client::S3Client &client, const QString &bucket, const QStringList &selected,
                         QWidget *parent = nullptr);
    QStringList resources() const;
    // The ARN the pickers' current choice gives.
    QString currentArn() const;

private:
    QComboBox *m_bucket = nullptr;
    QRadioButton *m_bucketItself = nullptr;
    QRadioButton *m_allObjects = nullptr;
    QRadioButton *m_prefixObjects = nullptr;
    QLineEdit *m_prefix = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace Gui
