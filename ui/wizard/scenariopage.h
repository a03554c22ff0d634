#pragma once

#include <QWizardPage>

class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;

// Where the application runs: the scenarios as clear choices with an icon and one line each, and a few
// "not sure?" questions that pick one.
class ScenarioPage : public QWizardPage {
    Q_OBJECT
    Q_PROPERTY(QString scenarioId READ scenarioId WRITE setScenarioId NOTIFY scenarioChanged)

public:
    explicit ScenarioPage(QWidget *parent = nullptr);

    QString scenarioId() const;
    void setScenarioId(const QString &id);

signals:
    void scenarioChanged();

private:
    void showQuestion(const QString &questionId);

    QListWidget *m_list = nullptr;
    QPushButton *m_notSure = nullptr;
    QGroupBox *m_questions = nullptr;
    QLabel *m_question = nullptr;
    QVBoxLayout *m_answers = nullptr;
    QLabel *m_suggestion = nullptr;
};
