#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace Client {
class S3Client;
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

private:
    void load();
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
};

} // namespace Gui
