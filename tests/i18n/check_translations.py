#!/usr/bin/env python3
"""Checks that each finished translation in translations/*.ts can be shown as the English is meant.

lrelease accepts a translation that drops a %1, loses the & of a shortcut, or changes the tokens a user
types (--redact, 1433, Encrypt=Strict); the program then shows wrong text or a wrong key. This catches
those, and a message lupdate filed under no context (tr() through an alias), which the program can never
find at run time.

    check_translations.py miconnect_de.ts miconnect_ja.ts
"""
import re
import sys
import xml.etree.ElementTree as ElementTree
from collections import Counter

PLACEHOLDER = re.compile(r'%(?:n|[1-9])')
ACCELERATOR = re.compile(r'&(?!&)(?=\S)')  # '&' before a character, but not '&&'
LITERAL_WORDS = ['VNet', 'ExpressRoute', 'Point-to-Site', 'Site-to-Site', 'App Service', 'Azure SQL Managed Instance',
                 'Managed Instance', 'SqlClient', 'ODBC', 'JDBC', 'HostNameInCertificate', 'TrustServerCertificate',
                 'Encrypt=True', 'Encrypt=Strict', 'Encrypt=False', 'Connect Timeout', 'nmap', 'Nmap', 'ulimit',
                 'Ctrl+C', 'privatelink', 'IPv4', 'IPv6', 'Azure DNS', 'PRELOGIN', 'Route All', 'RFC 1918', 'Microsoft',
                 'stdout', 'stderr', 'FILE', 'TARGET']
# What must survive translation unchanged: subcommands at the start, product and option names, port numbers,
# symbols, dotted ids, `code`, markup and metavariables.
LITERAL = re.compile(r'^(?:check|scan|demo|simulate|scenarios|explain|compare)\b|\b(?:'
                     + '|'.join(re.escape(word) for word in LITERAL_WORDS)
                     + r')\b|--[a-z][a-z-]*|\b\d{2,5}(?:[-–]\d{2,5})?\b|[→✔✖…—]|\b[a-z]+\.[a-z.-]+\b|`[^`]+`'
                       r'|<[a-z/][^>]*>|[A-Z][A-Z_=]{2,}')
NUMERUS_FORMS = {'en': 2, 'de': 2, 'ja': 1}


def leading_space(text):
    return text[:len(text) - len(text.lstrip())]


def trailing_space(text):
    return text[len(text.rstrip()):]


def check_file(path):
    language = re.search(r'_([a-z]{2})\.ts$', path).group(1)
    problems = []
    for context in ElementTree.parse(path).getroot().iter('context'):
        context_name = context.findtext('name') or ''
        for message in context.iter('message'):
            source = message.findtext('source') or ''
            translation = message.find('translation')

            def problem(what):
                problems.append(f'{path}: [{context_name}] {source[:60]!r}: {what}')

            if not context_name:
                problem('no context: lupdate could not tell the class of this tr() call')
            if translation.get('type'):
                problem(f'translation is {translation.get("type")}')
            if message.get('numerus') == 'yes':
                forms = [form.text or '' for form in translation.findall('numerusform')]
                if len(forms) != NUMERUS_FORMS[language]:
                    problem(f'{len(forms)} plural forms, {NUMERUS_FORMS[language]} expected')
            else:
                forms = [translation.text or '']
            for text in forms:
                if not text.strip():
                    problem('empty translation')
                    continue
                if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text)):
                    problem(f'placeholders {sorted(PLACEHOLDER.findall(source))} became {sorted(PLACEHOLDER.findall(text))}')
                if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(text)):
                    problem(f'shortcut markers differ: {text!r}')
                lost = Counter(token for token in LITERAL.findall(source) if token != 'e.g') - Counter(LITERAL.findall(text))
                if lost:
                    problem(f'lost literal text {sorted(lost)}')
                if leading_space(source) != leading_space(text) or trailing_space(source) != trailing_space(text):
                    problem(f'leading or trailing white space differs: {text!r}')
                if language == 'ja' and ACCELERATOR.findall(source) and not re.search(r'\(&[A-Z0-9]\)(?::|…|\.\.\.)?$', text):
                    problem(f'a Japanese shortcut goes last, as (&X): {text!r}')
                if source.count('\n') != text.count('\n'):
                    problem(f'{source.count(chr(10)) + 1} lines became {text.count(chr(10)) + 1}')
                elif '\n' in source:
                    # Help text: the option column must stay as it is, line by line.
                    option_column = [line[:29] for line in source.split('\n') if re.match(r'  [a-z-]', line)]
                    translated_column = [line[:29] for line in text.split('\n') if re.match(r'  [a-z-]', line)]
                    if option_column != translated_column:
                        problem(f'the option column differs: {option_column} vs {translated_column}')
    return problems


def main(paths):
    problems = [problem for path in paths for problem in check_file(path)]
    for problem in problems:
        print(problem)
    print(f'{len(problems)} problem(s) in {len(paths)} file(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
