import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var net = __nccwpck_require__(278);
var tls = __nccwpck_require__(756);
var http = __nccwpck_require__(611);
var https = __nccwpck_require__(692);
var events = __nccwpck_require__(434);
var assert = __nccwpck_require__(613);
var util = __nccwpck_require__(23);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
exports.debug = debug; // for test


/***/ }),

/***/ 407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(664);

// tunnel, http-client's proxy agent, calls new Buffer() when the proxy URL carries credentials,
// and Node would print DEP0005 into the workflow log: noise no workflow author can act on.
process.noDeprecation = true;
// Awaited at the top level, so that a run that never settles ends with exit code 13, a failure,
// rather than a silent pass. This module imports one other and holds nothing else: webpack cannot
// merge a module that awaits at the top level into the others, and gave each module it imports
// (and each module shared by two of those) a scope and export getters of its own; with one
// import, all of src/ is merged into one scope. Peak RSS on Node 24: 0.3 MiB less (see
// "is one scope" in __tests__/startup.test.ts).
await (0,_step_js__WEBPACK_IMPORTED_MODULE_0__/* .runStep */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 664:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ runStep)
});

// NAMESPACE OBJECT: ./src/report/log.ts
var log_namespaceObject = {};
__nccwpck_require__.r(log_namespaceObject);
__nccwpck_require__.d(log_namespaceObject, {
  ANNOTATION_TITLE: () => (ANNOTATION_TITLE),
  debug: () => (log_debug),
  error: () => (log_error),
  info: () => (log_info),
  protectKey: () => (protectKey),
  warning: () => (log_warning)
});

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(928);
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./src/shims/tunnel.cjs
var tunnel = __nccwpck_require__(303);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./src/shims/undici.ts
// The bundle's 'undici' (tsconfig.json `paths`). @actions/http-client imports ProxyAgent from undici
// for getAgentDispatcher() alone, which this action never calls; yet undici is most of what the
// bundle would be, and evaluating it loads http2, zlib, worker_threads and more. So undici is built
// into a file of its own, dist/undici/index.cjs (see the bundle script), read on the first
// `new ProxyAgent()`. webpack leaves a createRequire() call in ES modules to run time, which is
// what keeps that file out of dist/index.js; the startup tests notice if that ever changes.

/** Relative to dist/index.js, where this module ends up. */
const UNDICI_BUNDLE = './undici/index.cjs';
let undici;
/** Constructs undici's own ProxyAgent: `new` returns that object, so callers get the real one. */
const ProxyAgent = function ProxyAgent(options) {
    undici ??= (0,external_node_module_namespaceObject.createRequire)(import.meta.url)(UNDICI_BUNDLE);
    return new undici.ProxyAgent(options);
};

;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class lib_HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel/* httpsOverHttps */.vX : tunnel/* httpsOverHttp */.I9;
            }
            else {
                tunnelAgent = overHttps ? tunnel/* httpOverHttps */.aQ : tunnel/* httpOverHttp */.xj;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: ./src/shims/exec.cjs
var shims_exec = __nccwpck_require__(354);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return file_command_issueFileCommand('STATE', file_command_prepareKeyValueMessage(name, value));
    }
    command_issueCommand('save-state', { name }, utils_toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
;// CONCATENATED MODULE: ./src/decimal.ts
const DECIMAL_PATTERN = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
// Exponents beyond this are not amounts of money; refusing them keeps BigInt work bounded.
const MAX_EXPONENT = 1000;
/** Parses `12`, `-0.50`, `1.2e3`. Returns undefined for anything else (including `.5`, `5.`). */
function parseDecimal(text) {
    const match = DECIMAL_PATTERN.exec(text);
    if (!match)
        return undefined;
    const [, sign = '', whole = '', fraction = '', exponentText] = match;
    const exponent = exponentText === undefined ? 0 : Number(exponentText);
    if (Math.abs(exponent) > MAX_EXPONENT)
        return undefined;
    let units = BigInt(whole + fraction);
    let scale = fraction.length - exponent;
    if (scale < 0) {
        units *= 10n ** BigInt(-scale);
        scale = 0;
    }
    return { units: sign === '-' ? -units : units, scale };
}
/** -1, 0 or 1 as a is less than, equal to or greater than b. */
function compareDecimals(a, b) {
    const scale = Math.max(a.scale, b.scale);
    const left = a.units * 10n ** BigInt(scale - a.scale);
    const right = b.units * 10n ** BigInt(scale - b.scale);
    return left < right ? -1 : left > right ? 1 : 0;
}
function isPositive(value) {
    return value.units > 0n;
}
/** a - b, exact, at the larger of the two scales. */
function subtractDecimals(a, b) {
    const scale = Math.max(a.scale, b.scale);
    return { units: rescale(a, scale) - rescale(b, scale), scale };
}
/** a / b to `places` decimal places, rounded as asked. Throws a RangeError when b is zero. */
function divideDecimals(a, b, places, rounding) {
    checkPlaces(places);
    if (b.units === 0n)
        throw new RangeError('division by zero');
    // a / b x 10^places = a.units x 10^(b.scale + places) / (b.units x 10^a.scale)
    const numerator = a.units * 10n ** BigInt(b.scale + places);
    const denominator = b.units * 10n ** BigInt(a.scale);
    return { units: divideIntegers(numerator, denominator, rounding), scale: places };
}
/**
 * The value rounded half away from zero to `places` decimal places, written plainly: `-0.42`,
 * `12.40`, `0.00` (a value that rounds to zero has no sign), never an exponent.
 */
function formatDecimal(value, places) {
    checkPlaces(places);
    const units = places >= value.scale
        ? rescale(value, places)
        : divideIntegers(value.units, 10n ** BigInt(value.scale - places), 'half-away-from-zero');
    const digits = (units < 0n ? -units : units).toString().padStart(places + 1, '0');
    const whole = digits.slice(0, digits.length - places);
    const fraction = places > 0 ? `.${digits.slice(digits.length - places)}` : '';
    return `${units < 0n ? '-' : ''}${whole}${fraction}`;
}
/**
 * The decimal places of an amount as written: `110.00` -> 2, `5` -> 0. For an exponent form it is
 * the scale the value parses to (`1.25e-1` -> 3, `1.2e3` -> 0). Throws a RangeError for text that
 * is not a decimal.
 */
function decimalPlaces(text) {
    const value = parseDecimal(text);
    if (!value)
        throw new RangeError('not a decimal');
    return value.scale;
}
function rescale(value, scale) {
    return value.units * 10n ** BigInt(scale - value.scale);
}
function checkPlaces(places) {
    if (!Number.isSafeInteger(places) || places < 0) {
        throw new RangeError('places must be a whole number, zero or more');
    }
}
function divideIntegers(numerator, denominator, rounding) {
    if (denominator < 0n)
        return divideIntegers(-numerator, -denominator, rounding);
    if (rounding === 'floor') {
        const quotient = numerator / denominator; // BigInt division truncates toward zero
        return numerator % denominator < 0n ? quotient - 1n : quotient;
    }
    const magnitude = numerator < 0n ? -numerator : numerator;
    const rounded = (2n * magnitude + denominator) / (2n * denominator);
    return numerator < 0n ? -rounded : rounded;
}
/**
 * JSON text with the amount fields' numbers put in quotes. An older version of DeepSeek's docs
 * typed the amounts as JSON numbers, and JSON.parse would round those to doubles; quoted, they
 * keep every digit (Node 20 has no access to the source text of a parsed number). Inside a JSON
 * string the field names would be escaped, so only real fields match.
 */
function quoteAmountNumbers(json) {
    return json.replace(/("(?:total|granted|topped_up)_balance"\s*:\s*)(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g, '$1"$2"');
}

;// CONCATENATED MODULE: ./src/errors.ts
// The error types. Their sentences are written in report/messages.ts, from clean text only.
/** A workflow input that cannot be used. The text names the input and what it accepts. */
class InputError extends Error {
    input;
    text;
    constructor(input, text) {
        super(text);
        this.input = input;
        this.text = text;
        this.name = 'InputError';
    }
}
/** The balance could not be read: the network, the deadline, an HTTP error, a body that is not a balance. */
class BalanceFetchError extends Error {
    text;
    retryable;
    hint;
    retryAfterMs;
    constructor(text, details) {
        super(text, details.cause === undefined ? undefined : { cause: details.cause });
        this.text = text;
        this.name = 'BalanceFetchError';
        this.retryable = details.retryable;
        this.hint = details.hint;
        this.retryAfterMs = details.retryAfterMs;
    }
}
/** A runner file (outputs, summary) could not be written; the verdict was logged before. */
class RunnerFileError extends Error {
    text;
    constructor(text, cause) {
        super(text, { cause });
        this.text = text;
        this.name = 'RunnerFileError';
    }
}

;// CONCATENATED MODULE: ./src/format.ts
/** `1 attempt`, `3 attempts`. */
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/** Milliseconds as seconds with one decimal: `1.3 s`. */
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
/** A length of time as a reader would say it: `45 s`, `6 min`, `3.2 h`, `7.0 days`. */
function duration(ms) {
    const secondsTotal = Math.max(0, ms) / 1000;
    if (secondsTotal < 90)
        return `${Math.round(secondsTotal)} s`;
    if (secondsTotal < 90 * 60)
        return `${Math.round(secondsTotal / 60)} min`;
    if (secondsTotal < 48 * 3600)
        return `${(secondsTotal / 3600).toFixed(1)} h`;
    return `${(secondsTotal / 86400).toFixed(1)} days`;
}
/**
 * `2026-11-27T08:30:05.042Z`, as Date#toISOString writes it for years 0 to 9999. By hand because
 * toISOString alone adds about 1 MiB to the action's peak memory on Node 20 and 24 (npm run bench).
 */
function format_isoTimestamp(date) {
    const pad = (value, width = 2) => String(value).padStart(width, '0');
    const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
    return `${day}T${time}.${pad(date.getUTCMilliseconds(), 3)}Z`;
}

;// CONCATENATED MODULE: ./src/read/retry.ts

/**
 * The retry policy, in one place: which failures are worth another attempt, how long to wait,
 * and the loop. The benchmark imports its constants from here.
 */
const BACKOFF_BASE_MS = 1000;
const BACKOFF_CAP_MS = 16_000;
const RETRY_AFTER_CAP_MS = 60_000;
/** Each backoff is scaled by a random factor in [1 - JITTER, 1 + JITTER). */
const JITTER = 0.2;
/** DeepSeek's 429, 500 and 503, and a gateway's 502 and 504. 501, 505, 511 ... would come again. */
const RETRIED_STATUSES = [429, 500, 502, 503, 504];
/**
 * Network errors another attempt may not meet. A name that does not resolve (ENOTFOUND) is
 * final: it is almost always a typo in base-url or a runner without DNS, which a second look-up
 * a second later does not fix; EAI_AGAIN is the resolver saying "not now".
 */
const RETRIED_NETWORK_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'ECONNABORTED',
    'EPIPE',
    'EAI_AGAIN',
    'ETIMEDOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN'
]);
function isRetriedStatus(status) {
    return RETRIED_STATUSES.includes(status);
}
function isRetriedNetworkCode(code) {
    return RETRIED_NETWORK_CODES.has(code);
}
/** Exponential backoff with jitter: about 1 s, 2 s, 4 s ... for retry 1, 2, 3 ..., capped. */
function backoffDelayMs(retryNumber, random = Math.random) {
    const base = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, retryNumber - 1));
    return Math.round(base * (1 - JITTER + 2 * JITTER * random()));
}
/**
 * The wait a `Retry-After` header asks for, in seconds or as an HTTP date, capped so that a
 * server cannot park the job; undefined when the header is absent or unreadable.
 */
function retryAfterMs(header, nowMs) {
    if (header === undefined)
        return undefined;
    const value = header.trim();
    let delay;
    if (/^\d+$/.test(value)) {
        delay = Number(value) * 1000;
    }
    else {
        const date = Date.parse(value);
        if (Number.isNaN(date) || !/[a-z]/i.test(value))
            return undefined;
        delay = Math.max(0, date - nowMs);
    }
    return Math.min(delay, RETRY_AFTER_CAP_MS);
}
/** The server's `Retry-After` wins when present; otherwise exponential backoff. */
function retryDelayMs(retryNumber, serverAskedMs, random = Math.random) {
    return serverAskedMs ?? backoffDelayMs(retryNumber, random);
}
const realClock = {
    now: () => Date.now(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
    random: () => Math.random()
};
/** Runs `attempt` until it succeeds, fails for good, or `retries` more attempts have failed. */
async function withRetries(attempt, loop) {
    const { clock } = loop;
    const started = clock.now();
    for (let number = 1;; number++) {
        try {
            const value = await attempt(number);
            return { value, attempts: number, elapsedMs: clock.now() - started };
        }
        catch (error) {
            if (!(error instanceof BalanceFetchError))
                throw error;
            if (!error.retryable || number > loop.retries) {
                throw loop.onGiveUp(error, number, clock.now() - started);
            }
            const delay = retryDelayMs(number, error.retryAfterMs, clock.random);
            loop.onRetry(error, number, delay);
            await clock.sleep(delay);
        }
    }
}

;// CONCATENATED MODULE: ./src/report/outside-text.ts
/**
 * THE boundary for outside text. Every string that did not come from this action's own source
 * (server bodies and headers, redirect targets, echoed inputs, file-system errors) becomes
 * `CleanText` here before it reaches a log line, an annotation, an output or the summary. The
 * sinks (report/log.ts, report/outputs.ts, report/summary.ts) accept only `CleanText`, so an
 * uncleaned string does not type-check.
 */
/** Pieces of a secret this long or longer are removed: a truncated echo is still a leak. */
const MIN_SECRET_PIECE = 6;
/** Default cap on one piece of outside text, in characters; longer text ends with `...`. */
const MAX_OUTSIDE_LENGTH = 200;
// Only the start of a long body is examined: the shown text is capped far below this anyway.
const MAX_SCANNED_LENGTH = 16_384;
const MAX_DECODE_ROUNDS = 4;
const secrets = new Set();
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Registers a secret (the API key) to be removed from all outside text from now on. */
function protectSecret(secret) {
    if (secret !== '')
        secrets.add(secret);
}
/** For tests: forget every registered secret. */
function forgetSecrets() {
    secrets.clear();
}
/** Outside text, cleaned with the registered secrets. */
function clean(raw, maxLength = MAX_OUTSIDE_LENGTH) {
    return cleanOutsideText(raw, [...secrets], maxLength);
}
/**
 * A URL as it may be shown anywhere: scheme, host, port and path only. Userinfo, query and
 * fragment can carry credentials and are never shown.
 */
function cleanUrl(url, maxLength = MAX_OUTSIDE_LENGTH) {
    return clean(`${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`, maxLength);
}
/**
 * Our own sentence with cleaned parts: a tagged template whose literal parts come from this
 * source code and whose values must be `CleanText` or numbers, so raw outside text cannot be
 * spliced in.
 */
function ours(strings, ...values) {
    return strings.reduce((text, literal, index) => text + String(values[index - 1]) + literal);
}
/** One line of JSON from clean parts; no cleaning again, which could cut or change its syntax. */
function cleanJson(value) {
    return JSON.stringify(value);
}
/** Joins clean parts (for example a message and its hint). */
function joinClean(parts, separator = ' ') {
    return parts.filter(part => part !== undefined && part !== '').join(separator);
}
/**
 * The whole cleaning, in this order: decode JSON, percent and HTML escapes (so an encoded key
 * is seen); normalise (NFKC, and letters that only look Latin); remove what renders as nothing
 * or moves the cursor; remove the secrets and every piece of them of MIN_SECRET_PIECE characters
 * or more, in any letter case, also spread out by separators; neutralise runner commands; one
 * line; cap the length.
 */
function cleanOutsideText(raw, secretList, maxLength = MAX_OUTSIDE_LENGTH) {
    let text = decodeEscapes(raw.slice(0, MAX_SCANNED_LENGTH));
    // Printable ASCII has nothing to normalise and nothing invisible; skipping the Unicode tables
    // there keeps them (about a MiB) out of a run that meets no other text.
    if (!PRINTABLE_ASCII.test(text))
        text = withoutInvisibles(normalise(text));
    for (const secret of secretList)
        text = withoutSecret(text, secret);
    return capLength(oneLine(neutraliseCommands(text)), maxLength);
}
function decodeEscapes(text) {
    let current = text;
    for (let round = 0; round < MAX_DECODE_ROUNDS; round++) {
        const next = decodeHtmlEntities(decodePercent(decodeJsonEscapes(current)));
        if (next === current)
            break;
        current = next;
    }
    return current;
}
const JSON_SIMPLE_ESCAPES = {
    n: '\n',
    r: '\r',
    t: '\t',
    b: '\b',
    f: '\f',
    '"': '"',
    '/': '/',
    '\\': '\\'
};
function decodeJsonEscapes(text) {
    return text.replace(/\\(?:u([0-9a-fA-F]{4})|([nrtbf"/\\]))/g, (_match, hex, simple) => hex !== undefined
        ? String.fromCharCode(parseInt(hex, 16))
        : (JSON_SIMPLE_ESCAPES[simple ?? ''] ?? ''));
}
function decodePercent(text) {
    return text.replace(/(?:%[0-9a-fA-F]{2})+/g, run => Buffer.from(run.replace(/%/g, ''), 'hex').toString('utf8'));
}
function decodeHtmlEntities(text) {
    return text.replace(/&#(?:x([0-9a-fA-F]{1,6})|(\d{1,7}));?/g, (match, hex, dec) => {
        const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
        return code <= 0x10ffff ? String.fromCodePoint(code) : match;
    });
}
// Letters of other scripts that look like the Latin letters and digits an API key is made of:
// Cyrillic (U+04xx, U+05xx) and Greek (U+03xx) small letters, then capitals. NFKC leaves them
// alone; a reader would not. Written as escapes, as is every non-ASCII character in src/: see
// "dist/index.js is ASCII" in __tests__/startup.test.ts.
const LOOKALIKES = {
    '\u0430': 'a',
    '\u0432': 'b',
    '\u0441': 'c',
    '\u0501': 'd',
    '\u0435': 'e',
    '\u04bb': 'h',
    '\u0456': 'i',
    '\u0458': 'j',
    '\u043a': 'k',
    '\u04cf': 'l',
    '\u043c': 'm',
    '\u043e': 'o',
    '\u0440': 'p',
    '\u051b': 'q',
    '\u0455': 's',
    '\u0442': 't',
    '\u057d': 'u',
    '\u051d': 'w',
    '\u0445': 'x',
    '\u0443': 'y',
    '\u03bf': 'o',
    '\u03b1': 'a',
    '\u03bd': 'v',
    '\u03b9': 'i',
    '\u03ba': 'k',
    '\u03c4': 't',
    '\u03c1': 'p',
    '\u0391': 'A',
    '\u0412': 'B',
    '\u0421': 'C',
    '\u0415': 'E',
    '\u041d': 'H',
    '\u0406': 'I',
    '\u0408': 'J',
    '\u041a': 'K',
    '\u041c': 'M',
    '\u041e': 'O',
    '\u0420': 'P',
    '\u0405': 'S',
    '\u0422': 'T',
    '\u0425': 'X',
    '\u04ae': 'Y',
    '\u039f': 'O',
    '\u0392': 'B',
    '\u0395': 'E',
    '\u0396': 'Z',
    '\u0397': 'H',
    '\u0399': 'I',
    '\u039a': 'K',
    '\u039c': 'M',
    '\u039d': 'N',
    '\u03a1': 'P',
    '\u03a4': 'T',
    '\u03a7': 'X',
    '\u03a5': 'Y'
};
const LOOKALIKE_PATTERN = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'g');
function normalise(text) {
    return text.normalize('NFKC').replace(LOOKALIKE_PATTERN, letter => LOOKALIKES[letter] ?? letter);
}
// What renders as nothing or moves the cursor: control (Cc) and format (Cf) characters,
// combining marks (Mn, Me: variation selectors and the combining grapheme joiner among them),
// line and paragraph separators (Zl, Zp), unassigned, private-use and lone surrogate code
// points, every default-ignorable code point (Hangul fillers, Mongolian selectors, tags), and
// the blank Braille pattern. White space among them becomes a space, so words stay apart.
// Built on first use: a `\p{...}` pattern is checked against Unicode's tables when it is parsed,
// which a run that meets only printable ASCII never needs.
let invisible;
const INVISIBLE_PATTERN = '[\\p{Cc}\\p{Cf}\\p{Mn}\\p{Me}\\p{Zl}\\p{Zp}\\p{Cn}\\p{Co}\\p{Cs}\\p{Default_Ignorable_Code_Point}\\u2800]';
function withoutInvisibles(text) {
    invisible ??= new RegExp(INVISIBLE_PATTERN, 'gu');
    return text.replace(invisible, character => (/\s/.test(character) ? ' ' : ''));
}
/**
 * Removes the secret: the whole of it and every piece of MIN_SECRET_PIECE characters or more in
 * any letter case, as written or with separators (spaces, punctuation) between its letters and
 * digits; and masked echoes such as DeepSeek's `****abcd`, which show the key's last characters.
 */
function withoutSecret(raw, secret) {
    const text = raw.replace(/\*{3,}[A-Za-z0-9_-]+/g, '***');
    const lower = asciiLower(text);
    const secretLower = asciiLower(secret);
    const covered = new Uint8Array(text.length);
    let found = coverPieces(lower, secretLower, covered, index => index);
    // The same over letters and digits only, so `s k - a b c ...` or `skabc-defgh-...` is found too.
    const secretSkeleton = secretLower.replace(/[^a-z0-9]/g, '');
    // A secret that is mostly punctuation has too short a skeleton to tell apart from any text.
    if (secretSkeleton.length >= MIN_SECRET_PIECE) {
        const skeleton = lower.replace(/[^a-z0-9]/g, '');
        let positions;
        const toOriginal = (index) => (positions ??= skeletonPositions(lower))[index] ?? 0;
        found = coverPieces(skeleton, secretSkeleton, covered, toOriginal) || found;
    }
    if (!found)
        return text;
    const parts = [];
    for (let index = 0; index < text.length;) {
        const start = index;
        const hidden = covered[index] === 1;
        while (index < text.length && (covered[index] === 1) === hidden)
            index++;
        parts.push(hidden ? '***' : text.slice(start, index));
    }
    return parts.join('');
}
/** Where each letter and digit of `text` stands, in order: the skeleton's index to the text's. */
function skeletonPositions(text) {
    const positions = [];
    for (let index = 0; index < text.length; index++) {
        if (/[a-z0-9]/.test(text[index] ?? ''))
            positions.push(index);
    }
    return positions;
}
/** Lower case for A-Z only, so that indexes stay those of the original text. */
function asciiLower(text) {
    // For ASCII, toLowerCase() is exactly that, without a call per capital letter.
    if (!/[\u0080-\uffff]/.test(text))
        return text.toLowerCase();
    return text.replace(/[A-Z]/g, letter => letter.toLowerCase());
}
/**
 * Marks in `covered` every place where a window of MIN_SECRET_PIECE characters of `secret`
 * stands in `text` (overlapping ones too), and says whether there was one. Every longer piece is
 * a run of such windows. `toOriginal` maps an index of `text` to one of the text `covered`
 * describes.
 */
function coverPieces(text, secret, covered, toOriginal) {
    const width = Math.min(MIN_SECRET_PIECE, secret.length);
    if (width === 0 || text.length < width)
        return false;
    let found = false;
    for (let start = 0; start + width <= secret.length; start++) {
        const window = secret.slice(start, start + width);
        for (let at = text.indexOf(window); at >= 0; at = text.indexOf(window, at + 1)) {
            covered.fill(1, toOriginal(at), toOriginal(at + width - 1) + 1);
            found = true;
        }
    }
    return found;
}
/**
 * The runner reads `::name::` at the start of a line (after spaces) and the legacy `##[name]`
 * anywhere in a line. Neither survives: `##[` becomes `## [`, a leading `::` becomes `: :`.
 */
function neutraliseCommands(text) {
    return text.replace(/##\[/g, '## [').replace(/^(\s*):(?=:)/gm, '$1: ');
}
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
function capLength(text, maxLength) {
    // No text has more characters than UTF-16 units: most need no counting (nor an array of them).
    if (text.length <= maxLength)
        return text;
    const characters = Array.from(text);
    if (characters.length <= maxLength)
        return text;
    return `${characters.slice(0, Math.max(0, maxLength - 1)).join('')}\u2026`;
}

;// CONCATENATED MODULE: ./src/report/messages.ts




/**
 * Every sentence a workflow author reads: input errors, fetch errors, verdicts, spend, runner
 * file errors. Each is built with `ours` from literal text and clean parts only.
 */
const TOP_UP_URL = 'https://platform.deepseek.com/top_up';
const TOP_UP = ours `https://platform.deepseek.com/top_up`;
const CHECK_NETWORK = ours `Check base-url, the network and any proxy (HTTPS_PROXY, NO_PROXY).`;
const CHECK_GATEWAY = ours `Check base-url and any gateway in between.`;
// -- Inputs ----------------------------------------------------------------------------------
/** What each input accepts, for the error that names it. `\u2265` is the at-least sign. */
const EXPECTED = {
    'base-url': ours `an http(s) URL such as https://api.deepseek.com or https://gateway.example/deepseek, without credentials, query or fragment`,
    timeout: ours `a whole number of milliseconds from 1 to 3600000`,
    retries: ours `a whole number from 0 to 10`,
    'min-balance': ours `empty or a decimal number \u2265 0 such as 5 or 12.50`,
    'warn-balance': ours `empty or a decimal number \u2265 0 such as 5 or 12.50`,
    'max-spend': ours `empty or a decimal number \u2265 0 such as 5 or 12.50`,
    'warn-runway-days': ours `empty or a decimal number \u2265 0 such as 7 or 2.5`,
    currency: ours `CNY or USD (any letter case), or empty`,
    'fail-on-insufficient': ours `true or false`,
    summary: ours `true or false`,
    'report-spend': ours `true or false`
};
/** An input value that is not what the input accepts; the value is shown cleaned and short. */
function invalidInput(input, value) {
    return new InputError(input, ours `Input '${clean(input)}' must be ${EXPECTED[input]}; got '${clean(value, 60)}'.`);
}
/** A base-url with credentials, a query or a fragment: shown without them. */
function baseUrlWithExtras(url) {
    return new InputError('base-url', ours `Input 'base-url' must be ${EXPECTED['base-url']}; got '${cleanUrl(url, 100)}' with them (not shown).`);
}
function apiKeyMissing() {
    return new InputError('api-key', ours `Input 'api-key' is required: pass your DeepSeek API key from a secret, e.g. api-key: \${{ secrets.DEEPSEEK_API_KEY }}. If it is set, the secret may be empty or not available to this workflow (secrets are not passed to workflows from forks, nor to Dependabot's).`);
}
function apiKeyWithWhitespace() {
    return new InputError('api-key', ours `Input 'api-key' contains whitespace; a DeepSeek API key is a single word (sk-...). Check the secret's value.`);
}
function apiKeyNotPrintable() {
    return new InputError('api-key', ours `Input 'api-key' contains characters that are not printable ASCII; a DeepSeek API key is letters, digits and dashes (sk-...). Check the secret's value.`);
}
function warnNotAboveMin(warn, min) {
    return ours `warn-balance ${warn} is not above min-balance ${min}, so it never applies: a balance below it already fails the check. Raise warn-balance or remove it.`;
}
// -- Reading the balance ---------------------------------------------------------------------
function attemptStarted(attempt, maxAttempts, url) {
    return ours `Attempt ${attempt} of ${maxAttempts}: GET ${cleanUrl(url)}`;
}
function attemptSucceeded(attempt) {
    return ours `Attempt ${attempt} succeeded.`;
}
function attemptFailed(attempt, error) {
    return ours `Attempt ${attempt} failed: ${error.text}`;
}
function retrying(error, attempt, maxAttempts, delayMs) {
    return ours `Attempt ${attempt} of ${maxAttempts} failed: ${error.text} Retrying in ${clean(seconds(delayMs))}.`;
}
/** The last failure, with how many attempts were made and how long they took. */
function gaveUp(error, attempts, elapsedMs) {
    return new BalanceFetchError(ours `${error.text} ${clean(plural(attempts, 'attempt'))} over ${clean(seconds(elapsedMs))}.`, { retryable: false, ...(error.hint && { hint: error.hint }), cause: error });
}
function timedOut(timeoutMs, headersReceived) {
    const phase = headersReceived ? ours ` (the headers came, the body did not finish)` : ours ``;
    return new BalanceFetchError(ours `DeepSeek did not answer within the ${timeoutMs} ms timeout${phase}.`, {
        retryable: true,
        hint: ours `DeepSeek may be busy: raise timeout or retries, or check the network and proxy.`
    });
}
function bodyTooLarge(limitBytes) {
    return new BalanceFetchError(ours `DeepSeek's response is larger than ${limitBytes / 1024 / 1024} MiB; a balance is a few hundred bytes, so reading stopped.`, {
        retryable: false,
        hint: ours `Check that base-url points at the DeepSeek API or a gateway for it.`
    });
}
function connectionClosedEarly(target, cause) {
    return new BalanceFetchError(ours `Could not read DeepSeek's answer from ${clean(target.host, 100)}: the connection closed before the response was complete.`, { retryable: true, hint: CHECK_NETWORK, cause });
}
/** A non-2xx answer, naming the status and what the server said (`detail`, cleaned). */
function httpFailure(status, detail, retryAfterMs) {
    const got = detail ? ours `HTTP ${status}: ${detail}` : ours `HTTP ${status}`;
    const retryable = isRetriedStatus(status);
    const withWait = { retryable, ...(retryAfterMs !== undefined && { retryAfterMs }) };
    if (status === 401 || status === 403) {
        return new BalanceFetchError(ours `DeepSeek rejected the API key (${got}).`, {
            ...withWait,
            hint: ours `Check the secret passed as api-key: it must be a current DeepSeek API key (sk-...).`
        });
    }
    if (status === 402) {
        return new BalanceFetchError(ours `DeepSeek reports insufficient balance (${got}).`, {
            ...withWait,
            hint: ours `Top up at ${TOP_UP}.`
        });
    }
    if (status === 429) {
        return new BalanceFetchError(ours `DeepSeek rate-limited the request (${got}).`, {
            ...withWait,
            hint: ours `Raise retries, or run the check less often.`
        });
    }
    if (retryable) {
        return new BalanceFetchError(ours `DeepSeek had a server error (${got}).`, {
            ...withWait,
            hint: ours `DeepSeek may be overloaded: raise retries, or try later.`
        });
    }
    if (status >= 500) {
        // 501, 505, 511 (what captive portals send) ...: another attempt would get the same answer.
        return new BalanceFetchError(ours `DeepSeek, or something in between, answered ${got}.`, {
            ...withWait,
            hint: ours `Check base-url, and any proxy or captive portal between the runner and DeepSeek.`
        });
    }
    return new BalanceFetchError(ours `DeepSeek refused the request (${got}).`, {
        ...withWait,
        hint: status === 404
            ? ours `Check base-url: it must be the DeepSeek API root (https://api.deepseek.com) or a gateway prefix for it.`
            : CHECK_GATEWAY
    });
}
/** A 200 whose body is not a balance; `what` says how (our words), the body is described. */
function notABalance(what, body, contentType) {
    return new BalanceFetchError(ours `DeepSeek answered with ${what}, not a balance (${describeBody(body, contentType)}).`, {
        retryable: false,
        hint: ours `If a proxy or captive portal sits between the runner and DeepSeek, check base-url and the proxy settings.`
    });
}
/**
 * What an error body says: DeepSeek's own `error.message` (or a top-level `message`) when there
 * is one, else a description of the body.
 */
function describeErrorBody(body, contentType) {
    if (body.trim() === '')
        return ours ``;
    try {
        const json = JSON.parse(body);
        const error = json?.error;
        const text = typeof error?.message === 'string'
            ? error.message
            : json?.message;
        if (typeof text === 'string' && text.trim() !== '')
            return clean(text);
    }
    catch {
        // not JSON: described below
    }
    return describeBody(body, contentType);
}
/** The content type and the first bytes of a body, on one short line. */
function describeBody(body, contentType) {
    const type = contentType ? ours `content-type ${clean(contentType, 60)}` : ours `no content-type`;
    const start = clean(body.replace(/^\uFEFF/, ''), 80);
    return start ? ours `${type}, body starting "${start}"` : ours `${type}, empty body`;
}
function redirectElsewhere(from, to) {
    const web = /^https?:$/.test(to.protocol);
    // Only scheme, host and port of the target: its path or query could carry anything.
    const where = web ? clean(to.origin, 100) : ours `a ${clean(to.protocol, 20)} URL`;
    const downgrade = from.protocol === 'https:' && to.protocol === 'http:';
    return new BalanceFetchError(ours `DeepSeek at ${clean(from.host, 100)} redirected to ${where}; the redirect was not followed, so the key was not sent ${downgrade ? ours `in clear text` : ours `there`}.`, {
        retryable: false,
        hint: web ? ours `Check base-url: if ${where} is the API, use it as base-url.` : CHECK_GATEWAY
    });
}
function redirectUnreadable(from) {
    return new BalanceFetchError(ours `DeepSeek at ${clean(from.host, 100)} redirected to an address that is not a valid URL; the redirect was not followed.`, { retryable: false, hint: CHECK_GATEWAY });
}
function tooManyRedirects(from, count) {
    return new BalanceFetchError(ours `DeepSeek at ${clean(from.host, 100)} redirected more than ${count} times.`, {
        retryable: false,
        hint: CHECK_GATEWAY
    });
}
/** Anything the request itself threw (the socket, DNS, TLS, the proxy), as a fetch error. */
function requestFailed(error, target, proxy) {
    if (error instanceof BalanceFetchError)
        return error;
    const host = clean(target.host, 100);
    const rawCode = error?.code;
    const code = typeof rawCode === 'string' ? rawCode : undefined;
    const message = error instanceof Error ? error.message : String(error);
    // http-client's proxy agent (tunnel) reports every proxy failure with this text.
    const tunnel = /^tunneling socket could not be established, (.*)$/.exec(message);
    if (tunnel)
        return proxyFailed(host, proxy, tunnel[1] ?? '', error);
    if (code !== undefined && TLS_ERRORS.has(code)) {
        return new BalanceFetchError(ours `Could not reach DeepSeek at ${host}: its TLS certificate is not trusted (${clean(code)}).`, {
            retryable: false,
            hint: ours `If a proxy inspects TLS traffic, point NODE_EXTRA_CA_CERTS at its CA certificate; otherwise check base-url.`,
            cause: error
        });
    }
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
        const name = clean(target.hostname, 100);
        const detail = code === 'ENOTFOUND'
            ? ours `the host name ${name} could not be resolved (ENOTFOUND)`
            : ours `the host name ${name} could not be resolved for now (EAI_AGAIN, the resolver is not answering)`;
        return new BalanceFetchError(ours `Could not reach DeepSeek at ${host}: ${detail}.`, {
            retryable: isRetriedNetworkCode(code),
            hint: code === 'ENOTFOUND'
                ? ours `Check base-url for a typo; on a self-hosted runner, check its DNS or set HTTPS_PROXY.`
                : CHECK_NETWORK,
            cause: error
        });
    }
    const reason = code === undefined ? undefined : NETWORK_ERRORS[code];
    if (code !== undefined && reason !== undefined) {
        return new BalanceFetchError(ours `Could not reach DeepSeek at ${host}: ${reason} (${clean(code)}).`, {
            retryable: isRetriedNetworkCode(code),
            hint: CHECK_NETWORK,
            cause: error
        });
    }
    const shown = clean(message.replace(/\.$/, '') + (code === undefined ? '' : ` (${code})`));
    return new BalanceFetchError(ours `The request to DeepSeek at ${host} failed: ${shown}.`, {
        retryable: false,
        hint: CHECK_NETWORK,
        cause: error
    });
}
function proxyFailed(host, proxy, cause, error) {
    // Only host and port: a proxy URL can carry credentials.
    const where = proxy ? clean(proxy.url.host, 100) : ours `the proxy`;
    const status = /^statusCode=(\d{3})/.exec(cause)?.[1];
    const what = status
        ? ours `the proxy answered HTTP ${Number(status)} to CONNECT`
        : clean(cause.replace(/^cause=/, ''));
    const denied = status !== undefined && status.startsWith('4');
    return new BalanceFetchError(ours `Could not reach DeepSeek at ${host} through the proxy ${where}: ${what}.`, {
        retryable: !denied,
        hint: denied
            ? ours `The proxy refused the tunnel: check its credentials in HTTPS_PROXY, or add the host to NO_PROXY.`
            : ours `Check that the proxy in HTTPS_PROXY / HTTP_PROXY is up, or add the host to NO_PROXY.`,
        cause: error
    });
}
const TLS_ERRORS = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_HAS_EXPIRED',
    'ERR_TLS_CERT_ALTNAME_INVALID'
]);
const NETWORK_ERRORS = {
    ECONNREFUSED: ours `the connection was refused`,
    ECONNRESET: ours `the connection was reset`,
    ECONNABORTED: ours `the connection was aborted`,
    EPIPE: ours `the connection was closed`,
    ETIMEDOUT: ours `the connection timed out`,
    EHOSTUNREACH: ours `the host is unreachable`,
    ENETUNREACH: ours `the network is unreachable`,
    ENETDOWN: ours `the network is down`
};
function balanceOk(amount, thresholds) {
    const parts = [
        thresholds.min && ours `min-balance ${thresholds.min}`,
        thresholds.warn && ours `warn-balance ${thresholds.warn}`
    ];
    const listed = joinClean(parts, ', ');
    return ours `DeepSeek balance: ${amount.total} ${amount.currency}${listed ? ours ` (${listed})` : ours ``}: ok`;
}
function belowMin(amount, min) {
    return ours `DeepSeek balance ${amount.total} ${amount.currency} is below min-balance ${min} ${amount.currency}.`;
}
function belowWarn(amount, warn) {
    return ours `DeepSeek balance ${amount.total} ${amount.currency} is below warn-balance ${warn} ${amount.currency}.`;
}
function notAvailable(amount, missing) {
    const detail = amount
        ? ours ` Balance ${amount.total} ${amount.currency}.`
        : missing
            ? ours ` ${missing}.`
            : ours ``;
    return ours `DeepSeek reports the account as not available for API calls (is_available: false).${detail}`;
}
/** The account reports no row the check can use. */
function noCheckedRow(wanted, reported) {
    if (reported.length === 0 && wanted === undefined) {
        return ours `DeepSeek reports no balance in any currency (balance_infos is empty)`;
    }
    const list = reported.length > 0 ? joinClean(reported, ', ') : ours `none`;
    return ours `DeepSeek reports no ${wanted ?? ours `CNY or USD`} balance (currencies reported: ${list})`;
}
function missingCannotMeetMin(missing, min, currency) {
    return ours `${missing}, so min-balance ${min}${currency ? ours ` ${currency}` : ours ``} cannot be met.`;
}
function missingWithWarn(missing, warn, currency) {
    return ours `${missing}; warn-balance is ${warn}${currency ? ours ` ${currency}` : ours ``}.`;
}
function missingButAvailable(missing) {
    return ours `${missing}; DeepSeek reports the account as available: ok`;
}
const ADVICE = {
    topUpOrLowerMin: ours `Top up at ${TOP_UP}, or lower min-balance.`,
    topUpSoon: ours `Top up soon at ${TOP_UP}, or lower warn-balance.`,
    topUp: ours `Top up at ${TOP_UP}.`,
    checkAccount: ours `Top up at ${TOP_UP}, or check the account's status on the DeepSeek platform.`,
    otherCurrency: (currency) => ours `Set currency to one the account reports, or top up in ${currency}.`
};
// -- Spend -----------------------------------------------------------------------------------
function baselineRefused(problem) {
    const what = problem.kind === 'not-json'
        ? ours `it is not JSON`
        : problem.kind === 'shape'
            ? ours `it has ${clean(problem.what)}`
            : problem.kind === 'future'
                ? ours `its checked_at ${clean(problem.checkedAt)} is in the future (more than a minute ahead of this runner's clock)`
                : problem.kind === 'amount'
                    ? ours `its ${clean(problem.currency)} ${clean(problem.field)} is not a decimal`
                    : ours `it lists ${clean(problem.currency)} twice`;
    return new InputError('baseline', ours `Input 'baseline' must be empty or the snapshot output of an earlier run ({"checked_at":"...","is_available":...,"balance_infos":[...]}); ${what}. The value is not shown.`);
}
function budgetWithoutMeter() {
    return new InputError('max-spend', ours `Input 'max-spend' needs something to measure spend against: a baseline (the snapshot output of an earlier run), or report-spend: true so that the job's own spend is checked at its end.`);
}
function scopeText(scope) {
    return scope.kind === 'job'
        ? ours `during this job`
        : ours `since ${clean(format_isoTimestamp(scope.since))}`;
}
function movement(figures) {
    // \u2192 is a right arrow, escaped so that the bundle stays ASCII.
    return ours `${figures.before} \u2192 ${figures.after} over ${clean(duration(figures.elapsedMs))}`;
}
/** `DeepSeek spend during this job: 0.42 CNY (110.00 -> 109.58 over 6 min)`; a rise says so. */
function spendReport(scope, figures) {
    if (figures.spent.startsWith('-')) {
        return ours `DeepSeek balance rose by ${clean(figures.spent.slice(1))} ${figures.currency} ${scopeText(scope)} (${movement(figures)}), a top-up: no spend to report.`;
    }
    return ours `DeepSeek spend ${scopeText(scope)}: ${figures.spent} ${figures.currency} (${movement(figures)})`;
}
function overBudget(scope, figures, maxSpend) {
    return ours `DeepSeek spend ${scopeText(scope)} is ${figures.spent} ${figures.currency}, above max-spend ${maxSpend} ${figures.currency} (${movement(figures)}).`;
}
/** Why no spend figure could be had for the checked currency. */
function noSpendFigure(currency) {
    return currency
        ? ours `the earlier and the current balance do not both report ${currency}`
        : ours `no currency was checked (the account reports neither CNY nor USD)`;
}
function budgetUnchecked(scope, maxSpend, reason) {
    return ours `max-spend ${maxSpend} could not be checked for the spend ${scopeText(scope)}: ${reason}. A budget that could not be checked does not pass.`;
}
function runwayLow(perDay, currency, since, total, runwayDays, threshold) {
    return ours `At ${perDay} ${currency} a day since ${clean(format_isoTimestamp(since).slice(0, 10))}, ${total} ${currency} lasts ${runwayDays} more days, below warn-runway-days ${threshold}.`;
}
function spendNotRead(error, maxSpend) {
    return maxSpend
        ? ours `Could not read the DeepSeek balance at the end of the job, so max-spend ${maxSpend} could not be checked and does not pass: ${error.text}`
        : ours `Could not read the DeepSeek balance at the end of the job, so its spend is unknown: ${error.text}`;
}
function savedSnapshotUnreadable() {
    return ours `The balance the main step saved could not be read back, so the job's spend is unknown.`;
}
const SPEND_ADVICE = {
    overBudget: ours `Find what used more than expected, or raise max-spend.`,
    runway: ours `Top up at ${TOP_UP}, or lower warn-runway-days.`
};
/** What the figures measure, for the summary's footnote. */
const SPEND_FOOTNOTE = ours `Spend is the change in the account's balance: it includes every other use of the account in that time, and DeepSeek may book a request's cost a little after it ends. Use a separate DeepSeek account for CI where exact per-job figures matter.`;
// -- Runner files ----------------------------------------------------------------------------
function outputsNotWritten(error) {
    return new RunnerFileError(ours `Could not write the step outputs to the file GITHUB_OUTPUT names: ${describeFsError(error)}. The verdict above stands; later steps cannot read it from this step's outputs.`, error);
}
function summaryNotWritten(error) {
    return ours `Could not write the job summary to the file GITHUB_STEP_SUMMARY names: ${describeFsError(error)}.`;
}
function describeFsError(error) {
    return clean(error instanceof Error ? error.message : String(error), 160);
}
/** Anything unexpected: its message only, cleaned (a stack trace tells a workflow author nothing). */
function unexpected(error) {
    if (error instanceof InputError ||
        error instanceof BalanceFetchError ||
        error instanceof RunnerFileError) {
        return error.text;
    }
    return ours `The balance check failed unexpectedly: ${clean(error instanceof Error ? error.message : String(error))}`;
}

;// CONCATENATED MODULE: ./src/decide/spend.ts


/** Baselines are one line we wrote; anything much longer is not one, and is not worth parsing. */
const MAX_BASELINE_LENGTH = 65_536;
/** Clock skew between the runner that wrote a baseline and this one. */
const FUTURE_TOLERANCE_MS = 60_000;
/** Below this, a daily rate would extrapolate from too short a look. */
const MIN_RATE_ELAPSED_MS = 3_600_000;
const DAY_MS = 86400000n;
/** The snapshot as one line of JSON, the baseline format parseBaseline reads. */
function formatSnapshot(snapshot) {
    return JSON.stringify({
        checked_at: isoTimestamp(snapshot.checkedAt),
        is_available: snapshot.isAvailable,
        balance_infos: snapshot.rows.map(row => ({
            currency: row.currency,
            total_balance: row.total_balance,
            granted_balance: row.granted_balance,
            topped_up_balance: row.topped_up_balance
        }))
    });
}
/**
 * Reads a baseline written by formatSnapshot, or by hand in the same shape.
 *
 * - Surrounding whitespace and a byte-order mark are ignored; text longer than
 *   MAX_BASELINE_LENGTH characters is refused before it is parsed.
 * - checked_at is `YYYY-MM-DDTHH:MM:SS`, optionally `.` and 1-9 digits (below a millisecond they
 *   are dropped), then `Z` or `+/-HH:MM`; it must be a real calendar time that Date.parse accepts,
 *   and not more than FUTURE_TOLERANCE_MS after `now`.
 * - Amounts may be strings or JSON numbers; numbers are quoted before parsing, so they keep
 *   every digit as written (`110.00` stays `110.00`, never rounded to a double).
 * - Currencies are three ASCII letters, upper-cased, each at most once. granted_balance and
 *   topped_up_balance may be '', null or absent (read as ''); total_balance must be a decimal.
 * - Other fields are ignored.
 */
function parseBaseline(text, now) {
    if (text.length > MAX_BASELINE_LENGTH)
        return shape('longer than 65536 characters');
    let json;
    try {
        // trim() removes a byte-order mark too: U+FEFF is JavaScript white space.
        json = JSON.parse(quoteAmountNumbers(text.trim()));
    }
    catch {
        return refuse({ kind: 'not-json' });
    }
    if (!isRecord(json))
        return shape('not a JSON object');
    if (json.checked_at === undefined || json.checked_at === null)
        return shape('no checked_at');
    const checkedAt = readCheckedAt(json.checked_at);
    if (!checkedAt)
        return shape('a checked_at that is not an ISO-8601 date-time');
    if (checkedAt.getTime() - now.getTime() > FUTURE_TOLERANCE_MS) {
        return refuse({ kind: 'future', checkedAt: format_isoTimestamp(checkedAt) });
    }
    if (typeof json.is_available !== 'boolean')
        return shape('no is_available true or false');
    if (!Array.isArray(json.balance_infos))
        return shape('balance_infos is not a list');
    const rows = [];
    for (const entry of json.balance_infos) {
        const row = readRow(entry);
        if ('kind' in row)
            return refuse(row);
        if (rows.some(seen => seen.currency === row.currency)) {
            return refuse({ kind: 'duplicate-currency', currency: row.currency });
        }
        rows.push(row);
    }
    rows.sort(byCurrency);
    return { ok: true, snapshot: { checkedAt, isAvailable: json.is_available, rows } };
}
/**
 * What was spent between two snapshots, per currency both report.
 *
 * spentPerDay and runwayDays are given only for the checked currency, only when the baseline is
 * at least MIN_RATE_ELAPSED_MS older than current and spent is above zero. spentPerDay is
 * spent x 86 400 000 / elapsedMs, rounded half away from zero to spent's places. runwayDays is
 * the current total divided by that rate before rounding (so a rate shown as 0.00 still gives a
 * runway instead of a division by zero), rounded down to one place; 0.0 when the current total
 * is zero or less.
 */
function computeSpend(baseline, current, checkedCurrency) {
    const elapsedMs = current.checkedAt.getTime() - baseline.checkedAt.getTime();
    const perCurrency = current.rows
        .flatMap(now => {
        const before = baseline.rows.find(row => row.currency === now.currency);
        return before ? [spendIn(before, now)] : [];
    })
        .sort(byCurrency);
    const checked = perCurrency.find(entry => entry.currency === checkedCurrency?.toUpperCase());
    return {
        elapsedMs,
        perCurrency,
        ...(checked && { checked, ...rateAndRunway(checked, elapsedMs) })
    };
}
/** Whether a runway (as computeSpend writes it) is below the threshold, exactly. */
function runwayBelow(runwayDays, threshold) {
    return compareDecimals(amount(runwayDays), threshold) < 0;
}
function spendIn(before, now) {
    const spent = subtractDecimals(amount(before.total_balance), amount(now.total_balance));
    const places = Math.max(decimalPlaces(before.total_balance), decimalPlaces(now.total_balance));
    return {
        currency: now.currency,
        spent: formatDecimal(spent, places),
        baselineTotal: before.total_balance,
        currentTotal: now.total_balance
    };
}
function rateAndRunway(checked, elapsedMs) {
    const spent = amount(checked.spent);
    // Written as !(>=) so that an invalid Date (elapsedMs NaN) gives no rate either.
    if (!(elapsedMs >= MIN_RATE_ELAPSED_MS) || !isPositive(spent))
        return {};
    // Both divisions work on spent x 86 400 000 / elapsedMs as an exact fraction.
    const spentTimesDay = { units: spent.units * DAY_MS, scale: spent.scale };
    const perDay = divideDecimals(spentTimesDay, { units: BigInt(elapsedMs), scale: 0 }, spent.scale, 'half-away-from-zero');
    const total = amount(checked.currentTotal);
    const runway = isPositive(total)
        ? divideDecimals({ units: total.units * BigInt(elapsedMs), scale: total.scale }, spentTimesDay, 1, 'floor')
        : { units: 0n, scale: 1 };
    return { spentPerDay: formatDecimal(perDay, spent.scale), runwayDays: formatDecimal(runway, 1) };
}
const CHECKED_AT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
function readCheckedAt(value) {
    if (typeof value !== 'string' || !CHECKED_AT_PATTERN.test(value))
        return undefined;
    const time = Date.parse(value);
    if (Number.isNaN(time))
        return undefined;
    // Date.parse rolls 2026-02-30 over to March 2 and 24:00 to the next day; a real time reads back
    // the same date and clock.
    const wallClock = value.slice(0, 19);
    if (format_isoTimestamp(new Date(`${wallClock}Z`)).slice(0, 19) !== wallClock)
        return undefined;
    return new Date(time);
}
function readRow(entry) {
    if (!isRecord(entry)) {
        return { kind: 'shape', what: 'a balance_infos entry that is not an object' };
    }
    if (typeof entry.currency !== 'string' || !/^[A-Za-z]{3}$/.test(entry.currency)) {
        return { kind: 'shape', what: 'a row without a three-letter currency' };
    }
    const currency = entry.currency.toUpperCase();
    const total = readAmount(entry.total_balance);
    if (!total)
        return { kind: 'amount', currency, field: 'total_balance' };
    const granted = readAmount(entry.granted_balance);
    if (granted === undefined)
        return { kind: 'amount', currency, field: 'granted_balance' };
    const toppedUp = readAmount(entry.topped_up_balance);
    if (toppedUp === undefined)
        return { kind: 'amount', currency, field: 'topped_up_balance' };
    return { currency, total_balance: total, granted_balance: granted, topped_up_balance: toppedUp };
}
/** The amount as written, '' when there is none, undefined when it is not a decimal. */
function readAmount(value) {
    if (value === undefined || value === null || value === '')
        return '';
    if (typeof value !== 'string')
        return undefined;
    const text = value.trim();
    return parseDecimal(text) ? text : undefined;
}
/** Parses an amount this module was given or wrote; anything else is a caller's bug. */
function amount(text) {
    const value = parseDecimal(text);
    if (!value)
        throw new TypeError('not a decimal amount');
    return value;
}
function byCurrency(a, b) {
    return a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0;
}
function shape(what) {
    return refuse({ kind: 'shape', what });
}
function refuse(problem) {
    return { ok: false, problem };
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/settings.ts





const SUPPORTED_CURRENCIES = ['CNY', 'USD'];
const MAX_TIMEOUT_MS = 3_600_000;
const MAX_RETRIES = 10;
/** Turns the workflow inputs into settings, or throws an InputError for the first bad one. */
function readSettings(getInput, now = new Date()) {
    const balanceUrl = parseBaseUrl(getInput('base-url') || 'https://api.deepseek.com');
    const minBalance = parseThreshold('min-balance', getInput('min-balance'));
    const warnBalance = parseThreshold('warn-balance', getInput('warn-balance'));
    const currency = parseCurrency(getInput('currency'));
    const baseline = parseBaselineInput(getInput('baseline'), now);
    const maxSpend = parseThreshold('max-spend', getInput('max-spend'));
    const warnRunwayDays = parseThreshold('warn-runway-days', getInput('warn-runway-days'));
    const reportSpend = parseBoolean('report-spend', getInput('report-spend'), true);
    // Without a baseline, max-spend is the job's budget, which only the post step can check.
    if (maxSpend && !baseline && !reportSpend)
        throw budgetWithoutMeter();
    return {
        apiKey: parseApiKey(getInput('api-key')),
        balanceUrl,
        timeoutMs: parseWholeNumber('timeout', getInput('timeout') || '10000', 1, MAX_TIMEOUT_MS),
        retries: parseWholeNumber('retries', getInput('retries') || '2', 0, MAX_RETRIES),
        ...(minBalance && { minBalance }),
        ...(warnBalance && { warnBalance }),
        ...(currency && { currency }),
        failOnInsufficient: parseBoolean('fail-on-insufficient', getInput('fail-on-insufficient'), true),
        writeSummary: parseBoolean('summary', getInput('summary'), true),
        ...(baseline && { baseline }),
        ...(maxSpend && { maxSpend }),
        ...(warnRunwayDays && { warnRunwayDays }),
        reportSpend
    };
}
/** Inputs that are valid alone but make little sense together: warned about, not fatal. */
function settingsWarnings(settings) {
    const { minBalance, warnBalance } = settings;
    if (minBalance && warnBalance && compareDecimals(warnBalance.value, minBalance.value) <= 0) {
        return [warnNotAboveMin(warnBalance.text, minBalance.text)];
    }
    return [];
}
/** The settings as one debug line: everything but the key. */
function describeSettings(settings) {
    const fields = [
        ['api-key', '***'],
        ['url', cleanUrl(settings.balanceUrl)],
        ['timeout', `${settings.timeoutMs} ms`],
        ['retries', String(settings.retries)],
        ['min-balance', settings.minBalance?.text ?? '(none)'],
        ['warn-balance', settings.warnBalance?.text ?? '(none)'],
        ['currency', settings.currency ?? '(any)'],
        ['fail-on-insufficient', String(settings.failOnInsufficient)],
        ['summary', String(settings.writeSummary)],
        [
            'baseline',
            settings.baseline ? `from ${format_isoTimestamp(settings.baseline.checkedAt)}` : '(none)'
        ],
        ['max-spend', settings.maxSpend?.text ?? '(none)'],
        ['warn-runway-days', settings.warnRunwayDays?.text ?? '(none)'],
        ['report-spend', String(settings.reportSpend)]
    ];
    return ours `Settings: ${clean(fields.map(([name, value]) => `${name}=${value}`).join(', '), 1000)}`;
}
function parseApiKey(value) {
    if (value === '')
        throw apiKeyMissing();
    if (/\s/.test(value))
        throw apiKeyWithWhitespace();
    // Anything else outside printable ASCII cannot travel in an HTTP header.
    if (!/^[\x21-\x7e]+$/.test(value))
        throw apiKeyNotPrintable();
    return value;
}
function parseBaseUrl(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw invalidInput('base-url', value);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw invalidInput('base-url', value);
    if (url.username || url.password || url.search || url.hash || value.includes('#')) {
        throw baseUrlWithExtras(url);
    }
    // The balance lives at the API root; `/v1` is DeepSeek's OpenAI-compatible alias of it.
    const path = url.pathname.replace(/\/+$/, '').replace(/\/v1$/, '').replace(/\/+$/, '');
    return new URL(`${url.origin}${path}/user/balance`);
}
function parseWholeNumber(input, value, min, max) {
    const number = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
    if (!(number >= min && number <= max))
        throw invalidInput(input, value);
    return number;
}
function parseThreshold(input, value) {
    if (value === '')
        return undefined;
    const decimal = /^\d{1,30}(\.\d{1,30})?$/.test(value) ? parseDecimal(value) : undefined;
    if (!decimal)
        throw invalidInput(input, value);
    return { text: clean(value), value: decimal };
}
function parseBaselineInput(value, now) {
    if (value === '')
        return undefined;
    const result = parseBaseline(value, now);
    if (!result.ok)
        throw baselineRefused(result.problem);
    return result.snapshot;
}
function parseCurrency(value) {
    if (value === '')
        return undefined;
    const upper = value.toUpperCase();
    const currency = SUPPORTED_CURRENCIES.find(candidate => candidate === upper);
    if (!currency)
        throw invalidInput('currency', value);
    return currency;
}
// The same spellings as core.getBooleanInput (YAML 1.2 core schema), with our own message.
function parseBoolean(input, value, fallback) {
    if (value === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw invalidInput(input, value);
}

;// CONCATENATED MODULE: ./src/decide/decision.ts




/** Decides whether the balance passes the check. Pure: the same balance always gives the same answer. */
function evaluate(balance, rules) {
    const { minBalance, warnBalance } = rules;
    const wanted = rules.currency === undefined ? undefined : clean(rules.currency);
    const row = chooseRow(balance.rows, rules);
    const currency = row?.currency ?? wanted ?? clean('');
    if (!row) {
        const missing = noCheckedRow(wanted, balance.rows.map(r => r.currency));
        if (!balance.isAvailable)
            return verdict('insufficient', currency, undefined, notAvailable(undefined, missing), ADVICE.checkAccount);
        if (minBalance) {
            return verdict('insufficient', currency, undefined, missingCannotMeetMin(missing, minBalance.text, wanted), wanted ? ADVICE.otherCurrency(wanted) : ADVICE.topUp);
        }
        if (warnBalance) {
            return verdict('low', currency, undefined, missingWithWarn(missing, warnBalance.text, wanted), ADVICE.topUpSoon);
        }
        return verdict('ok', currency, undefined, missingButAvailable(missing));
    }
    const amount = { total: row.totalBalance, currency: row.currency };
    if (!balance.isAvailable)
        return verdict('insufficient', currency, row, notAvailable(amount, undefined), ADVICE.checkAccount);
    if (minBalance && compareDecimals(row.total, minBalance.value) < 0) {
        return verdict('insufficient', currency, row, belowMin(amount, minBalance.text), ADVICE.topUpOrLowerMin);
    }
    if (warnBalance && compareDecimals(row.total, warnBalance.value) < 0) {
        return verdict('low', currency, row, belowWarn(amount, warnBalance.text), ADVICE.topUpSoon);
    }
    return verdict('ok', currency, row, balanceOk(amount, { min: minBalance?.text, warn: warnBalance?.text }));
}
/**
 * The row the thresholds apply to. With a currency set, that currency's row. Otherwise the first
 * of CNY, then USD, that meets min-balance (or is above zero when there is none); failing that,
 * the first of them reported. Never the order DeepSeek sent, and never another currency: the
 * thresholds are meant in CNY or USD.
 */
function chooseRow(rows, rules) {
    if (rules.currency)
        return rows.find(row => row.currency === rules.currency);
    const candidates = SUPPORTED_CURRENCIES.flatMap(currency => rows.filter(row => row.currency === currency));
    const { minBalance } = rules;
    const meets = (row) => minBalance ? compareDecimals(row.total, minBalance.value) >= 0 : isPositive(row.total);
    return candidates.find(meets) ?? candidates[0];
}
function verdict(status, currency, row, message, advice) {
    return {
        status,
        sufficient: status !== 'insufficient',
        currency,
        ...(row && { row }),
        message,
        ...(advice && { advice })
    };
}

;// CONCATENATED MODULE: ./src/decide/spend-check.ts




/** The balance as a snapshot: the rows as read (their amounts already clean), at a time. */
function snapshotOf(balance, checkedAt) {
    return {
        checkedAt,
        isAvailable: balance.isAvailable,
        // A row whose amount had to be cleaned into something else is no longer a figure to count.
        rows: balance.rows
            .filter(row => parseDecimal(row.totalBalance) !== undefined)
            .map(row => ({
            currency: row.currency,
            total_balance: row.totalBalance,
            granted_balance: row.grantedBalance,
            topped_up_balance: row.toppedUpBalance
        }))
    };
}
/** Spend between two snapshots, held to max-spend and warn-runway-days. Pure. */
function checkSpend(baseline, current, currency, rules, scope) {
    const spend = computeSpend(baseline, current, currency || undefined);
    const { checked } = spend;
    if (!checked) {
        const reason = noSpendFigure(currency || undefined);
        if (rules.maxSpend) {
            return {
                spend,
                status: 'unchecked',
                report: ours `No spend figure: ${reason}.`,
                problem: budgetUnchecked(scope, rules.maxSpend.text, reason)
            };
        }
        return { spend, status: 'ok', report: ours `No spend figure: ${reason}.` };
    }
    const figures = {
        currency: clean(checked.currency),
        spent: clean(checked.spent),
        before: clean(checked.baselineTotal),
        after: clean(checked.currentTotal),
        elapsedMs: spend.elapsedMs
    };
    const report = spendReport(scope, figures);
    const spent = parseDecimal(checked.spent);
    if (rules.maxSpend && spent && compareDecimals(spent, rules.maxSpend.value) > 0) {
        return {
            spend,
            figures,
            status: 'over-budget',
            report,
            problem: joinClean([overBudget(scope, figures, rules.maxSpend.text), SPEND_ADVICE.overBudget])
        };
    }
    if (rules.warnRunwayDays &&
        spend.runwayDays !== undefined &&
        spend.spentPerDay !== undefined &&
        runwayBelow(spend.runwayDays, rules.warnRunwayDays.value)) {
        const warning = runwayLow(clean(spend.spentPerDay), figures.currency, baseline.checkedAt, figures.after, clean(spend.runwayDays), rules.warnRunwayDays.text);
        return {
            spend,
            figures,
            status: 'low',
            report,
            problem: joinClean([warning, SPEND_ADVICE.runway])
        };
    }
    return { spend, figures, status: 'ok', report };
}

;// CONCATENATED MODULE: ./src/read/balance.ts



const AMOUNT_FIELDS = ['total_balance', 'granted_balance', 'topped_up_balance'];
/** Reads a 200 response body as a balance, or throws a BalanceFetchError describing the body. */
function parseBalanceBody(body, contentType) {
    const fail = (what) => notABalance(what, body, contentType);
    let json;
    try {
        json = JSON.parse(quoteAmountNumbers(stripByteOrderMark(body)));
    }
    catch {
        throw fail(ours `a body that is not JSON`);
    }
    if (!balance_isRecord(json) || !('is_available' in json) || !('balance_infos' in json)) {
        throw fail(ours `JSON without is_available and balance_infos`);
    }
    if (typeof json.is_available !== 'boolean') {
        throw fail(ours `an is_available that is not true or false`);
    }
    if (!Array.isArray(json.balance_infos))
        throw fail(ours `a balance_infos that is not a list`);
    const rows = json.balance_infos.map(row => parseRow(row, fail));
    rows.sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
    const repeated = rows.find((row, index) => rows[index + 1]?.currency === row.currency);
    if (repeated)
        throw fail(ours `balance_infos listing ${repeated.currency} twice`);
    return { isAvailable: json.is_available, rows };
}
/** The rows with DeepSeek's field names and amounts as strings (`balance-infos`, `snapshot`). */
function toBalanceInfos(rows) {
    return rows.map(row => ({
        currency: row.currency,
        total_balance: row.totalBalance,
        granted_balance: row.grantedBalance,
        topped_up_balance: row.toppedUpBalance
    }));
}
function parseRow(row, fail) {
    // Currencies are ISO codes (CNY, USD); holding them to that keeps server text out of the
    // summary and messages.
    if (!balance_isRecord(row) || typeof row.currency !== 'string' || !/^[A-Za-z]{3}$/.test(row.currency)) {
        throw fail(ours `a balance_infos row without a three-letter currency`);
    }
    const currency = clean(row.currency.toUpperCase());
    const amounts = [];
    for (const field of AMOUNT_FIELDS) {
        const amount = row[field];
        if (amount === undefined || amount === null) {
            if (field === 'total_balance')
                throw fail(ours `a ${currency} row without total_balance`);
            amounts.push('');
        }
        else if (typeof amount === 'string' && amount.length <= 100 && parseDecimal(amount.trim())) {
            amounts.push(amount.trim());
        }
        else {
            throw fail(ours `a ${currency} ${clean(field)} that is not a decimal`);
        }
    }
    const [totalBalance = '', grantedBalance = '', toppedUpBalance = ''] = amounts;
    const total = parseDecimal(totalBalance);
    if (!total)
        throw fail(ours `a ${currency} total_balance that is not a decimal`);
    return {
        currency,
        totalBalance: clean(totalBalance),
        grantedBalance: clean(grantedBalance),
        toppedUpBalance: clean(toppedUpBalance),
        total
    };
}
/** A byte-order mark is not JSON whitespace, but some gateways send one. */
function stripByteOrderMark(text) {
    return text.replace(/^\uFEFF/, '');
}
function balance_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/version.ts
// Kept in step with package.json by a test; read from here so the bundle needs no JSON import.
const ACTION_NAME = 'deepseek-balance-action';
const ACTION_VERSION = '1.1.0';
const USER_AGENT = `${ACTION_NAME}/${ACTION_VERSION}`;

;// CONCATENATED MODULE: ./src/read/transport.ts



/** Bodies larger than this are not a balance; reading stops there. */
const MAX_BODY_BYTES = 1024 * 1024;
const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = [301, 302, 303, 307, 308];
/**
 * One attempt under one deadline, from connecting to the last byte of the body, redirects
 * included. An idle-socket timeout is not enough: a busy DeepSeek keeps the connection alive with
 * blank lines for minutes. The deadline both aborts the requests and settles the attempt, so no
 * step of http-client that ignores the abort (a proxy that never answers CONNECT) can outlast it.
 * Throws a BalanceFetchError.
 */
async function getOnce(request) {
    const deadline = new AbortController();
    const progress = { headersReceived: false, target: request.url };
    const client = new lib_HttpClient(USER_AGENT, [requestHooks(deadline.signal)], {
        allowRetries: false, // retries are ours: http-client skips timeouts, network errors and 429
        allowRedirects: false, // redirects are ours too: under the deadline, the body limit, the key rules
        keepAlive: false,
        socketTimeout: request.timeoutMs + 1000 // a backstop; the deadline fires first
    });
    let timer;
    const expired = new Promise((_resolve, reject) => {
        timer = setTimeout(() => {
            deadline.abort();
            reject(timedOut(request.timeoutMs, progress.headersReceived));
        }, request.timeoutMs);
    });
    const exchanged = exchange(client, request, progress).catch((error) => {
        throw requestFailed(error, progress.target, proxyFor(progress.target));
    });
    exchanged.catch(() => undefined); // after the deadline its rejection is no longer news
    try {
        return await Promise.race([exchanged, expired]);
    }
    finally {
        clearTimeout(timer);
        client.dispose();
    }
}
/**
 * GET, following up to MAX_REDIRECTS redirects within the URL's origin. A redirect to another
 * origin (host, port or scheme) is not followed: the key must not go there.
 */
async function exchange(client, request, progress) {
    for (let redirects = 0;; redirects++) {
        const target = progress.target;
        progress.headersReceived = false;
        const response = await client.get(target.href, {
            accept: 'application/json',
            authorization: `Bearer ${request.apiKey}`
        });
        progress.headersReceived = true;
        const message = response.message;
        const body = await readBody(message, MAX_BODY_BYTES, target);
        const status = message.statusCode ?? 0;
        const location = message.headers.location;
        if (REDIRECT_STATUSES.includes(status) && location) {
            if (redirects >= MAX_REDIRECTS)
                throw tooManyRedirects(target, MAX_REDIRECTS);
            let next;
            try {
                next = new URL(location, target);
            }
            catch {
                throw redirectUnreadable(target);
            }
            if (next.origin !== target.origin)
                throw redirectElsewhere(target, next);
            progress.target = next;
            continue;
        }
        const contentType = message.headers['content-type'];
        const retryAfter = message.headers['retry-after'];
        return {
            status,
            body,
            contentType: contentType || undefined,
            retryAfter: typeof retryAfter === 'string' ? retryAfter : undefined
        };
    }
}
/** The proxy http-client picks for a URL (HTTPS_PROXY, HTTP_PROXY, NO_PROXY), if any. */
function proxyFor(target) {
    const proxy = lib_getProxyUrl(target.href);
    if (!proxy)
        return undefined;
    try {
        return { url: new URL(proxy) };
    }
    catch {
        return undefined;
    }
}
/**
 * The hooks on every request, proxy included:
 * - the deadline's abort signal. Through a proxy, http-client's agent (tunnel) opens a CONNECT
 *   request of its own from `proxyOptions`; the signal goes there too, or a proxy that never
 *   answers would keep the process alive past the deadline;
 * - IPv6 literals without brackets: http-client passes `[::1]` to the socket as a host name.
 */
function requestHooks(signal) {
    return {
        prepareRequest(options) {
            options.signal = signal;
            if (typeof options.host === 'string' && /^\[.*\]$/.test(options.host)) {
                options.host = options.host.slice(1, -1);
            }
            const agent = options.agent;
            if (typeof agent?.proxyOptions === 'object' && agent.proxyOptions !== null) {
                ;
                agent.proxyOptions.signal = signal;
            }
        },
        canHandleAuthentication: () => false,
        handleAuthentication: () => Promise.reject(new Error('not an authentication handler'))
    };
}
function readBody(message, limit, target) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        message.on('data', (chunk) => {
            size += chunk.length;
            if (size > limit) {
                reject(bodyTooLarge(limit));
                message.destroy();
                return;
            }
            chunks.push(chunk);
        });
        message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        message.on('error', reject);
        message.on('close', () => {
            if (!message.complete)
                reject(connectionClosedEarly(target));
        });
    });
}

;// CONCATENATED MODULE: ./src/read/read-balance.ts




/** The request the settings ask for; the gate and the post step read the balance alike. */
function requestFor(settings) {
    const { balanceUrl, apiKey, timeoutMs, retries } = settings;
    return { url: balanceUrl, apiKey, timeoutMs, retries };
}
/**
 * Reads the balance, retrying what read/retry.ts says is worth it. Throws a BalanceFetchError
 * that says what the last attempt got and how many were made.
 */
async function readBalance(request, log, clock = realClock) {
    const maxAttempts = request.retries + 1;
    const { value, attempts, elapsedMs } = await withRetries(async (attempt) => {
        log.debug(attemptStarted(attempt, maxAttempts, request.url));
        const balance = await readOnce(request, clock);
        log.debug(attemptSucceeded(attempt));
        return balance;
    }, {
        retries: request.retries,
        clock,
        onRetry: (error, attempt, delayMs) => log.info(retrying(error, attempt, maxAttempts, delayMs)),
        onGiveUp: (error, attempt, elapsed) => {
            log.debug(attemptFailed(attempt, error));
            return gaveUp(error, attempt, elapsed);
        }
    });
    return { balance: value, attempts, elapsedMs };
}
async function readOnce(request, clock) {
    const response = await getOnce(request);
    if (response.status < 200 || response.status > 299) {
        throw httpFailure(response.status, describeErrorBody(response.body, response.contentType), retryAfterMs(response.retryAfter, clock.now()));
    }
    return parseBalanceBody(response.body, response.contentType);
}

;// CONCATENATED MODULE: ./src/report/log.ts


/**
 * The log sinks. They take clean text only: server text, echoed inputs and file-system errors
 * reach the log through report/outside-text.ts or not at all.
 */
const ANNOTATION_TITLE = 'DeepSeek balance';
function log_debug(text) {
    core_debug(text);
}
function log_info(text) {
    info(text);
}
function log_warning(text) {
    warning(text, { title: ANNOTATION_TITLE });
}
/** An error annotation; the step fails when the process ends. */
function log_error(text) {
    error(text, { title: ANNOTATION_TITLE });
    // A plain 1 rather than core.ExitCode, which would pull an enum in for one number.
    process.exitCode = 1;
}
/**
 * Registers the key with the boundary, and with the runner's masking. A key pasted with a line
 * break or a space is rejected, but its words are protected too: any one of them may be the key.
 */
function protectKey(key) {
    const words = key.split(/\s+/).filter(word => word !== '');
    for (const secret of new Set([key, ...words])) {
        protectSecret(secret);
        // Outside a runner nothing reads `::add-mask::`: the line would only print the key.
        if (process.env['GITHUB_ACTIONS'] === 'true')
            core_setSecret(secret);
    }
}

;// CONCATENATED MODULE: ./src/outcome.ts
/**
 * The run's status: `error` when nothing was read or a budget could not be checked,
 * `over-budget` above max-spend, else the balance's verdict (`low` also for a short runway).
 */
function statusOf(outcome) {
    if (outcome.kind === 'error')
        return 'error';
    const { decision, spend } = outcome;
    if (spend?.status === 'unchecked')
        return 'error';
    if (spend?.status === 'over-budget')
        return 'over-budget';
    if (spend?.status === 'low' && decision.status === 'ok')
        return 'low';
    return decision.status;
}

;// CONCATENATED MODULE: ./src/report/outputs.ts






/** Every output action.yml declares; nothing else is ever set (a test keeps the two in step). */
const OUTPUT_NAMES = (/* unused pure expression or super */ null && ([
    'is-available',
    'sufficient',
    'status',
    'message',
    'currency',
    'total-balance',
    'granted-balance',
    'topped-up-balance',
    'cny-total-balance',
    'cny-granted-balance',
    'cny-topped-up-balance',
    'usd-total-balance',
    'usd-granted-balance',
    'usd-topped-up-balance',
    'balance-infos',
    'snapshot',
    'spent',
    'cny-spent',
    'usd-spent',
    'spent-per-day',
    'runway-days'
]));
/** The prefix of a currency's own outputs: CNY and USD only, any other shows in balance-infos. */
function prefixOf(currency) {
    return currency === 'CNY' ? 'cny' : currency === 'USD' ? 'usd' : undefined;
}
/**
 * The step outputs. On an error only `status`, `sufficient` and `message` are set: every other
 * output reads as '' in expressions, which is what "unknown" should look like. `message` is the
 * verdict or error line as logged.
 */
function buildOutputs(outcome, message) {
    if (outcome.kind === 'error')
        return errorOutputs(message);
    const { balance, decision } = outcome;
    const outputs = {
        'is-available': clean(String(balance.isAvailable)),
        sufficient: clean(String(decision.sufficient)),
        status: clean(statusOf(outcome)),
        message,
        currency: decision.currency,
        'total-balance': decision.row?.totalBalance ?? clean(''),
        'granted-balance': decision.row?.grantedBalance ?? clean(''),
        'topped-up-balance': decision.row?.toppedUpBalance ?? clean('')
    };
    for (const row of balance.rows) {
        const prefix = prefixOf(row.currency);
        if (prefix === undefined)
            continue;
        outputs[`${prefix}-total-balance`] = row.totalBalance;
        outputs[`${prefix}-granted-balance`] = row.grantedBalance;
        outputs[`${prefix}-topped-up-balance`] = row.toppedUpBalance;
    }
    outputs['balance-infos'] = cleanJson(toBalanceInfos(balance.rows));
    outputs.snapshot = snapshotJson(outcome);
    const { spend } = outcome;
    if (spend) {
        outputs.spent = spend.figures?.spent ?? clean('');
        for (const entry of spend.spend.perCurrency) {
            const prefix = prefixOf(entry.currency);
            if (prefix !== undefined)
                outputs[`${prefix}-spent`] = clean(entry.spent);
        }
        outputs['spent-per-day'] = clean(spend.spend.spentPerDay ?? '');
        outputs['runway-days'] = clean(spend.spend.runwayDays ?? '');
    }
    return outputs;
}
/**
 * The balance as one line of JSON, for a later run's `baseline`: the time of the check and the
 * rows exactly as in `balance-infos`.
 */
function snapshotJson(outcome) {
    return cleanJson({
        checked_at: clean(format_isoTimestamp(outcome.checkedAt)),
        is_available: outcome.balance.isAvailable,
        balance_infos: toBalanceInfos(outcome.balance.rows)
    });
}
function errorOutputs(message) {
    return { status: clean('error'), sufficient: clean('false'), message };
}
/** Sets the outputs through @actions/core; throws a RunnerFileError naming the outputs file. */
function setOutputs(outputs) {
    try {
        for (const [name, value] of Object.entries(outputs))
            setOutput(name, value);
    }
    catch (error) {
        throw outputsNotWritten(error);
    }
}

;// CONCATENATED MODULE: ./src/report/state.ts

/**
 * What the main step hands to the post step, through @actions/core's state (the runner gives
 * each saved value to the post step as STATE_<name>).
 */
const IS_POST = 'isPost';
const SNAPSHOT = 'snapshot';
const CURRENCY = 'currency';
/** True in the post step: the main step of this action instance marked that it ran. */
function isPostStep() {
    return getState(IS_POST) === 'true';
}
function markMainStepRan() {
    saveState(IS_POST, 'true');
}
/** The balance at the start of the job, for the post step to measure the job's spend. */
function saveStartOfJob(snapshot, currency) {
    saveState(SNAPSHOT, snapshot);
    saveState(CURRENCY, currency);
}
/** What the main step saved; undefined when it read no balance (or was told not to report). */
function savedStartOfJob() {
    const snapshot = getState(SNAPSHOT);
    return snapshot === '' ? undefined : { snapshot, currency: getState(CURRENCY) };
}

;// CONCATENATED MODULE: ./src/report/summary.ts







// Non-ASCII characters are escapes here, so that the bundle stays ASCII (startup.test.ts): a
// check mark, a warning sign, a cross, a question mark; below, a right-pointing triangle and an
// en dash.
const HEADINGS = {
    ok: '\u2705 DeepSeek balance: ok',
    low: '\u26a0\ufe0f DeepSeek balance: low',
    insufficient: '\u274c DeepSeek balance: insufficient',
    'over-budget': '\u274c DeepSeek spend: over budget',
    error: '\u2753 DeepSeek balance: could not check'
};
/**
 * The job summary as Markdown. Pure, so each status can be pinned by a snapshot test. Every
 * sentence is clean text, escaped for Markdown and HTML on top (core.summary escapes nothing).
 */
function buildSummary(outcome, settings) {
    const lines = [`## ${HEADINGS[statusOf(outcome)]}`, ''];
    if (outcome.kind === 'error') {
        lines.push('No balance could be read, so the check did not pass.', '', `> ${escapeMarkdown(outcome.message)}`, '');
        if (outcome.hint)
            lines.push(`**What to try:** ${escapeMarkdown(outcome.hint)}`, '');
    }
    else {
        const { balance, decision } = outcome;
        lines.push(escapeMarkdown(decision.message), '');
        if (decision.advice && decision.status !== 'ok')
            lines.push(`**Next:** ${escapeMarkdown(decision.advice)}`, '');
        if (balance.rows.length > 0) {
            lines.push('| | Currency | Total | Granted | Topped up |', '| :-: | --- | --: | --: | --: |');
            for (const row of balance.rows) {
                const mark = row === decision.row ? '\u25b6' : '';
                const cells = [row.currency, row.totalBalance, row.grantedBalance, row.toppedUpBalance];
                lines.push(`| ${mark} | ${cells.map(cell => escapeMarkdown(cell) || '\u2013').join(' | ')} |`);
            }
            lines.push('');
        }
        else {
            lines.push('DeepSeek reported no balance rows.', '');
        }
        lines.push(`- Available for API calls (\`is_available\`): **${balance.isAvailable}**`);
        if (outcome.spend)
            lines.push('', ...spendSection('Spend since the baseline', outcome.spend));
    }
    lines.push(...describeRules(settings), '', `<sub>Checked at ${format_isoTimestamp(outcome.checkedAt)}${effort(outcome)} by ${ACTION_NAME} ${ACTION_VERSION}.</sub>`, '');
    return lines.join('\n');
}
/** A section on spend: the report, any problem, each currency's movement, the footnote. */
function spendSection(title, check) {
    const lines = [`### ${title}`, '', escapeMarkdown(check.report), ''];
    if (check.problem)
        lines.push(`**${check.status === 'low' ? 'Warning' : 'Error'}:** ${escapeMarkdown(check.problem)}`, '');
    const { spend } = check;
    if (spend.perCurrency.length > 0) {
        lines.push('| Currency | Before | After | Spent |', '| --- | --: | --: | --: |');
        for (const entry of spend.perCurrency) {
            lines.push(`| ${[entry.currency, entry.baselineTotal, entry.currentTotal, entry.spent].map(cell => escapeMarkdown(clean(cell))).join(' | ')} |`);
        }
        lines.push('');
    }
    if (spend.spentPerDay !== undefined) {
        lines.push(`- Per day: ${escapeMarkdown(clean(spend.spentPerDay))}; runway: ${escapeMarkdown(clean(spend.runwayDays ?? ''))} days`, '');
    }
    lines.push(`<sub>${escapeMarkdown(SPEND_FOOTNOTE)}</sub>`, '');
    return lines;
}
/**
 * Appends Markdown to the job summary through @actions/core. A file that cannot be written is a
 * warning naming it: the verdict has been logged by then, and stands.
 */
async function writeSummary(markdown) {
    // Outside a runner there is no summary file (core.summary would only throw), and that is not
    // worth a warning.
    if (!process.env['GITHUB_STEP_SUMMARY']) {
        log_debug(ours `GITHUB_STEP_SUMMARY is not set: no job summary written.`);
        return;
    }
    try {
        await summary.addRaw(markdown).write();
    }
    catch (error) {
        log_warning(summaryNotWritten(error));
    }
}
/** How the balance was read, e.g. ` (2 attempts, 1.3 s)`; errors say so in their message. */
function effort(outcome) {
    if (outcome.kind === 'error')
        return '';
    return ` (${plural(outcome.attempts, 'attempt')}, ${seconds(outcome.elapsedMs)})`;
}
function describeRules(settings) {
    const checked = settings.currency ?? 'any (CNY first, then USD)';
    return [
        `- Currency checked: ${checked}`,
        `- min-balance: ${settings.minBalance ? escapeMarkdown(settings.minBalance.text) : 'not set (is_available decides)'}`,
        `- warn-balance: ${settings.warnBalance ? escapeMarkdown(settings.warnBalance.text) : 'not set'}`,
        `- fail-on-insufficient: ${settings.failOnInsufficient}`
    ];
}
// A plain web address of safe characters only; left as it is so that it stays a working link.
const PLAIN_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[A-Za-z0-9._~/-]*)?[A-Za-z0-9/]$/;
/**
 * Makes clean text inert in Markdown and HTML: no tags, no links or images, no emphasis, no
 * table breaks. Plain web addresses of safe characters are kept as they are, to stay links.
 */
function escapeMarkdown(text) {
    return text
        .split(/( +)/)
        .map(word => (PLAIN_URL.test(word.replace(/[.,;:)]+$/, '')) ? word : escapeWord(word)))
        .join('');
}
function escapeWord(word) {
    return word
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/[\\`*_[\]|~!#]/g, character => `\\${character}`);
}

;// CONCATENATED MODULE: ./src/main.ts












/** The gate: inputs -> settings -> balance -> decision (and spend) -> log, outputs, summary, state. */
async function run() {
    // Protected before anything else is printed, whatever else is wrong with the inputs.
    protectKey(getInput('api-key'));
    let settings;
    try {
        settings = readSettings(name => getInput(name));
    }
    catch (error) {
        // Bad inputs land here before any request. Message only: a stack trace tells a workflow
        // author nothing they can act on.
        failWithoutBalance(unexpected(error));
        return;
    }
    try {
        for (const warning of settingsWarnings(settings))
            log_warning(warning);
        log_debug(describeSettings(settings));
        const outcome = await check(settings);
        // The verdict is logged first: if a runner file cannot be written, it has still been said.
        const message = announce(outcome, settings);
        setOutputs(buildOutputs(outcome, message));
        if (outcome.kind === 'checked' && settings.reportSpend && !settings.baseline) {
            saveStartOfJob(snapshotJson(outcome), outcome.decision.currency);
        }
        if (settings.writeSummary)
            await writeSummary(buildSummary(outcome, settings));
    }
    catch (error) {
        log_error(unexpected(error));
        if (!(error instanceof RunnerFileError))
            trySetOutputs(errorOutputs(unexpected(error)));
    }
}
function failWithoutBalance(message) {
    log_error(message);
    trySetOutputs(errorOutputs(message));
}
/** `if: failure()` steps should see `status: error`, not an empty one, when it can be written. */
function trySetOutputs(outputs) {
    try {
        setOutputs(outputs);
    }
    catch (error) {
        if (error instanceof RunnerFileError)
            log_error(error.text);
    }
}
async function check(settings) {
    try {
        const { balance, attempts, elapsedMs } = await readBalance(requestFor(settings), log_namespaceObject);
        const checkedAt = new Date();
        const decision = evaluate(balance, settings);
        const { baseline } = settings;
        const spend = baseline &&
            checkSpend(baseline, snapshotOf(balance, checkedAt), decision.currency, settings, {
                kind: 'since',
                since: baseline.checkedAt
            });
        return {
            kind: 'checked',
            balance,
            decision,
            ...(spend && { spend }),
            attempts,
            elapsedMs,
            checkedAt
        };
    }
    catch (error) {
        if (!(error instanceof BalanceFetchError))
            throw error;
        return {
            kind: 'error',
            message: error.text,
            ...(error.hint && { hint: error.hint }),
            checkedAt: new Date()
        };
    }
}
/**
 * Logs the verdict (an annotation unless all is well) and the spend, and returns the line the
 * `message` output carries: the verdict, and the spend's problem when there is one.
 */
function announce(outcome, settings) {
    if (outcome.kind === 'error') {
        const text = joinClean([outcome.message, outcome.hint]);
        log_error(text);
        return text;
    }
    const { decision, spend } = outcome;
    const verdict = joinClean([
        decision.message,
        decision.status === 'ok' ? undefined : decision.advice
    ]);
    if (decision.status === 'insufficient' && settings.failOnInsufficient)
        log_error(verdict);
    else if (decision.status !== 'ok')
        log_warning(verdict);
    else
        log_info(verdict);
    if (!spend)
        return verdict;
    log_info(spend.report);
    if (spend.problem && spend.status === 'low')
        log_warning(spend.problem);
    else if (spend.problem)
        log_error(spend.problem);
    return joinClean([verdict, spend.problem]);
}

;// CONCATENATED MODULE: ./src/post.ts











/**
 * The post step, at the end of the job: reads the balance again with the same inputs and
 * reports what the job spent since the main step's read, holding it to max-spend (the job's
 * budget). Nothing to do when the main step read no balance, had a baseline, or was told not to
 * report (it then saved no snapshot).
 */
async function post() {
    const start = savedStartOfJob();
    if (!start) {
        log_debug(ours `The main step saved no balance: no spend to report.`);
        return;
    }
    protectKey(getInput('api-key'));
    try {
        const settings = readSettings(name => getInput(name));
        const baseline = parseBaseline(start.snapshot, new Date());
        if (!baseline.ok) {
            log_warning(savedSnapshotUnreadable());
            return;
        }
        let read;
        try {
            read = await readBalance(requestFor(settings), log_namespaceObject);
        }
        catch (error) {
            if (!(error instanceof BalanceFetchError))
                throw error;
            // "Could not check" never passes a budget; without one it is only a missing figure.
            if (settings.maxSpend)
                log_error(spendNotRead(error, settings.maxSpend.text));
            else
                log_warning(spendNotRead(error, undefined));
            return;
        }
        const check = checkSpend(baseline.snapshot, snapshotOf(read.balance, new Date()), clean(start.currency) || undefined, { ...(settings.maxSpend && { maxSpend: settings.maxSpend }) }, { kind: 'job' });
        log_info(check.report);
        if (check.problem)
            log_error(check.problem);
        if (settings.writeSummary) {
            await writeSummary(['', ...spendSection('DeepSeek spend during this job', check)].join('\n'));
        }
    }
    catch (error) {
        log_error(unexpected(error));
    }
}

;// CONCATENATED MODULE: ./src/step.ts



/**
 * One entry for both steps: the runner starts dist/index.js again for `runs.post`, and the state
 * the main step saved tells the two apart.
 */
async function runStep() {
    if (isPostStep()) {
        await post();
    }
    else {
        markMainStepRan();
        await run();
    }
}


/***/ }),

/***/ 613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 354:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;
// The bundle's '@actions/exec' (tsconfig.json `paths`). @actions/core imports it for
// core.platform.getDetails() alone, which this action never calls; evaluating it and @actions/io
// would load child_process and assert at start-up. Lazy as in tunnel.cjs. The path is that of the
// package's only export ('.'), written out because the exports map hides lib/ from a deep import
// and the package name would lead back here.

let exec
const load = () => (exec ??= __nccwpck_require__(529))
__webpack_unused_export__ = (...args) => load().exec(...args)
__webpack_unused_export__ = (...args) => load().getExecOutput(...args)


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

// The bundle's 'tunnel' (tsconfig.json `paths`). @actions/http-client makes its agent with tunnel
// only when a proxy applies to the request. CommonJS, because webpack bundles a require() inside a
// function as a module it evaluates on that first call, not at start-up. The path is tunnel's
// main file, written out so that the alias does not apply to it.

let tunnel
const load = () => (tunnel ??= __nccwpck_require__(770))
exports.xj = options => load().httpOverHttp(options)
exports.I9 = options => load().httpsOverHttp(options)
exports.aQ = options => load().httpOverHttps(options)
exports.vX = options => load().httpsOverHttps(options)


/***/ }),

/***/ 529:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  exec: () => (/* binding */ exec),
  getExecOutput: () => (/* binding */ getExecOutput)
});

;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(928);
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(613);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(896);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return __awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_.dirname(filePath);
                        const upperName = external_path_.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const stderrDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
