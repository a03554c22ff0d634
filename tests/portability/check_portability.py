#!/usr/bin/env python3
"""Fails when a POSIX header or call in the product's sources (core/, ui/, app/) is outside platform
guards. The programs are built for Windows and macOS too (docs/DEPLOY.md); this machine cannot compile
the Windows branches, so this check at least keeps every POSIX-only line behind #ifdef Q_OS_UNIX (or in
a *_unix.cpp file that CMake adds only if(UNIX)).

usage: check_portability.py SOURCE_DIR
"""
import pathlib
import re
import sys

POSIX_INCLUDE = re.compile(
    r'#\s*include\s*<(unistd\.h|termios\.h|fcntl\.h|poll\.h|signal\.h|csignal|netdb\.h|dlfcn\.h|pthread\.h|'
    r'spawn\.h|sys/[\w/]+\.h|netinet/[\w/]+\.h|arpa/[\w/]+\.h)>')
POSIX_CALL = re.compile(
    r'(?<![\w.>])::(read|write|close|socket|socketpair|connect|bind|listen|accept|fcntl|poll|getrlimit|'
    r'setrlimit|isatty|signal|sigaction|pipe|tcgetattr|tcsetattr|fork|execv\w*|kill|getpid|dup2?)\s*\(')
UNIX_MACROS = re.compile(r'\b(Q_OS_UNIX|Q_OS_LINUX|Q_OS_MACOS|Q_OS_DARWIN|__unix__|__linux__)\b')
NON_UNIX_MACROS = re.compile(r'\b(Q_OS_WIN|_WIN32)\b')


def branch_kind(directive, condition):
    """'unix' when the branch's code only compiles on Unix, 'other' when only elsewhere, else None."""
    negated = directive == 'ifndef' or condition.lstrip().startswith('!')
    if UNIX_MACROS.search(condition):
        return 'other' if negated else 'unix'
    if NON_UNIX_MACROS.search(condition):
        return 'unix' if negated else 'other'
    return None


def problems_in(path, text):
    problems = []
    stack = []  # one [if-kind, in_else] per open #if
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        directive = re.match(r'#\s*(ifdef|ifndef|if|elif|else|endif)\b(.*)', stripped)
        if directive:
            name, condition = directive.group(1), directive.group(2)
            if name in ('if', 'ifdef', 'ifndef'):
                stack.append([branch_kind(name, condition), False])
            elif name == 'elif' and stack:
                stack[-1] = [branch_kind('if', condition), False]
            elif name == 'else' and stack:
                stack[-1][1] = True
            elif name == 'endif' and stack:
                stack.pop()
            if not POSIX_INCLUDE.search(stripped):
                continue

        def guarded():
            for kind, in_else in stack:
                if (kind == 'unix' and not in_else) or (kind == 'other' and in_else):
                    return True
            return False

        if (POSIX_INCLUDE.search(stripped) or POSIX_CALL.search(line.split('//')[0])) and not guarded():
            problems.append(f'{path}:{number}: POSIX-only outside #ifdef Q_OS_UNIX: {stripped}')
    return problems


def self_test():
    """The check only means something if it catches an unguarded call and lets a guarded one pass."""
    cases = {
        '#include <unistd.h>\n': 1,
        'void f() { ::close(3); }\n': 1,
        '#ifdef Q_OS_UNIX\n#include <unistd.h>\nvoid f() { ::close(3); }\n#endif\n': 0,
        '#ifdef Q_OS_WIN\nvoid f() {}\n#else\n#include <termios.h>\n#endif\n': 0,
        '#ifdef Q_OS_UNIX\nint a;\n#else\nvoid f() { ::isatty(0); }\n#endif\n': 1,
        '#ifndef Q_OS_UNIX\n#include <sys/socket.h>\n#endif\n': 1,
        '#if defined(Q_OS_LINUX)\n#ifdef SOCK_CLOEXEC\nvoid f() { ::socket(1, 2, 3); }\n#endif\n#endif\n': 0,
        'void f() { m_socket->close(); QFile::close(); }\n': 0,
    }
    failures = 0
    for text, expected in cases.items():
        found = len(problems_in('case', text))
        if found != expected:
            print(f'self-test: expected {expected} problem(s), found {found} in:\n{text}')
            failures += 1
    return failures


def main():
    if self_test():
        return 1
    root = pathlib.Path(sys.argv[1])
    problems = []
    cmake_text = {}
    for directory in ('core', 'ui', 'app'):
        for path in sorted((root / directory).rglob('*')):
            if path.suffix not in ('.cpp', '.h'):
                continue
            relative = path.relative_to(root)
            if path.stem.endswith('_unix'):
                # Only built where CMake says UNIX.
                cmake = root / directory / 'CMakeLists.txt'
                text = cmake_text.setdefault(cmake, cmake.read_text(encoding='utf-8'))
                block = re.search(r'if\(UNIX\)(.*?)endif\(\)', text, re.S)
                if not block or path.name not in block.group(1):
                    problems.append(f'{relative}: a *_unix file that {cmake.relative_to(root)} does not add only if(UNIX)')
                continue
            problems += problems_in(relative, path.read_text(encoding='utf-8'))
    for problem in problems:
        print(problem)
    print(f'{len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
