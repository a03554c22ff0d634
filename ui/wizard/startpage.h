#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QRadioButton;

class StartPage : public QWizardPage {
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

private:
    void showReportState();
    void showLanguageHint();

    QRadioButton *m_newDiagnosis = nullptr;
    QRadioButton *m_demo = nullptr;
    QRadioButton *m_openReport = nullptr;
    QComboBox *m_profile = nullptr;
    QLabel *m_profileDescription = nullptr;
    QLabel *m_openHint = nullptr;
    QLabel *m_openError = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageHint = nullptr;
    int m_startLanguageIndex = 0; // the choice in effect when the page was made
    QMetaObject::Connection m_viewerConnection;
};
