#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Client {
class S3Client;
}
namespace Core {
struct Error;
}

namespace Gui {

// The details of the selected object: HEAD metadata, tags and a preview (images decoded from
// the first bytes read with a Range request, text from the first 64 KiB). Requests start
// 200 ms after the selection settles; answers for an earlier selection are dropped.
// Owned by the main window; the client is not owned.
class DetailsPane final : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);

    // client null: show nothing.
    void showObject(Client::S3Client *client, const QString &bucket, const QString &key);

    // The versions of the shown object (ListObjectVersions with the key as prefix, newest
    // first, delete markers included), one row per version; the version id is in Qt::UserRole.
    QTreeWidget *versionList() const { return m_versions; }
    QString versionIdAt(int row) const;
    // Restore: server-side CopyObject of that version onto its own key (it becomes the latest).
    void restoreVersion(const QString &versionId);
    // Deletes that one version permanently (or removes a delete marker).
    void deleteVersion(const QString &versionId);
    // Downloads that version to a local file.
    void downloadVersion(const QString &versionId, const QString &localPath);

signals:
    // A version action finished; the listing of bucket/key should be refreshed.
    void objectChanged(const QString &bucket, const QString &key);
    void versionsLoaded(int count);
    void versionActionFailed(const QString &message);

private:
    void load();
    void loadVersions(quint64 generation, const QString &keyMarker, const QString &versionIdMarker);
    void updateVersionButtons();
    void versionActionDone(const Core::Error *error);
    void setField(const QString &name, const QString &value);

    QPointer<Client::S3Client> m_client;
    QString m_bucket;
    QString m_key;
    quint64 m_generation = 0;
    QTimer m_debounce;
    QLabel *m_title = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_tags = nullptr;
    QLabel *m_image = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QTreeWidget *m_versions = nullptr;
    QPushButton *m_downloadVersion = nullptr;
    QPushButton *m_restoreVersion = nullptr;
    QPushButton *m_deleteVersion = nullptr;
};

} // namespace Gui
