#pragma once

#include <functional>

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace Client {
class S3Client;
}

namespace Gui {

// The main window's Bucket menu: Lifecycle Rules, Bucket Policy, Bucket Settings and Share for
// the current bucket (and selected object). Opens each editor as a window of its own that is
// deleted when closed. The target function reports what the window has selected when an action
// fires. Lives in the GUI thread; owned by the main window.
class BucketActions final : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        Client::S3Client *client = nullptr;
        QString bucket;
        QString key; // the selected object; empty: none (Share is then disabled)
        bool sandbox = false; // the built-in Local sandbox connection
    };

    BucketActions(std::function<Target()> target, QWidget *window);

    QMenu *menu() const { return m_menu; }
    QList<QAction *> bucketActions() const;
    QAction *shareAction() const { return m_share; }
    // Sets the texts (also on a language change) / the enabled state from the current target.
    void retranslate();
    void update();

    // Open the editors for the current target; the dialog, or null when there is no bucket.
    QWidget *openLifecycle();
    QWidget *openPolicy();
    QWidget *openSettings();
    QWidget *openShare();

private:
    std::function<Target()> m_target;
    QWidget *m_window = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_lifecycle = nullptr;
    QAction *m_policy = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_share = nullptr;
};

} // namespace Gui
