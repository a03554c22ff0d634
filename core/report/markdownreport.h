#pragma once

#include "report.h"

// Markdown that reads well pasted into a ticket (GitHub, Azure DevOps, Jira's Markdown): a header with
// tool version, time, machine and scenario; the checks as a table; the findings with remedy steps and
// sources. Translated like the text report.
QString reportToMarkdown(const Report &report);
