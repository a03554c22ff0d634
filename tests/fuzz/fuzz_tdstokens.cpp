// libFuzzer: a server's answer to LOGIN7 (the probe reads it) and a client's LOGIN7 (the simulator
// reads it). Both are hostile bytes; each parser gets every input.
#include "probe/tdslogin.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // The token stream: an empty error means a final DONE was read; nothing is invented.
    const Tds::LoginResponseParse answer = Tds::parseLoginResponse(bytes);
    const Tds::LoginResponse &response = answer.response;
    if (answer.error.isEmpty() && !response.done)
        __builtin_trap();
    if (response.tokens.size() > bytes.size())
        __builtin_trap();
    // What was read builds back into tokens that read the same.
    for (const Tds::ServerMessage &message : response.errors) {
        const auto again = Tds::parseLoginResponse(Tds::buildErrorToken(message) + Tds::buildDoneToken(0));
        if (!again.error.isEmpty() || again.response.errors.size() != 1
            || again.response.errors[0].number != message.number || again.response.errors[0].text != message.text
            || again.response.errors[0].serverName != message.serverName)
            __builtin_trap();
    }
    if (response.routing) {
        const auto again = Tds::parseLoginResponse(Tds::buildRoutingToken(*response.routing) + Tds::buildDoneToken(0));
        if (!again.response.routing || again.response.routing->port != response.routing->port
            || again.response.routing->server != response.routing->server)
            __builtin_trap();
    }
    if (response.loginAck) {
        const auto again
            = Tds::parseLoginResponse(Tds::buildLoginAckToken(*response.loginAck) + Tds::buildDoneToken(0));
        if (!again.response.loginAck || again.response.loginAck->tdsVersion != response.loginAck->tdsVersion
            || again.response.loginAck->programName != response.loginAck->programName)
            __builtin_trap();
        (void)response.loginAck->tdsVersionText();
    }
    for (const quint8 token : response.tokens)
        (void)Tds::tokenName(token);

    // LOGIN7: whatever parses builds back into a payload that parses to the same fields. The
    // password is never decoded, so the rebuilt one is a stand-in of the same presence.
    const Tds::Login7Parse login = Tds::parseLogin7Payload(bytes);
    if (login.login.has_value() == !login.error.isEmpty())
        __builtin_trap();
    if (login.login) {
        const QString standIn = login.hasPassword ? QStringLiteral("x") : QString();
        const Tds::Login7Parse again = Tds::parseLogin7Payload(Tds::buildLogin7Payload(*login.login, standIn));
        if (!again.login || *again.login != *login.login || again.hasPassword != login.hasPassword)
            __builtin_trap();
    }
    return 0;
}
