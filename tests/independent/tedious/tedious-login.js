'use strict';
// Logs in to a simulated Managed Instance with tedious, a SQL Server driver nobody here wrote, and prints
// one JSON line saying what the driver did: every name it asked for, every TCP connection it opened,
// whether it followed a redirect, and how the login ended.
//
//   node tedious-login.js < simulator.json      (the line `miconnect-cli simulate --json -` prints)
//
// Names are answered from the simulator's "resolve" list and nothing else: no name may reach a real
// resolver, and no connection may leave 127.0.0.0/8. Both guards are installed before tedious loads.
//
// Exit codes: 0 the login ran (whatever its outcome, which is in the JSON); 2 bad input; 3 tedious is
// not installed (run `npm ci` here); 4 a guard refused something (a name outside the list reaching
// for a resolver, or a connection off loopback).

const dns = require('dns');
const dnsPromises = require('dns/promises');
const fs = require('fs');
const net = require('net');

const answers = new Map(); // lower-case host name -> IPv4 address
const lookups = [];        // every name asked for, in order: { name, address | null }
const connects = [];       // every TCP connection opened: { host, port }
const refused = [];        // what the guards stopped

function isLoopbackV4(address) {
  return net.isIPv4(address) && address.startsWith('127.');
}

function notFound(name) {
  // The shape getaddrinfo's failure has in Node, so tedious reports it as it would a real one.
  const error = new Error(`getaddrinfo ENOTFOUND ${name}`);
  error.errno = -3008;
  error.code = 'ENOTFOUND';
  error.syscall = 'getaddrinfo';
  error.hostname = name;
  return error;
}

// dns.lookup's contract: (hostname, [options | family], callback), callback(err, address, family) or,
// with { all: true }, callback(err, [{ address, family }]). Answers come only from `answers`.
function answerFromList(hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  } else if (typeof options === 'number') {
    options = { family: options };
  } else if (options === undefined || options === null) {
    options = {};
  }
  const name = String(hostname);
  let address = answers.get(name.toLowerCase()) ?? null;
  if (address === null && isLoopbackV4(name)) {
    address = name; // a literal needs no resolver
  }
  lookups.push({ name, address });
  process.nextTick(() => {
    if (address === null) {
      callback(notFound(name));
    } else if (options.all) {
      callback(null, [{ address, family: 4 }]);
    } else {
      callback(null, address, 4);
    }
  });
}

function refuse(what) {
  return function refusedResolverCall(...args) {
    refused.push(`${what}(${typeof args[0] === 'string' ? args[0] : ''})`);
    throw new Error(`${what} is not allowed here: names are answered only from the simulator's list`);
  };
}

// Every other way to reach a resolver, in both the callback and the promise APIs, throws: tedious
// 19 only calls dns.lookup (connector.js, sender.js), but a future version must fail loudly here
// rather than quietly send a query to this machine's real DNS server.
function sealResolver(api, promises) {
  for (const key of Object.keys(api)) {
    if (typeof api[key] !== 'function' || key === 'lookup') {
      continue;
    }
    if (/^(resolve|reverse|lookupService|setServers|Resolver)/.test(key)) {
      api[key] = refuse(`dns${promises ? '.promises' : ''}.${key}`);
    }
  }
  api.lookup = promises
    ? (hostname, options) => new Promise((resolve, reject) => {
      const all = typeof options === 'object' && options !== null && options.all;
      answerFromList(hostname, options, (error, address, family) => {
        if (error) {
          reject(error);
        } else {
          resolve(all ? address : { address, family });
        }
      });
    })
    : answerFromList;
}

sealResolver(dns, false);
sealResolver(dns.promises, true);
if (dnsPromises !== dns.promises) {
  sealResolver(dnsPromises, true);
}

// tedious opens its sockets with net.connect on the addresses the lookup gave; anything that is not
// a loopback address (a host name would make net resolve it) is refused before a packet is sent.
const connectOverLoopback = net.connect;
function guardedConnect(...args) {
  const options = typeof args[0] === 'object' && args[0] !== null ? args[0] : { port: args[0], host: args[1] };
  const host = options.host ?? 'localhost';
  if (options.path !== undefined || !isLoopbackV4(host)) {
    refused.push(`net.connect(${options.path ?? host})`);
    throw new Error(`net.connect to ${options.path ?? host} refused: only 127.0.0.0/8 may be reached`);
  }
  connects.push({ host, port: Number(options.port) });
  return connectOverLoopback.apply(this, args);
}
net.connect = guardedConnect;
net.createConnection = guardedConnect;

function finish(result, exitCode) {
  const line = JSON.stringify({ node: process.version, refused, lookups, connects, ...result });
  process.stdout.write(line + '\n', () => process.exit(refused.length > 0 ? 4 : exitCode));
}

let simulator;
try {
  simulator = JSON.parse(fs.readFileSync(0, 'utf8').split('\n')[0]);
  for (const entry of simulator.resolve) {
    const equals = entry.indexOf('=');
    const address = entry.slice(equals + 1);
    if (equals <= 0 || !isLoopbackV4(address)) {
      throw new Error(`resolve entry '${entry}' is not HOST=127.x.y.z`);
    }
    answers.set(entry.slice(0, equals).toLowerCase(), address);
  }
  if (typeof simulator.host !== 'string' || typeof simulator.ca_pem !== 'string') {
    throw new Error('the simulator line has no "host" or "ca_pem"');
  }
} catch (error) {
  finish({ outcome: 'bad-input', message: error.message }, 2);
  return;
}

let tedious;
let tediousVersion;
try {
  tedious = require('tedious');
  tediousVersion = require('tedious/package.json').version;
} catch (error) {
  finish({
    outcome: 'tedious-missing',
    message: `cannot load tedious (${error.code || error.message}): run \`npm ci\` in ${__dirname}`,
  }, 3);
  return;
}

const serverMessages = []; // ERROR tokens, as tedious emits them; the SQL error number is only here
let rerouted = false;
const connection = new tedious.Connection({
  server: simulator.host,
  authentication: {
    type: 'default',
    options: { userName: 'miconnect_probe', password: 'not-a-real-password-0' },
  },
  options: {
    port: 1433,
    encrypt: true,
    trustServerCertificate: false,
    cryptoCredentialsDetails: { ca: simulator.ca_pem },
    connectTimeout: 10000,
    maxRetriesOnTransientErrors: 0,
  },
});
connection.on('errorMessage', (token) => {
  serverMessages.push({ number: token.number, state: token.state, class: token.class, message: token.message,
    server: token.serverName });
});
connection.on('rerouting', () => {
  rerouted = true;
});
connection.connect((error) => {
  const result = { tedious: tediousVersion, rerouted, server_messages: serverMessages };
  if (!error) {
    connection.close();
    finish({ ...result, outcome: 'logged-in' }, 0);
    return;
  }
  const causes = [];
  for (let cause = error.cause; cause; cause = cause.cause) {
    const inner = cause instanceof AggregateError ? cause.errors : [cause];
    causes.push(...inner.map((each) => ({ code: each.code ?? null, message: each.message })));
    if (cause instanceof AggregateError) {
      break;
    }
  }
  finish({ ...result, outcome: 'error', error: { code: error.code ?? null, message: error.message, causes } }, 0);
});
