#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include "engine/core/error.h"
#include "engine/s3/xml/documents.h"

class QIcon;
class QLabel;
class QMenu;
class QToolBar;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QSystemTrayIcon;
class QToolButton;
class QTreeView;
class QHBoxLayout;

namespace Client {
class S3Client;
class SecretStore;
}

namespace Gui {

class BucketActions;
class BulkActions;

class Connection;
class AppearanceManager;
class ConnectionModel;
class LanguageManager;
class DetailsPane;
class ObjectListModel;
class ObjectTableView;
class SandboxController;
class TransferDock;
class TransferModel;

// The browser's main window: connections and buckets on the left, the object table in the
// middle, details on the right, transfers docked below. Owned by main(); owns its widgets and
// models through Qt parenting. The sandbox controller and secret store are not owned.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        SandboxController *sandbox = nullptr;  // the "Local sandbox" connection; null = none
        Client::SecretStore *secrets = nullptr; // for custom connections; null = none can be added
        QString profileDir;                     // ProfileStore directory; empty = AppConfigLocation
        bool loadAwsProfiles = true;            // read ~/.aws (tests turn it off)
        bool loadSavedProfiles = true;
        LanguageManager *language = nullptr;     // Preferences switches the language live; null = after restart
        AppearanceManager *appearance = nullptr; // Preferences switches the colours live; null = after restart
    };

    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    ConnectionModel *connectionModel() const { return m_connections; }
    ObjectListModel *objectModel() const { return m_objects; }
    TransferModel *transferModel() const { return m_transfers; }
    ObjectTableView *objectView() const { return m_table; }
    QTreeView *sidebar() const { return m_sidebar; }
    Connection *currentConnection() const;
    QString currentBucket() const { return m_bucket; }
    QString currentPrefix() const { return m_prefix; }
    QAction *createBucketAction() const { return m_createBucketAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *undoAction() const { return m_undoAction; }
    BucketActions *bucketActions() const { return m_bucketActions; }
    BulkActions *bulkActions() const { return m_bulkActions; }
    DetailsPane *detailsPane() const { return m_details; }
    // A transfer of at least this many bytes raises a desktop notification when it ends
    // (QSystemTrayIcon::showMessage when the desktop has a tray, else the status bar).
    void setLargeTransferThreshold(qint64 bytes) { m_largeTransferBytes = bytes; }
    // The text of the last notification (also when shown in the status bar).
    QString lastNotification() const { return m_lastNotification; }
    QAction *showVersionsAction() const { return m_showVersionsAction; }
    QAction *pointInTimeAction() const { return m_pointInTimeAction; }

    // Opens a location (also records it for Back).
    void openLocation(Connection *connection, const QString &bucket, const QString &prefix);
    // Creates a bucket on the current connection and selects it when done.
    void createBucket(const QString &name);
    // Uploads local files/folders into the current bucket under prefix (the drop handler).
    void uploadPaths(const QStringList &localPaths, const QString &prefix);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Location
    {
        QPointer<Connection> connection;
        QString bucket;
        QString prefix;
    };

    void setupActions();
    void setupMenus();
    void setupBulkActions(); // bulkactions.h: bulk jobs and the restore of a folder to a moment
    // Sets every text of the window; called once built and on QEvent::LanguageChange.
    void retranslateUi();
    static QIcon themedIcon(QStringView themeName, QStringView ownName);
    void setupCentral();
    void setupConnections(const Options &options);
    void attachSandbox();
    void updateSandboxState();
    void showLocation(const Location &location);
    void rebuildBreadcrumbs();
    void updateStatus();
    void updateActions();
    void onSidebarClicked(const QModelIndex &index);
    void onActivated(const QModelIndex &proxyIndex);
    void onFilterEdited();
    void onContextMenu(const QPoint &pos);
    void onSidebarContextMenu(const QPoint &pos);
    void onUploadFinished(Client::S3Client *client, const QString &bucket, const S3::ObjectEntry &entry);
    // After a version action: updates (or removes) the object's row from a HEAD.
    void refreshObject(const QString &bucket, const QString &key);
    void notifyFinished(const QString &title, const QString &text);
    void goBack();
    void goForward();
    void goUp();
    void showError(const QString &what, const Core::Error &error);
    QList<int> selectedSourceRows() const;

    void showCreateBucketDialog();
    void deleteBucket();
    void newConnection();
    void uploadFilesDialog();
    void uploadFolderDialog();
    void downloadSelection();
    void newFolder();
    void renameSelection();
    void deleteSelection();
    void undoDelete();
    void copyLink();
    void showAbout();
    void showPreferences();

    Client::SecretStore *m_secrets = nullptr;
    QPointer<SandboxController> m_sandbox;
    QString m_profileDir;
    ConnectionModel *m_connections = nullptr;
    Connection *m_sandboxConnection = nullptr;
    ObjectListModel *m_objects = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    TransferModel *m_transfers = nullptr;
    TransferDock *m_transferDock = nullptr;
    DetailsPane *m_details = nullptr;
    QTreeView *m_sidebar = nullptr;
    ObjectTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QWidget *m_breadcrumbs = nullptr;
    QHBoxLayout *m_breadcrumbLayout = nullptr;
    QToolButton *m_backButton = nullptr;
    QToolButton *m_forwardButton = nullptr;
    QToolButton *m_upButton = nullptr;
    QLabel *m_loadedLabel = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QTimer m_filterTimer;

    QPointer<Connection> m_connection;
    QString m_bucket;
    QString m_prefix;
    QList<Location> m_back;
    QList<Location> m_forward;

    struct UndoDelete
    {
        QPointer<Connection> connection;
        QString bucket;
        QList<S3::ObjectIdentifier> markers;
    };
    UndoDelete m_undo;

    QAction *m_createBucketAction = nullptr;
    QAction *m_deleteBucketAction = nullptr;
    QAction *m_newConnectionAction = nullptr;
    QAction *m_uploadFilesAction = nullptr;
    QAction *m_uploadFolderAction = nullptr;
    QAction *m_downloadAction = nullptr;
    QAction *m_newFolderAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_copyLinkAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_showVersionsAction = nullptr;
    qint64 m_largeTransferBytes = 100 * 1024 * 1024;
    QString m_lastNotification;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_pointInTimeAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    BucketActions *m_bucketActions = nullptr; // the Bucket menu: editors for the current bucket
    BulkActions *m_bulkActions = nullptr;     // bulk jobs on the selection
    LanguageManager *m_language = nullptr;
    AppearanceManager *m_appearance = nullptr;
};

} // namespace Gui
