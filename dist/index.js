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
var __webpack_exports__ = {};

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
function toCommandProperties(annotationProperties) {
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
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
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
;// CONCATENATED MODULE: ./src/base/decimal.ts
const DECIMAL_PATTERN = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
// Exponents beyond this are not amounts of money; refusing them keeps BigInt work bounded.
const MAX_EXPONENT = 1000;
/** Whether parseDecimal takes the text; without making the number. */
function isDecimal(text) {
    const match = DECIMAL_PATTERN.exec(text);
    return match !== null && (match[4] === undefined || Math.abs(Number(match[4])) <= MAX_EXPONENT);
}
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
    // Stryker disable next-line EqualityOperator: at scale 0 the branch multiplies by 1 and sets 0
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
    const units = 
    // Stryker disable next-line EqualityOperator: at equal scales both branches give the units unchanged
    places >= value.scale
        ? rescale(value, places)
        : divideIntegers(value.units, 10n ** BigInt(value.scale - places), 'half-away-from-zero');
    // Stryker disable next-line EqualityOperator: -0n is 0n
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
    // Stryker disable next-line EqualityOperator: the denominator is never 0 (divideDecimals refuses it; the others are powers of 10)
    if (denominator < 0n)
        return divideIntegers(-numerator, -denominator, rounding);
    if (rounding === 'floor') {
        const quotient = numerator / denominator; // BigInt division truncates toward zero
        return numerator % denominator < 0n ? quotient - 1n : quotient;
    }
    // Stryker disable next-line EqualityOperator: -0n is 0n
    const magnitude = numerator < 0n ? -numerator : numerator;
    const rounded = (2n * magnitude + denominator) / (2n * denominator);
    // Stryker disable next-line EqualityOperator: -0n is 0n
    return numerator < 0n ? -rounded : rounded;
}

;// CONCATENATED MODULE: ./src/base/format.ts
// Text made here from numbers the action holds (counts, times, durations): nothing from outside
// goes in, so it is clean as written, and cleaning it again could only hurt (a key that shares
// six digits with a timestamp would turn it into ***).
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
function isoTimestamp(date) {
    const pad = (value, width = 2) => String(value).padStart(width, '0');
    const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
    return `${day}T${time}.${pad(date.getUTCMilliseconds(), 3)}Z`;
}
/** `2026-11-27`: the day of a time, in UTC. */
function isoDate(date) {
    return isoTimestamp(date).slice(0, 10);
}

;// CONCATENATED MODULE: ./src/base/outside-text.ts
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
/**
 * One of our own words (an input's name, a status, a field of DeepSeek's): a value of a string
 * literal type, shown as written. Cleaning it could only hurt: a key that shares six characters
 * with `max-spend` would turn it into `***`. A plain `string`, which could come from outside,
 * does not type-check.
 */
function own(word) {
    return word;
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
        : // Stryker disable next-line StringLiteral: never used, the pattern matches only escapes in the table
            (JSON_SIMPLE_ESCAPES[simple ?? ''] ?? ''));
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
// alone; a reader would not. Written as escapes: these letters are made to be mistaken for
// Latin ones, so here the code point is the clearer form.
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
        // Stryker disable next-line StringLiteral: never used, the index is inside the text
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
    // Stryker disable next-line BooleanLiteral: found only spares withoutSecret rebuilding the text unchanged
    if (width === 0 || text.length < width)
        return false;
    // Stryker disable next-line BooleanLiteral: found only spares withoutSecret rebuilding the text unchanged
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

;// CONCATENATED MODULE: ./src/base/snapshot.ts



/** A snapshot line is one line we wrote; anything much longer is not one, and is not parsed. */
const MAX_SNAPSHOT_LENGTH = 65_536;
/** Clock skew between the runner that wrote a snapshot and this one. */
const FUTURE_TOLERANCE_MS = 60_000;
/** Longer amounts are not money. */
const MAX_AMOUNT_LENGTH = 100;
/**
 * DeepSeek's answer as a balance: JSON with `is_available` and `balance_infos`. Surrounding
 * white space (DeepSeek sends blank lines when busy) and a byte-order mark (some gateways do)
 * are ignored. Amounts may be strings or JSON numbers (an older version of DeepSeek's docs typed
 * them so); numbers keep every digit as written.
 */
function parseBalance(text) {
    const json = parseJson(text);
    return json.ok ? readBalance(json.value) : json;
}
/**
 * A snapshot line as formatSnapshot writes it, or written by hand in that shape: the balance's
 * rules, plus `checked_at`: `YYYY-MM-DDTHH:MM:SS`, optionally `.` and 1 to 9 digits (below a
 * millisecond they are dropped), then `Z` or `+/-HH:MM`; a real calendar time, not more than
 * FUTURE_TOLERANCE_MS after `now`. Other fields are ignored.
 */
function parseSnapshot(text, now) {
    if (text.length > MAX_SNAPSHOT_LENGTH)
        return refuse({ kind: 'too-long' });
    const json = parseJson(text);
    return json.ok ? readSnapshot(json.value, now) : json;
}
/** The JSON of a snapshot line, parsed already, by parseSnapshot's rules. */
function readSnapshot(json, now) {
    const checked = checkSnapshot(json, now);
    if (!checked.ok)
        return checked;
    return { ok: true, value: { ...cleanBalance(checked.value), checkedAt: checked.value.checkedAt } };
}
/** Checks a snapshot line's JSON against the rules without cleaning anything. */
function checkSnapshot(json, now) {
    if (!isRecord(json))
        return refuse({ kind: 'not-an-object' });
    const { checked_at: rawCheckedAt } = json;
    if (rawCheckedAt === undefined || rawCheckedAt === null) {
        return refuse({ kind: 'missing', field: 'checked_at' });
    }
    const checkedAt = readCheckedAt(rawCheckedAt);
    if ('kind' in checkedAt)
        return refuse(checkedAt);
    if (checkedAt.getTime() - now.getTime() > FUTURE_TOLERANCE_MS) {
        return refuse({ kind: 'checked-at-in-the-future', checkedAt });
    }
    const balance = checkBalance(json);
    return balance.ok ? { ok: true, value: { ...balance.value, checkedAt } } : balance;
}
/**
 * The snapshot as one line of JSON, which parseSnapshot reads back. A row whose amounts the
 * cleaning had to change (they held a piece of the key) is left out: written as `***`, it would
 * no longer be a balance to measure from.
 */
function formatSnapshot(snapshot) {
    return cleanJson(formatSnapshotFields(snapshot));
}
/** The fields of a snapshot line, for a line that carries more (a ledger's reading). */
function formatSnapshotFields(snapshot) {
    return {
        checked_at: isoTimestamp(snapshot.checkedAt),
        is_available: snapshot.isAvailable,
        balance_infos: balanceInfos(snapshot.rows.filter(isWrittenExactly))
    };
}
/** The rows with DeepSeek's field names, amounts as strings (the `balance-infos` output). */
function balanceInfos(rows) {
    return rows.map(row => ({
        currency: row.currency,
        total_balance: row.total.text,
        granted_balance: row.granted,
        topped_up_balance: row.toppedUp
    }));
}
/** JSON text with its amounts kept digit for digit (see quoteAmountNumbers). */
function parseJson(text) {
    try {
        // trim() removes a byte-order mark too: U+FEFF is JavaScript white space.
        return { ok: true, value: JSON.parse(quoteAmountNumbers(text.trim())) };
    }
    catch {
        return refuse({ kind: 'not-json' });
    }
}
/**
 * JSON text with the amount fields' numbers put in quotes, so that JSON.parse keeps every digit
 * instead of rounding to a double (Node 20 gives no access to a parsed number's source text).
 * Inside a JSON string the field names would be escaped, so only real fields match.
 */
function quoteAmountNumbers(json) {
    return json.replace(/("(?:total|granted|topped_up)_balance"\s*:\s*)(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g, '$1"$2"');
}
function readBalance(json) {
    const checked = checkBalance(json);
    return checked.ok ? { ok: true, value: cleanBalance(checked.value) } : checked;
}
/** The rows cleaned, to be shown. */
function cleanBalance({ isAvailable, rows }) {
    return {
        isAvailable,
        rows: rows.map(row => ({
            currency: clean(row.currency),
            total: { text: clean(row.total), value: row.value },
            granted: clean(row.granted),
            toppedUp: clean(row.toppedUp)
        }))
    };
}
/** Checks JSON against the balance rules without cleaning anything (see parseBalance). */
function checkBalance(json) {
    if (!isRecord(json))
        return refuse({ kind: 'not-an-object' });
    const { is_available: isAvailable, balance_infos: infos } = json;
    if (isAvailable === undefined)
        return refuse({ kind: 'missing', field: 'is_available' });
    if (typeof isAvailable !== 'boolean')
        return refuse({ kind: 'wrong-type', field: 'is_available' });
    if (infos === undefined)
        return refuse({ kind: 'missing', field: 'balance_infos' });
    if (!Array.isArray(infos))
        return refuse({ kind: 'wrong-type', field: 'balance_infos' });
    const rows = [];
    for (const entry of infos) {
        const row = checkRow(entry);
        if ('kind' in row)
            return refuse(row);
        if (rows.some(seen => seen.currency === row.currency)) {
            return refuse({ kind: 'currency-twice', currency: clean(row.currency) });
        }
        rows.push(row);
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a currency is in at most one row (a second is refused), so <= and < order them alike, and for lists this short V8's sort asks only whether a comparison is below zero
    rows.sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
    return { ok: true, value: { isAvailable, rows } };
}
function checkRow(entry) {
    if (!isRecord(entry))
        return { kind: 'row-not-an-object' };
    // Currencies are ISO codes (CNY, USD); holding them to that keeps server text out of them.
    if (typeof entry.currency !== 'string' || !/^[A-Za-z]{3}$/.test(entry.currency)) {
        return { kind: 'row-without-currency' };
    }
    const currency = entry.currency.toUpperCase();
    const problem = (field, missing) => ({
        kind: 'amount',
        currency: clean(currency),
        field,
        missing
    });
    const total = readAmount(entry.total_balance);
    if (!total)
        return problem('total_balance', total === '');
    const value = parseDecimal(total);
    const granted = readAmount(entry.granted_balance);
    if (granted === undefined)
        return problem('granted_balance', false);
    const toppedUp = readAmount(entry.topped_up_balance);
    if (toppedUp === undefined)
        return problem('topped_up_balance', false);
    return { currency, total, value, granted, toppedUp };
}
/** The amount as written, trimmed; '' when there is none; undefined when it is not a decimal. */
function readAmount(value) {
    if (value === undefined || value === null)
        return '';
    if (typeof value !== 'string' || value.length > MAX_AMOUNT_LENGTH)
        return undefined;
    const text = value.trim();
    return text === '' || isDecimal(text) ? text : undefined;
}
function isWrittenExactly(row) {
    const written = (text) => text === '' || parseDecimal(text) !== undefined;
    return parseDecimal(row.total.text) !== undefined && written(row.granted) && written(row.toppedUp);
}
const CHECKED_AT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(Z|[+-]\d{2}:\d{2})?$/;
/** A checked_at as written by the rules above, or what is wrong with it. */
function readCheckedAt(value) {
    const match = typeof value === 'string' ? CHECKED_AT_PATTERN.exec(value) : null;
    if (!match || typeof value !== 'string')
        return { kind: 'checked-at-not-a-time' };
    const time = Date.parse(value);
    // Date.parse rolls 2026-02-30 over to March 2 and 24:00 to the next day; a real time reads back
    // the same date and clock.
    const wallClock = value.slice(0, 19);
    if (Number.isNaN(time) || isoTimestamp(new Date(`${wallClock}Z`)).slice(0, 19) !== wallClock) {
        return { kind: 'checked-at-not-a-time' };
    }
    // Without a zone, Date.parse would take the runner's local time: not a time anyone can rely on.
    if (match[1] === undefined)
        return { kind: 'checked-at-without-zone' };
    // An offset can move year 0000 into year -1, which no timestamp of ours can be written as.
    const checkedAt = new Date(time);
    const year = checkedAt.getUTCFullYear();
    return year >= 0 && year <= 9999 ? checkedAt : { kind: 'checked-at-not-a-time' };
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function refuse(problem) {
    return { ok: false, problem };
}

;// CONCATENATED MODULE: ./src/base/currencies.ts
/**
 * The currencies DeepSeek bills in, in the order the check prefers them when `currency` is
 * empty. Everything per currency follows from this list: the `currency` input, the `cny-*` and
 * `usd-*` outputs, the words that name them.
 */
const CURRENCIES = ['CNY', 'USD'];
/** The currency a code names, in any letter case; undefined for any other text. */
function currencyNamed(code) {
    const upper = code.toUpperCase();
    return CURRENCIES.find(currency => currency === upper);
}
/** The prefix of a currency's own outputs: `cny` for `cny-total-balance`. */
function outputPrefix(currency) {
    return currency.toLowerCase();
}

;// CONCATENATED MODULE: ./src/decide/decision.ts



/** Decides whether the balance passes the check. Pure: the same balance always gives the same answer. */
function evaluate(balance, rules) {
    const { minBalance, warnBalance } = rules;
    const wanted = rules.currency === undefined ? undefined : clean(rules.currency);
    const row = chooseRow(balance.rows, rules);
    const min = minBalance?.text;
    const warn = warnBalance?.text;
    if (!row) {
        const missing = { wanted, reported: balance.rows.map(r => r.currency) };
        if (!balance.isAvailable) {
            return decided('insufficient', wanted, { kind: 'not-available', missing }, { kind: 'check-account' });
        }
        if (min) {
            return decided('insufficient', wanted, { kind: 'missing-below-min', missing, min }, wanted ? { kind: 'other-currency', currency: wanted } : { kind: 'top-up' });
        }
        if (warn)
            return decided('low', wanted, { kind: 'missing-below-warn', missing, warn }, { kind: 'top-up-soon' });
        return decided('ok', wanted, { kind: 'missing-but-available', missing });
    }
    const amount = { total: row.total.text, currency: row.currency };
    const withRow = (status, finding, advice) => ({
        ...decided(status, row.currency, finding, advice),
        row
    });
    if (!balance.isAvailable)
        return withRow('insufficient', { kind: 'not-available', amount }, { kind: 'check-account' });
    if (minBalance && compareDecimals(row.total.value, minBalance.value) < 0) {
        return withRow('insufficient', { kind: 'below-min', amount, min: minBalance.text }, { kind: 'top-up-or-lower-min' });
    }
    if (warnBalance && compareDecimals(row.total.value, warnBalance.value) < 0) {
        return withRow('low', { kind: 'below-warn', amount, warn: warnBalance.text }, { kind: 'top-up-soon' });
    }
    return withRow('ok', { kind: 'balance-ok', amount, ...(min && { min }), ...(warn && { warn }) });
}
/**
 * The row the thresholds apply to. With a currency set, that currency's row. Otherwise the first
 * of CURRENCIES that meets min-balance (or is above zero when there is none); failing that, the
 * first of them reported. Never the order DeepSeek sent, and never another currency: the
 * thresholds are meant in one of those.
 */
function chooseRow(rows, rules) {
    if (rules.currency)
        return rows.find(row => row.currency === rules.currency);
    const candidates = CURRENCIES.flatMap(currency => rows.filter(row => row.currency === currency));
    const { minBalance } = rules;
    const meets = (row) => minBalance
        ? compareDecimals(row.total.value, minBalance.value) >= 0
        : isPositive(row.total.value);
    return candidates.find(meets) ?? candidates[0];
}
function decided(status, currency, finding, advice) {
    return { status, currency, finding, ...(advice && { advice }) };
}

;// CONCATENATED MODULE: ./src/decide/spend.ts


/** Below this, a daily rate would extrapolate from too short a look. */
const MIN_RATE_ELAPSED_MS = 3_600_000;
/** The most places a daily rate is written with, however small it is. */
const MAX_RATE_PLACES = 20;
const DAY_MS = 86400000n;
/**
 * What was spent between two snapshots, per currency both report. The rate is given only for the
 * checked currency, only when the baseline is at least MIN_RATE_ELAPSED_MS older than current
 * and spent is above zero.
 */
function computeSpend(baseline, current, checkedCurrency) {
    const elapsedMs = current.checkedAt.getTime() - baseline.checkedAt.getTime();
    const perCurrency = current.rows.flatMap(now => {
        const before = baseline.rows.find(row => row.currency === now.currency);
        return before ? [spendIn(now.currency, before.total, now.total)] : [];
    });
    const checked = perCurrency.find(entry => entry.currency === checkedCurrency);
    const rate = checked && rateOf(checked, elapsedMs);
    return { elapsedMs, perCurrency, ...(checked && { checked }), ...(rate && { rate }) };
}
/** Whether a runway is below the threshold, exactly. */
function runwayBelow(rate, threshold) {
    return compareDecimals(rate.runway, threshold) < 0;
}
function spendIn(currency, before, after) {
    const spent = subtractDecimals(before.value, after.value);
    const places = Math.max(before.value.scale, after.value.scale);
    // Stryker disable next-line EqualityOperator: -0n is 0n
    const moved = { units: spent.units < 0n ? -spent.units : spent.units, scale: spent.scale };
    return {
        currency,
        before,
        after,
        spent,
        spentText: clean(formatDecimal(spent, places)),
        movedText: clean(formatDecimal(moved, places))
    };
}
function rateOf(checked, elapsedMs) {
    // Written as !(>=) so that an invalid Date (elapsedMs NaN) gives no rate either.
    if (!(elapsedMs >= MIN_RATE_ELAPSED_MS))
        return undefined;
    return rateFrom(checked.spent, elapsedMs, checked.after.value);
}
/**
 * The daily rate of `spent` over `elapsedMs`, and the runway of `total` at it; none unless spent
 * is above zero and time has passed.
 */
function rateFrom(spent, elapsedMs, total) {
    if (!(elapsedMs > 0) || !isPositive(spent))
        return undefined;
    // spent \u00d7 86 400 000 / elapsedMs, an exact fraction, rounded to as many places as it takes
    // to show it: a baseline from years ago must not give a rate of 0.00 beside a runway.
    const spentTimesDay = { units: spent.units * DAY_MS, scale: spent.scale };
    const elapsed = { units: BigInt(elapsedMs), scale: 0 };
    let perDay = divideDecimals(spentTimesDay, elapsed, spent.scale, 'half-away-from-zero');
    while (perDay.units < 10n && perDay.scale < MAX_RATE_PLACES) {
        perDay = divideDecimals(spentTimesDay, elapsed, perDay.scale + 1, 'half-away-from-zero');
    }
    // Only amounts with more places than money has could still round to zero here.
    if (!isPositive(perDay))
        return undefined;
    // The runway follows from the rate as shown, so that the two agree for anyone who checks.
    const runway = isPositive(total)
        ? divideDecimals(total, perDay, 1, 'floor')
        : { units: 0n, scale: 1 };
    return {
        perDay: clean(formatDecimal(perDay, perDay.scale)),
        runwayDays: clean(formatDecimal(runway, 1)),
        runway
    };
}

;// CONCATENATED MODULE: ./src/decide/history.ts



/**
 * The ledger of readings, read as a meter: spend over windows that top-ups do not fool, the
 * daily rate, spend per workflow, the series the charts draw, and which readings to keep. Pure.
 */
const HOUR_MS = 3_600_000;
const history_DAY_MS = 24 * HOUR_MS;
/** The windows the outputs spent-1d, spent-7d and spent-30d measure, in days. */
const WINDOW_DAYS = [1, 7, 30];
/** A ledger spanning at least this gives the daily rate (from the 7-day window). */
const RATE_SPAN_MS = history_DAY_MS;
/**
 * Every reading of the last KEEP_ALL_MS is kept, up to KEEP_ALL_MAX of them (those beyond, one
 * an hour); then one every 6 hours up to 30 days, one a day up to 90; nothing older. The bound
 * keeps the largest ledger small enough to read in a few tens of milliseconds.
 */
const KEEP_ALL_MS = 7 * history_DAY_MS;
const KEEP_ALL_MAX = 1000;
const KEEP_QUARTER_DAYS_MS = 30 * history_DAY_MS;
const KEEP_DAILY_MS = 90 * history_DAY_MS;
/** The balance chart's reach and its most points; the spend chart's days. */
const BALANCE_CHART_MS = 30 * history_DAY_MS;
const MAX_CHART_POINTS = 60;
const SPEND_CHART_DAYS = 14;
/**
 * The history of `currency` in the ledger, up to the current reading (the last of `entries`).
 * Readings without that currency are passed over.
 */
function historyOf(entries, currency, now) {
    const series = seriesOf(entries, currency);
    const count = series.at.length;
    const nowMs = now.getTime();
    const spanMs = count > 0 ? nowMs - series.at[0] : 0;
    const windows = count < 2 ? [] : WINDOW_DAYS.map(days => windowOf(series, days, nowMs));
    const week = windows.find(window => window.days === 7);
    const last = count > 0 ? decimal(series, series.units[count - 1]) : undefined;
    const rate = week && last && spanMs >= RATE_SPAN_MS ? rateFrom(week.spent, week.spanMs, last) : undefined;
    return {
        currency,
        total: last ? clean(formatDecimal(last, last.scale)) : own(''),
        readings: count,
        spanMs,
        windows,
        ...(rate && { rate }),
        workflows: workflowSpend(series, nowMs),
        balance: balanceChart(series, nowMs),
        dailySpend: count < 2 ? [] : dailySpend(series, nowMs)
    };
}
/**
 * Which readings the ledger keeps: every one of the last 7 days (the newest KEEP_ALL_MAX of
 * them; the others of those days, the last of each hour), then the last of each 6 hours up to 30
 * days and the last of each day up to 90. Bounded whatever the schedule: at most
 * KEEP_ALL_MAX + 169 hours + 93 quarter days + 61 days of readings (a span that does not start
 * on the hour touches one hour more). `entries` in time order.
 */
function retained(entries, now) {
    const age = (entry) => now.getTime() - entry.at;
    // In time order, the readings of the last 7 days are the last ones: keep up to KEEP_ALL_MAX.
    let start = entries.length;
    // Stryker disable next-line EqualityOperator: a reading exactly 7 days old is the last of its hour among the older ones either way
    while (start > 0 && age(entries[start - 1]) <= KEEP_ALL_MS)
        start--;
    const kept = Math.max(start, entries.length - KEEP_ALL_MAX);
    const older = entries.slice(0, kept).filter(entry => age(entry) <= KEEP_DAILY_MS);
    const bucket = (entry) => {
        const size = age(entry) <= KEEP_ALL_MS
            ? HOUR_MS
            : age(entry) <= KEEP_QUARTER_DAYS_MS
                ? 6 * HOUR_MS
                : history_DAY_MS;
        return `${size}/${Math.floor(entry.at / size)}`;
    };
    const lastOfBucket = older.filter((entry, index) => older[index + 1] === undefined || bucket(older[index + 1]) !== bucket(entry));
    return [...lastOfBucket, ...entries.slice(kept)];
}
function seriesOf(entries, currency) {
    const kept = [];
    const values = [];
    let scale = 0;
    for (const entry of entries) {
        const total = entry.totals.find(candidate => candidate.currency === currency);
        if (!total)
            continue;
        kept.push(entry);
        values.push(total.value);
        scale = Math.max(scale, total.value.scale);
    }
    const units = values.map(value => value.units * 10n ** BigInt(scale - value.scale));
    const fallen = [];
    let sum = 0n;
    units.forEach((value, index) => {
        const before = units[index - 1];
        // Stryker disable next-line EqualityOperator: >= adds a fall of zero
        if (before !== undefined && before > value)
            sum += before - value;
        fallen.push(sum);
    });
    return { at: kept.map(entry => entry.at), units, scale, fallen, entries: kept };
}
function decimal(series, units) {
    return { units, scale: series.scale };
}
function spentBetween(series, from, to) {
    return decimal(series, series.fallen[to] - series.fallen[from]);
}
function spentText(spent) {
    return clean(formatDecimal(spent, spent.scale));
}
function windowOf(series, days, nowMs) {
    const cutoff = nowMs - days * history_DAY_MS;
    // The newest reading at or before the cutoff, or the oldest when the ledger is younger.
    const start = Math.max(series.at.findLastIndex(at => at <= cutoff), 0);
    const spent = spentBetween(series, start, series.at.length - 1);
    const from = series.at[start];
    return {
        days,
        from: new Date(from),
        spanMs: nowMs - from,
        spent,
        spentText: spentText(spent),
        full: series.at[0] <= cutoff
    };
}
/**
 * What each workflow's jobs spent in the last 7 days: the fall from a job's gate reading to its
 * post step's (same workflow, run, attempt and job; and the gate's time, which the post step
 * writes, so that the legs of a matrix job are told apart).
 */
function workflowSpend(series, nowMs) {
    const since = nowMs - 7 * history_DAY_MS;
    const gates = new Map();
    const byWorkflow = new Map();
    series.entries.forEach(({ source, at }, index) => {
        if (!source || at < since)
            return;
        const job = JSON.stringify([source.workflow, source.runId, source.runAttempt, source.job]);
        const open = gates.get(job) ?? [];
        if (source.step === 'gate') {
            gates.set(job, [...open, index]);
            return;
        }
        const position = source.gateAt === undefined
            ? open.length - 1
            : open.findIndex(gate => series.at[gate] === source.gateAt);
        const gate = open[position];
        if (gate === undefined)
            return;
        open.splice(position, 1);
        const fall = series.units[gate] - series.units[index];
        const entry = byWorkflow.get(source.workflow) ?? { jobs: 0, spent: 0n };
        entry.jobs++;
        // Stryker disable next-line EqualityOperator: >= adds a fall of zero
        if (fall > 0n)
            entry.spent += fall;
        byWorkflow.set(source.workflow, entry);
    });
    // Each workflow once (a Map's keys), in the order of its name's UTF-16 code units.
    return [...byWorkflow.keys()].sort().map(workflow => {
        const { jobs, spent } = byWorkflow.get(workflow);
        return { workflow: clean(workflow, 100), jobs, spentText: spentText(decimal(series, spent)) };
    });
}
/**
 * The balance over the last 30 days: at the end of each UTC day, or of each hour when the
 * ledger spans less than two days; a slot without a reading keeps the balance before it.
 */
function balanceChart(series, nowMs) {
    const { at, units } = series;
    const first = at[0];
    const unit = first !== undefined && nowMs - first < 2 * history_DAY_MS ? 'hour' : 'day';
    if (first === undefined || at.length < 2)
        return { unit, points: [] };
    const size = unit === 'hour' ? HOUR_MS : history_DAY_MS;
    const start = Math.max(first, nowMs - BALANCE_CHART_MS);
    const points = [];
    for (let slot = Math.floor(start / size); slot * size <= nowMs; slot++) {
        // The last reading up to the end of the slot; before the first slot, the one it starts with.
        const last = at.findLastIndex(time => Math.floor(time / size) <= slot);
        points.push({ at: new Date(slot * size), value: decimal(series, units[Math.max(last, 0)]) });
    }
    // Stryker disable next-line MethodExpression: a guard; 30 days a day at a time, or under 2 days an hour at a time, is at most 49 points today
    return { unit, points: points.slice(-MAX_CHART_POINTS) };
}
/**
 * What was spent on each UTC day, for the last days up to 14, from the first with a reading: the
 * falls that end on that day, from the last reading before it through its own.
 */
function dailySpend(series, nowMs) {
    const { at } = series;
    const today = Math.floor(nowMs / history_DAY_MS);
    const firstDay = Math.max(today - SPEND_CHART_DAYS + 1, Math.floor(at[0] / history_DAY_MS));
    const days = [];
    for (let day = firstDay; day <= today; day++) {
        // The last reading before the day (none on the first reading's day), and the day's last:
        // every day here is on or after the first reading's, so it has one.
        const last = at.findLastIndex(time => time < day * history_DAY_MS);
        const end = at.findLastIndex(time => time < (day + 1) * history_DAY_MS);
        const spent = series.fallen[end] - series.fallen[Math.max(last, 0)];
        days.push({ at: new Date(day * history_DAY_MS), value: decimal(series, spent) });
    }
    return days;
}

;// CONCATENATED MODULE: ./src/base/ledger.ts




/** A larger file is not read, nor written: a warning says so. */
const MAX_LEDGER_BYTES = 8 * 1024 * 1024;
/** Source fields longer than this are not ours (we write at most 100 characters). */
const MAX_SOURCE_FIELD = 400;
const NO_TIME_LIMIT = new Date(8.64e15);
/** Reads a ledger's text. Nothing in it fails: what is not a reading is counted and left out. */
function parseLedger(text, now) {
    const entries = [];
    const future = [];
    let skipped = 0;
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        if (line === '')
            continue;
        const entry = line.length > MAX_SNAPSHOT_LENGTH ? undefined : entryOfLine(line);
        if (!entry)
            skipped++;
        else if (entry.at > now.getTime())
            future.push(entry);
        else
            entries.push(entry);
    }
    // Stable: readings of the same time keep the order they were written in.
    entries.sort((a, b) => a.at - b.at);
    return { entries, future, skipped };
}
/** One of our readings as a ledger entry, with its line. */
function entryOf(reading) {
    const line = formatReading(reading);
    const entry = entryOfLine(line);
    if (!entry)
        throw new TypeError('a reading that does not read back');
    return entry;
}
/**
 * One reading as a line of the ledger, which parseLedger reads back. Only the rows of the
 * currencies this action checks: the ledger is their history, and a line stays short.
 */
function formatReading(reading) {
    const { source } = reading;
    const rows = reading.rows.filter(row => CURRENCIES.some(currency => currency === row.currency));
    return cleanJson({
        ...formatSnapshotFields({ ...reading, rows }),
        ...(source && {
            workflow: source.workflow,
            run_id: source.runId,
            run_attempt: source.runAttempt,
            job: source.job,
            step: own(source.step),
            ...(source.gateAt && { gate_checked_at: isoTimestamp(source.gateAt) })
        })
    });
}
/** The ledger's text: one line an entry, in the order given, ending with a line break. */
function formatLedger(entries) {
    return entries.map(entry => `${entry.line}\n`).join('');
}
/** A line that is a reading, by the snapshot's rules, as an entry; undefined otherwise. */
function entryOfLine(line) {
    const json = parseJson(line);
    if (!json.ok)
        return undefined;
    // Any time is read here; parseLedger sets apart the readings after now.
    const checked = checkSnapshot(json.value, NO_TIME_LIMIT);
    if (!checked.ok)
        return undefined;
    const totals = checked.value.rows
        .filter(row => CURRENCIES.some(currency => currency === row.currency))
        .map(row => ({ currency: row.currency, value: row.value }));
    // A snapshot is a JSON object: checkSnapshot has checked that.
    const source = readSource(json.value);
    return { at: checked.value.checkedAt.getTime(), totals, ...(source && { source }), line };
}
/** Our own fields of a line that is a reading; absent, or not all there, means none. */
function readSource(json) {
    const field = (name) => {
        const value = json[name];
        return typeof value === 'string' && value.length <= MAX_SOURCE_FIELD ? value : undefined;
    };
    const [workflow, runId, runAttempt, job] = ['workflow', 'run_id', 'run_attempt', 'job'].map(field);
    const step = json.step === 'gate' || json.step === 'post' ? json.step : undefined;
    // An empty field is no field.
    if (!workflow || !runId || !runAttempt || !job || !step)
        return undefined;
    // Absent or not a time: no gate time (the post step pairs with the last open gate).
    const gate = readCheckedAt(json.gate_checked_at);
    const gateAt = gate instanceof Date ? gate.getTime() : undefined;
    return { workflow, runId, runAttempt, job, step, ...(gateAt !== undefined && { gateAt }) };
}

;// CONCATENATED MODULE: ./src/decide/ledger-check.ts





const KEEP_AHEAD_MS = 24 * 3_600_000;
/**
 * Reads the ledger the step found, adds `current` (the step's own reading, when it read one) and
 * decides what to write back. A file that is too large, unreadable, or holds not one reading
 * (a wrong path, most likely) is left untouched; lines that are not readings are counted and
 * dropped. Nothing here fails a step.
 */
function checkLedger(ledger, current, currency, now) {
    const { file, found } = ledger;
    if (found.kind === 'too-large') {
        const note = {
            kind: 'history-too-large',
            level: 'warning',
            file,
            bytes: found.bytes,
            limit: MAX_LEDGER_BYTES
        };
        return { file, notes: [note] };
    }
    if (found.kind === 'unreadable') {
        return {
            file,
            notes: [{ kind: 'history-unreadable', level: 'warning', file, error: found.error }]
        };
    }
    const text = found.kind === 'read' ? found.text : '';
    const parsed = parseLedger(text, now);
    // Readings up to a day after now are kept, not counted: a runner whose clock is behind must not
    // delete them. Further ahead they are no clock's error: skipped like any line that is no reading.
    const ahead = parsed.future.filter(entry => entry.at - now.getTime() <= KEEP_AHEAD_MS);
    const skipped = parsed.skipped + parsed.future.length - ahead.length;
    const notes = [];
    if (parsed.entries.length + ahead.length === 0 && skipped > 0) {
        return {
            file,
            notes: [{ kind: 'history-not-a-ledger', level: 'warning', file, lines: skipped }]
        };
    }
    if (skipped > 0 || ahead.length > 0) {
        notes.push({
            kind: 'history-lines-skipped',
            level: 'warning',
            file,
            skipped,
            future: ahead.length
        });
    }
    const all = current ? [...parsed.entries, entryOf(current)] : parsed.entries;
    return {
        file,
        ...(currency && { history: historyOf(all, currency, now) }),
        ...(current && { write: [...retained(all, now), ...ahead] }),
        notes
    };
}
/** The last day's spend held to max-spend-per-day. */
function dailyCap(history, max) {
    // Stryker disable next-line ConditionalExpression: the last day's window comes first, so any window found first is it
    const day = history.windows.find(window => window.days === 1);
    const spent = day?.spent ?? { units: 0n, scale: 0 };
    return {
        kind: 'daily-cap',
        over: compareDecimals(spent, max.value) > 0,
        spent: day?.spentText ?? own('0'),
        currency: history.currency,
        spanMs: day?.spanMs ?? 0,
        partial: !day?.full,
        max: max.text
    };
}
/** What the ledger's windows say, as a finding; none without a reading before this one. */
function historySpend(history) {
    if (history.windows.length === 0)
        return undefined;
    return {
        kind: 'history-spend',
        currency: history.currency,
        windows: history.windows.map(window => ({
            days: window.days,
            spent: window.spentText,
            spanMs: window.spanMs,
            full: window.full
        }))
    };
}
/** The history's rate, as a finding: below warn-runway-days, or just the rate. */
function historyRate(history, rate, warnRunwayDays, now) {
    const week = history.windows.find(window => window.days === 7);
    const figures = {
        perDay: rate.perDay,
        currency: history.currency,
        since: week?.from ?? now,
        total: history.total,
        runwayDays: rate.runwayDays
    };
    return warnRunwayDays && runwayBelow(rate, warnRunwayDays.value)
        ? { kind: 'runway-low', rate: figures, threshold: warnRunwayDays.text }
        : { kind: 'rate', rate: figures };
}

;// CONCATENATED MODULE: ./src/decide/verdict.ts





/**
 * The gate: the balance against the thresholds; the spend since a baseline when one is given;
 * and, with a ledger, its windows, its daily cap and the reading to add to it.
 */
function gateVerdict(settings, reading, checkedAt, ledger, source) {
    const notes = settingsNotes(settings);
    if (!reading.ok) {
        const ledgerNotes = ledger ? checkLedger(ledger, undefined, undefined, checkedAt).notes : [];
        return readFailed('gate', reading, undefined, [...notes, ...ledgerNotes], checkedAt);
    }
    const { balance, attempts, elapsedMs } = reading;
    const decision = evaluate(balance, settings);
    const current = { ...balance, checkedAt, ...(source && { source }) };
    const ledgerCheck = ledger && checkLedger(ledger, current, decision.currency, checkedAt);
    const history = ledgerCheck?.history;
    notes.push(...(ledgerCheck?.notes ?? []));
    const { baseline } = settings;
    // A ledger that spans a day gives the rate; a baseline gives it otherwise.
    const spend = baseline &&
        checkSpend(baseline, current, decision.currency, { ...settings, ...(history?.rate && { warnRunwayDays: undefined }) }, { kind: 'since', since: baseline.checkedAt });
    notes.push(...runwayNotes(settings, spend, history));
    const fromHistory = ledgerCheck && ledgerFindings(ledgerCheck, settings, decision, checkedAt);
    const problems = [...(spend?.problems ?? []), ...(fromHistory?.problems ?? [])].sort((a, b) => PROBLEM_ORDER.indexOf(a.kind) - PROBLEM_ORDER.indexOf(b.kind));
    const status = gateStatus(decision, problems);
    // The balance leads when it decides the status; otherwise the first problem does.
    const problemLeads = status !== decision.status;
    const headline = (problemLeads ? problems[0] : undefined) ?? decision.finding;
    const reasons = [
        decision.finding,
        // One rate: the history's, when it has one, else the baseline's.
        ...(spend ? spendReasons(spend, !history?.rate) : []),
        ...(fromHistory?.reasons ?? []),
        ...(fromHistory?.problems ?? [])
    ].filter(finding => finding !== headline);
    const balanceAdvice = decision.advice ? [decision.advice] : [];
    const budgetAdvice = problems.flatMap(problemAdvice);
    const severity = severityOf(status, settings.failOnInsufficient);
    return {
        step: 'gate',
        status,
        // A daily cap checked over less than a day, or not at all, passes with a notice.
        severity: severity === 'ok' && fromHistory?.notice ? 'notice' : severity,
        headline,
        reasons,
        advice: uniqueKinds(problemLeads ? [...budgetAdvice, ...balanceAdvice] : [...balanceAdvice, ...budgetAdvice]),
        notes,
        checkedAt,
        reading: { balance, attempts, elapsedMs, decision },
        ...(spend && { spend }),
        ...(ledgerCheck && { ledger: ledgerCheck })
    };
}
/**
 * The post step: what the job spent since the gate's reading, held to max-spend (the job's
 * budget). A budget that could not be checked does not pass; without one, a missing figure is
 * only a warning. With a ledger, its reading is added to it.
 */
function postVerdict(settings, start, currency, reading, checkedAt, ledger, source) {
    const max = settings.maxSpend?.text;
    if (!reading.ok) {
        const notes = ledger ? checkLedger(ledger, undefined, undefined, checkedAt).notes : [];
        return readFailed('post', reading, max, [...notes], checkedAt, currency);
    }
    const { balance, attempts, elapsedMs } = reading;
    const current = { ...balance, checkedAt, ...(source && { source }) };
    const ledgerCheck = ledger && checkLedger(ledger, current, currency, checkedAt);
    const spend = checkSpend(start, current, currency, { ...(settings.maxSpend && { maxSpend: settings.maxSpend }) }, { kind: 'job' });
    const status = spend.status === 'unchecked' ? 'error' : spend.status === 'over-budget' ? 'over-budget' : 'ok';
    return {
        step: 'post',
        status,
        severity: severityOf(status, true),
        headline: spend.problems[0] ?? spend.report,
        reasons: [],
        advice: spendAdvice(spend),
        notes: [...(ledgerCheck?.notes ?? [])],
        checkedAt,
        reading: { balance, attempts, elapsedMs },
        spend,
        ...(ledgerCheck && { ledger: ledgerCheck })
    };
}
/** The post step cannot read back what the gate saved: the job's spend is unknown. */
function unreadableStartVerdict(settings, checkedAt) {
    const max = settings.maxSpend?.text;
    return {
        step: 'post',
        status: 'error',
        severity: max ? 'failure' : 'warning',
        headline: { kind: 'saved-balance-unreadable', ...(max && { max }) },
        reasons: [],
        advice: [],
        notes: [],
        checkedAt
    };
}
/** Inputs that cannot be used: nothing was read. */
function inputVerdict(problem, checkedAt) {
    return {
        step: 'gate',
        status: 'error',
        severity: 'failure',
        headline: { kind: 'input', problem },
        reasons: [],
        advice: [],
        notes: [],
        checkedAt
    };
}
/** A failure nobody foresaw (a bug, or the runner's files): its message only. */
function unexpectedVerdict(step, error, checkedAt) {
    return {
        step,
        status: 'error',
        severity: 'failure',
        headline: { kind: 'unexpected', error },
        reasons: [],
        advice: [],
        notes: [],
        checkedAt
    };
}
/** What the step does about a status. `fail-on-insufficient: false` makes insufficient a warning only. */
function severityOf(status, failOnInsufficient) {
    switch (status) {
        case 'ok':
            return 'ok';
        case 'low':
            return 'warning';
        case 'insufficient':
            return failOnInsufficient ? 'failure' : 'warning';
        case 'over-budget':
        case 'error':
            return 'failure';
    }
}
/** Spend between two snapshots, held to max-spend and warn-runway-days. Pure. */
function checkSpend(earlier, current, currency, rules, scope) {
    const spend = computeSpend(earlier, current, currency);
    const base = { scope, since: earlier.checkedAt, spend };
    const { checked, rate } = spend;
    if (!checked) {
        const report = { kind: 'no-spend-figure', scope, ...(currency && { currency }) };
        if (!rules.maxSpend)
            return { ...base, status: 'ok', report, problems: [] };
        const max = rules.maxSpend.text;
        return {
            ...base,
            status: 'unchecked',
            report,
            problems: [{ kind: 'budget-unchecked', scope, max, ...(currency && { currency }) }]
        };
    }
    const figures = {
        currency: checked.currency,
        amount: checked.movedText,
        before: checked.before.text,
        after: checked.after.text,
        elapsedMs: spend.elapsedMs
    };
    const rateFigures = rate && {
        perDay: rate.perDay,
        currency: checked.currency,
        since: earlier.checkedAt,
        total: checked.after.text,
        runwayDays: rate.runwayDays
    };
    const overBudget = rules.maxSpend && compareDecimals(checked.spent, rules.maxSpend.value) > 0;
    const shortRunway = rules.warnRunwayDays && rate && runwayBelow(rate, rules.warnRunwayDays.value);
    const problems = [
        ...(overBudget && rules.maxSpend
            ? [{ kind: 'over-budget', scope, figures, max: rules.maxSpend.text }]
            : []),
        ...(shortRunway && rateFigures && rules.warnRunwayDays
            ? [{ kind: 'runway-low', rate: rateFigures, threshold: rules.warnRunwayDays.text }]
            : [])
    ];
    return {
        ...base,
        status: overBudget ? 'over-budget' : shortRunway ? 'low' : 'ok',
        report: { kind: checked.spent.units < 0n ? 'rose' : 'spent', scope, figures },
        ...(rateFigures && { rate: { kind: 'rate', rate: rateFigures } }),
        problems
    };
}
/** Inputs that are valid alone but do nothing here, or make little sense together. */
function settingsNotes(settings) {
    const notes = [];
    const { minBalance, warnBalance, warnRunwayDays } = settings;
    if (minBalance && warnBalance && compareDecimals(warnBalance.value, minBalance.value) <= 0) {
        notes.push({
            kind: 'warn-not-above-min',
            level: 'warning',
            warn: warnBalance.text,
            min: minBalance.text
        });
    }
    if (warnRunwayDays && !settings.baseline && !settings.history) {
        notes.push({ kind: 'runway-without-baseline', level: 'notice', days: warnRunwayDays.text });
    }
    return notes;
}
/** The spend's problems, in the order they decide the status. */
const PROBLEM_ORDER = [
    'budget-unchecked',
    'over-budget',
    'daily-cap',
    'runway-low'
];
/** error (max-spend not checked) > over-budget (max-spend or the daily cap) > the balance's own status > a short runway. */
function gateStatus(decision, problems) {
    const kinds = problems.map(problem => problem.kind);
    if (kinds.includes('budget-unchecked'))
        return 'error';
    if (kinds.includes('over-budget') || kinds.includes('daily-cap'))
        return 'over-budget';
    if (decision.status !== 'ok')
        return decision.status;
    return kinds.includes('runway-low') ? 'low' : 'ok';
}
/**
 * What the ledger adds to the gate. A ledger that cannot be used (or no currency to count in)
 * never fails the gate by itself: a daily cap then goes unchecked, with a notice.
 */
function ledgerFindings(check, settings, decision, now) {
    if (check.history)
        return historyFindings(check.history, settings, now);
    if (!settings.maxSpendPerDay)
        return { reasons: [], problems: [], notice: false };
    const why = decision.currency ? 'history-unusable' : 'no-currency';
    return {
        reasons: [{ kind: 'daily-cap-unchecked', max: settings.maxSpendPerDay.text, why }],
        problems: [],
        notice: true
    };
}
/**
 * What the ledger adds: its windows and rate as reasons; a daily cap that is exceeded and a
 * runway below warn-runway-days as problems; a notice when the cap could be checked over less
 * than a day only.
 */
function historyFindings(history, settings, now) {
    const reasons = [];
    const problems = [];
    const windows = historySpend(history);
    if (windows)
        reasons.push(windows);
    let notice = false;
    if (settings.maxSpendPerDay) {
        const cap = dailyCap(history, settings.maxSpendPerDay);
        if (cap.over)
            problems.push(cap);
        else
            reasons.push(cap);
        notice = !cap.over && cap.partial;
    }
    if (history.rate) {
        const rate = historyRate(history, history.rate, settings.warnRunwayDays, now);
        if (rate.kind === 'runway-low')
            problems.push(rate);
        else
            reasons.push(rate);
    }
    return { reasons, problems, notice };
}
/** warn-runway-days that nothing can check: no baseline nor ledger, or neither old enough. */
function runwayNotes(settings, spend, history) {
    const days = settings.warnRunwayDays?.text;
    if (!days || history?.rate || spend?.spend.rate)
        return [];
    if (spend && spend.spend.elapsedMs < MIN_RATE_ELAPSED_MS) {
        return [
            {
                kind: 'runway-baseline-too-young',
                level: 'notice',
                days,
                ageMs: spend.spend.elapsedMs,
                neededMs: MIN_RATE_ELAPSED_MS
            }
        ];
    }
    if (history && !spend && history.spanMs < RATE_SPAN_MS) {
        return [
            {
                kind: 'runway-history-too-short',
                level: 'notice',
                days,
                spanMs: history.spanMs,
                neededMs: RATE_SPAN_MS
            }
        ];
    }
    return [];
}
/**
 * The spend's findings as reasons: the report of what was spent (an over-budget or unchecked
 * budget gives the figures already), then the problems, or the rate when the runway is fine.
 */
function spendReasons(spend, withRate = true) {
    const [first] = spend.problems;
    const report = first?.kind === 'over-budget' || first?.kind === 'budget-unchecked' ? [] : [spend.report];
    const runwayTold = spend.problems.some(problem => problem.kind === 'runway-low');
    const rate = spend.rate && withRate && !runwayTold ? [spend.rate] : [];
    return [...report, ...spend.problems, ...rate];
}
function spendAdvice(spend) {
    return spend.problems.flatMap(problemAdvice);
}
function problemAdvice(problem) {
    switch (problem.kind) {
        case 'over-budget':
            return [{ kind: 'find-spend-or-raise-max' }];
        case 'daily-cap':
            return [{ kind: 'find-spend-or-raise-cap' }];
        case 'runway-low':
            return [{ kind: 'top-up-or-lower-runway' }];
        default:
            return [];
    }
}
function readFailed(step, reading, max, notes, checkedAt, currency) {
    const { failure, attempts, elapsedMs } = reading;
    return {
        step,
        status: 'error',
        // "Could not check" never passes a gate or a budget; at the end of a job without a budget it
        // is only a missing figure.
        severity: step === 'post' && !max ? 'warning' : 'failure',
        headline: {
            kind: 'read-failed',
            failure,
            attempts,
            elapsedMs,
            atEndOfJob: step === 'post',
            ...(max && { max }),
            ...(currency && { currency })
        },
        reasons: [],
        advice: [{ kind: 'fix-read', failure }],
        notes,
        checkedAt
    };
}
function uniqueKinds(advice) {
    return advice.filter((item, index) => advice.findIndex(other => other.kind === item.kind) === index);
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/read/ledger-file.ts




/** Looks for the ledger the `history` input names; undefined without one. */
function findLedger(history) {
    if (!history)
        return undefined;
    const path = ledgerPath(history);
    return { path, file: clean(history, 100), found: readLedgerFile(path) };
}
/** The `history` path: relative to the workspace (GITHUB_WORKSPACE, else the working directory). */
function ledgerPath(history) {
    if ((0,external_node_path_namespaceObject.isAbsolute)(history))
        return history;
    return (0,external_node_path_namespaceObject.resolve)(process.env['GITHUB_WORKSPACE'] || process.cwd(), history);
}
/**
 * Reads the ledger, its size checked first: a file over MAX_LEDGER_BYTES is not read at all.
 * Bytes that are not UTF-8 become U+FFFD, which no reading contains.
 */
function readLedgerFile(path) {
    let descriptor;
    try {
        // Looked at before it is opened: opening a named pipe would wait for a writer forever.
        if (!(0,external_node_fs_namespaceObject.statSync)(path).isFile())
            return { kind: 'unreadable', error: own('not a file') };
        descriptor = (0,external_node_fs_namespaceObject.openSync)(path, 'r');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { kind: 'missing' };
        return unreadable(error);
    }
    try {
        const { size, isFile } = statOf(descriptor);
        if (!isFile)
            return { kind: 'unreadable', error: own('not a file') };
        if (size > MAX_LEDGER_BYTES)
            return { kind: 'too-large', bytes: size };
        return { kind: 'read', text: (0,external_node_fs_namespaceObject.readFileSync)(descriptor, 'utf8') };
    }
    catch (error) {
        return unreadable(error);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(descriptor);
    }
}
function statOf(descriptor) {
    const stats = (0,external_node_fs_namespaceObject.fstatSync)(descriptor);
    return { size: stats.size, isFile: stats.isFile() };
}
function unreadable(error) {
    return {
        kind: 'unreadable',
        error: clean(error instanceof Error ? error.message : String(error), 160)
    };
}

;// CONCATENATED MODULE: ./src/read/failure.ts

/** Socket errors with a known meaning. */
const NETWORK_CODES = [
    'ECONNREFUSED',
    'ECONNRESET',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN'
];
const TLS_CODES = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_HAS_EXPIRED',
    'ERR_TLS_CERT_ALTNAME_INVALID'
]);
/** One attempt's failure. */
class FetchError extends Error {
    failure;
    constructor(failure, cause) {
        super(failure.kind, cause === undefined ? undefined : { cause });
        this.failure = failure;
        this.name = 'FetchError';
    }
}
/** The content type and the start of a body, on one short line. */
function bodyStart(body, contentType) {
    return {
        contentType: contentType ? clean(contentType, 60) : undefined,
        // A byte-order mark is a format character: the cleaning removes it with the rest.
        start: clean(body, 80)
    };
}
/** DeepSeek's `error.message` (or a top-level `message`) when there is one, else the body. */
function errorDetail(body, contentType) {
    if (body.trim() === '')
        return { none: true };
    try {
        const json = JSON.parse(body);
        const error = json?.error;
        const text = typeof error?.message === 'string'
            ? error.message
            : json?.message;
        if (typeof text === 'string' && text.trim() !== '')
            return { message: clean(text) };
    }
    catch {
        // not JSON: the start of the body says who answered
    }
    return { body: bodyStart(body, contentType) };
}
/** Anything the request itself threw (the socket, DNS, TLS, the proxy), as a failure. */
function requestFailure(error, target, proxy) {
    if (error instanceof FetchError)
        return error.failure;
    const host = clean(target.host, 100);
    const rawCode = error?.code;
    const code = typeof rawCode === 'string' ? rawCode : undefined;
    const message = error instanceof Error ? error.message : String(error);
    // http-client's proxy agent (tunnel) reports every proxy failure with this text.
    const tunnel = /^tunneling socket could not be established, (.*)$/.exec(message);
    if (tunnel) {
        // Stryker disable next-line StringLiteral: never used, the group (.*) always takes part in the match
        const cause = tunnel[1] ?? '';
        const status = /^statusCode=(\d{3})/.exec(cause)?.[1];
        return {
            kind: 'proxy',
            host,
            proxy: proxy ? clean(proxy.host, 100) : undefined,
            answer: status ? { status: Number(status) } : { error: clean(cause.replace(/^cause=/, '')) }
        };
    }
    if (code !== undefined && TLS_CODES.has(code))
        return { kind: 'tls', host, code: clean(code) };
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
        return { kind: 'name-not-resolved', host, name: clean(target.hostname, 100), code };
    }
    const network = NETWORK_CODES.find(known => known === code);
    if (network)
        return { kind: 'network', host, code: network };
    return {
        kind: 'request',
        host,
        error: clean(message.replace(/\.$/, '') + (code === undefined ? '' : ` (${code})`))
    };
}
/** The balance could not be read: the last attempt's failure, after every attempt allowed. */
class BalanceReadError extends Error {
    failure;
    attempts;
    elapsedMs;
    constructor(failure, attempts, elapsedMs, cause) {
        super(failure.kind, cause === undefined ? undefined : { cause });
        this.failure = failure;
        this.attempts = attempts;
        this.elapsedMs = elapsedMs;
        this.name = 'BalanceReadError';
    }
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
/**
 * Whether another attempt may get another answer. Final: the key was refused, the body is not a
 * balance, a redirect leads elsewhere, TLS is not trusted, a proxy refused the tunnel (4xx) or is
 * not a URL, and errors nobody knows the meaning of.
 */
function isRetried(failure) {
    switch (failure.kind) {
        case 'timeout':
        case 'closed-early':
            return true;
        case 'http':
            return RETRIED_STATUSES.includes(failure.status);
        case 'name-not-resolved':
        case 'network':
            return RETRIED_NETWORK_CODES.has(failure.code);
        case 'proxy':
            return !('status' in failure.answer &&
                failure.answer.status >= 400 &&
                failure.answer.status < 500);
        case 'body-too-large':
        case 'not-a-balance':
        case 'redirect-elsewhere':
        case 'redirect-unreadable':
        case 'too-many-redirects':
        case 'proxy-setting':
        case 'tls':
        case 'request':
            return false;
    }
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
/**
 * Runs `attempt` until it succeeds, fails for good, or `retries` more attempts have failed; then
 * throws a BalanceReadError with the last failure. An attempt fails with a FetchError.
 */
async function withRetries(attempt, loop) {
    const { clock } = loop;
    const started = clock.now();
    for (let number = 1;; number++) {
        try {
            const value = await attempt(number);
            return { value, attempts: number, elapsedMs: clock.now() - started };
        }
        catch (error) {
            if (!(error instanceof FetchError))
                throw error;
            const { failure } = error;
            if (!isRetried(failure) || number > loop.retries) {
                throw new BalanceReadError(failure, number, clock.now() - started, error);
            }
            const delay = retryDelayMs(number, failure.kind === 'http' ? failure.retryAfterMs : undefined, clock.random);
            loop.onRetry(failure, number, delay);
            await clock.sleep(delay);
        }
    }
}

;// CONCATENATED MODULE: ./src/base/version.ts
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
 * Throws a FetchError.
 */
async function getOnce(request) {
    const proxy = proxyFor(request.url);
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
            reject(fail({
                kind: 'timeout',
                timeoutMs: request.timeoutMs,
                headersReceived: progress.headersReceived
            }));
        }, request.timeoutMs);
    });
    const exchanged = exchange(client, request, progress).catch((error) => {
        throw new FetchError(requestFailure(error, progress.target, proxy), error);
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
            const from = clean(target.host, 100);
            if (redirects >= MAX_REDIRECTS) {
                throw fail({ kind: 'too-many-redirects', from, limit: MAX_REDIRECTS });
            }
            let next;
            try {
                next = new URL(location, target);
            }
            catch {
                throw fail({ kind: 'redirect-unreadable', from });
            }
            if (next.origin !== target.origin) {
                // Only scheme, host and port of the target: its path or query could carry anything.
                const web = /^https?:$/.test(next.protocol);
                throw fail({
                    kind: 'redirect-elsewhere',
                    from,
                    to: web ? { origin: clean(next.origin, 100) } : { scheme: clean(next.protocol, 20) },
                    downgrade: target.protocol === 'https:' && next.protocol === 'http:'
                });
            }
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
/**
 * The proxy http-client will use for a URL (HTTPS_PROXY, HTTP_PROXY, NO_PROXY), if any. A proxy
 * variable that is not a URL fails here, naming the variable, before anything is sent: inside
 * http-client it would only say "Invalid URL".
 */
function proxyFor(target) {
    let proxy;
    try {
        proxy = lib_getProxyUrl(target.href);
    }
    catch {
        throw fail({ kind: 'proxy-setting', variable: proxyVariable(target) });
    }
    return proxy ? new URL(proxy) : undefined;
}
/** The variable http-client reads the proxy from for this URL, in its order. */
function proxyVariable(target) {
    const names = target.protocol === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY'];
    return names.find(name => process.env[name]) ?? names[1];
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
                reject(fail({ kind: 'body-too-large', limitBytes: limit }));
                message.destroy();
                return;
            }
            chunks.push(chunk);
        });
        message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        message.on('error', reject);
        message.on('close', () => {
            if (!message.complete)
                reject(fail({ kind: 'closed-early', host: clean(target.host, 100) }));
        });
    });
}
function fail(failure) {
    return new FetchError(failure);
}

;// CONCATENATED MODULE: ./src/read/read-balance.ts




/** Reads the balance, retrying what read/retry.ts says is worth it. */
async function read_balance_readBalance(request, progress, clock = realClock) {
    const maxAttempts = request.retries + 1;
    try {
        const { value, attempts, elapsedMs } = await withRetries(async (attempt) => {
            progress.attemptStarted(attempt, maxAttempts, request.balanceUrl);
            const balance = await readOnce(request, clock);
            progress.attemptSucceeded(attempt);
            return balance;
        }, {
            retries: request.retries,
            clock,
            onRetry: (failure, attempt, delayMs) => progress.retrying(failure, attempt, maxAttempts, delayMs)
        });
        return { ok: true, balance: value, attempts, elapsedMs };
    }
    catch (error) {
        if (!(error instanceof BalanceReadError))
            throw error;
        const { failure, attempts, elapsedMs } = error;
        return { ok: false, failure, attempts, elapsedMs };
    }
}
async function readOnce(request, clock) {
    const response = await getOnce({
        url: request.balanceUrl,
        apiKey: request.apiKey,
        timeoutMs: request.timeoutMs
    });
    const { status, body, contentType } = response;
    if (status < 200 || status > 299) {
        const wait = retryAfterMs(response.retryAfter, clock.now());
        throw new FetchError({
            kind: 'http',
            status,
            detail: errorDetail(body, contentType),
            ...(wait !== undefined && { retryAfterMs: wait })
        });
    }
    const parsed = parseBalance(body);
    if (!parsed.ok) {
        throw new FetchError({
            kind: 'not-a-balance',
            problem: parsed.problem,
            body: bodyStart(body, contentType)
        });
    }
    return parsed.value;
}

;// CONCATENATED MODULE: ./src/read/run-context.ts

/**
 * Where a reading is taken: the runner's names for the workflow, run, attempt and job, cleaned
 * (a workflow's name is anyone's text); the post step names its gate's reading by its time.
 * Undefined outside a runner, where there are none.
 */
function readingSource(step, gateAt) {
    const value = (name) => process.env[name] ?? '';
    const [workflow, runId, runAttempt, job] = [
        'GITHUB_WORKFLOW',
        'GITHUB_RUN_ID',
        'GITHUB_RUN_ATTEMPT',
        'GITHUB_JOB'
    ].map(value);
    if (!workflow || !runId || !job)
        return undefined;
    return {
        workflow: clean(workflow, 100),
        runId: clean(runId, 100),
        runAttempt: clean(runAttempt || '1', 100),
        job: clean(job, 100),
        step,
        ...(gateAt && { gateAt })
    };
}

;// CONCATENATED MODULE: ./src/report/messages.ts



/**
 * Every sentence a workflow author reads, written from typed data: the lower layers hand over a
 * kind and clean fields, never words. Each sentence is built with `ours` from literal text and
 * clean parts only.
 */
const TOP_UP_URL = 'https://platform.deepseek.com/top_up';
const TOP_UP = ours `https://platform.deepseek.com/top_up`;
const CHECK_NETWORK = ours `Check base-url, the network and any proxy (HTTPS_PROXY, NO_PROXY).`;
const CHECK_GATEWAY = ours `Check base-url and any gateway in between.`;
/** `CNY or USD`, `CNY nor USD`: the currencies, however many there are. */
function currencyList(conjunction) {
    const names = [...CURRENCIES];
    const last = names.pop() ?? '';
    return (names.length > 0 ? `${names.join(', ')} ${conjunction} ${last}` : last);
}
// -- The verdict -----------------------------------------------------------------------------
/**
 * The verdict in one line: the headline, the reasons and the advice, as sentences. It is the
 * `message` output and the text of the step's annotation, so the two never differ. Only an ok
 * verdict says "ok".
 */
function verdictLine(verdict) {
    return sentences([
        findingText(verdict.headline, verdict.status === 'ok'),
        ...verdict.reasons.map(reason => findingText(reason, false)),
        ...verdict.advice.map(adviceText)
    ]);
}
/** Parts as sentences: alone, a part is left as it is; together, each ends with a full stop. */
function sentences(parts) {
    const shown = parts.filter(part => part !== '');
    if (shown.length < 2)
        return joinClean(shown);
    return joinClean(shown.map(part => (/[.!?]$/.test(part) ? part : ours `${part}.`)));
}
function findingText(finding, saysOk) {
    switch (finding.kind) {
        case 'balance-ok':
        case 'below-min':
        case 'below-warn':
        case 'not-available':
        case 'missing-below-min':
        case 'missing-below-warn':
        case 'missing-but-available':
            return balanceText(finding, saysOk);
        case 'spent':
            return ours `DeepSeek spend ${scopeText(finding.scope)}: ${finding.figures.amount} ${finding.figures.currency} (${movement(finding.figures)})`;
        case 'rose':
            return ours `DeepSeek balance rose by ${finding.figures.amount} ${finding.figures.currency} ${scopeText(finding.scope)} (${movement(finding.figures)}), a top-up: no spend to report.`;
        case 'no-spend-figure':
            return ours `No spend figure ${scopeText(finding.scope)}: ${noFigureReason(finding.currency)}.`;
        case 'over-budget':
            return ours `DeepSeek spend ${scopeText(finding.scope)} is ${finding.figures.amount} ${finding.figures.currency}, above max-spend ${finding.max} ${finding.figures.currency} (${movement(finding.figures)}).`;
        case 'budget-unchecked':
            return ours `max-spend ${finding.max} could not be checked for the spend ${scopeText(finding.scope)}: ${noFigureReason(finding.currency)}. A budget that could not be checked does not pass.`;
        case 'rate':
            return ours `${rateText(finding.rate)}.`;
        case 'history-spend':
            return ours `DeepSeek spend in the history: ${joinClean(finding.windows.map(window => windowText(window, finding.currency)), ', ')}.`;
        case 'daily-cap':
            return dailyCapText(finding);
        case 'daily-cap-unchecked':
            return finding.why === 'no-currency'
                ? ours `max-spend-per-day ${finding.max} was not checked: no currency was checked (the account reports neither ${currencyList('nor')}), so there is no spend to count.`
                : ours `max-spend-per-day ${finding.max} was not checked: the history could not be used in this run (see the warning about it).`;
        case 'runway-low':
            return ours `${rateText(finding.rate)}, below warn-runway-days ${finding.threshold}.`;
        case 'read-failed': {
            const what = ours `${failureText(finding.failure)} ${plural(finding.attempts, 'attempt')} over ${seconds(finding.elapsedMs)}.`;
            if (!finding.atEndOfJob)
                return what;
            return finding.max
                ? ours `Could not read the DeepSeek balance at the end of the job, so max-spend ${finding.max} was not checked (a budget that was not checked does not pass): ${what}`
                : ours `Could not read the DeepSeek balance at the end of the job, so the job's spend is unknown: ${what}`;
        }
        case 'saved-balance-unreadable':
            return finding.max
                ? ours `The balance the gate saved for the post step could not be read back, so the job's spend is unknown and max-spend ${finding.max} was not checked.`
                : ours `The balance the gate saved for the post step could not be read back, so the job's spend is unknown.`;
        case 'input':
            return inputProblemText(finding.problem);
        case 'unexpected':
            return ours `The balance check failed unexpectedly: ${finding.error}`;
    }
}
function balanceText(finding, saysOk) {
    const ok = saysOk ? ours `: ok` : ours `.`;
    switch (finding.kind) {
        case 'balance-ok': {
            const { amount } = finding;
            const listed = joinClean([
                finding.min && ours `min-balance ${finding.min}`,
                finding.warn && ours `warn-balance ${finding.warn}`
            ], ', ');
            return ours `DeepSeek balance: ${amount.total} ${amount.currency}${listed ? ours ` (${listed})` : ours ``}${ok}`;
        }
        case 'below-min':
            return ours `DeepSeek balance ${finding.amount.total} ${finding.amount.currency} is below min-balance ${finding.min} ${finding.amount.currency}.`;
        case 'below-warn':
            return ours `DeepSeek balance ${finding.amount.total} ${finding.amount.currency} is below warn-balance ${finding.warn} ${finding.amount.currency}.`;
        case 'not-available': {
            const detail = 'amount' in finding
                ? ours `Balance ${finding.amount.total} ${finding.amount.currency}.`
                : ours `${missingText(finding.missing)}.`;
            return ours `DeepSeek reports the account as not available for API calls (is_available: false). ${detail}`;
        }
        case 'missing-below-min': {
            const { wanted } = finding.missing;
            return ours `${missingText(finding.missing)}, so min-balance ${finding.min}${wanted ? ours ` ${wanted}` : ours ``} cannot be met.`;
        }
        case 'missing-below-warn': {
            const { wanted } = finding.missing;
            return ours `${missingText(finding.missing)}; warn-balance is ${finding.warn}${wanted ? ours ` ${wanted}` : ours ``}.`;
        }
        case 'missing-but-available':
            return ours `${missingText(finding.missing)}; DeepSeek reports the account as available${ok}`;
    }
}
function missingText({ wanted, reported }) {
    if (reported.length === 0 && wanted === undefined) {
        return ours `DeepSeek reports no balance in any currency (balance_infos is empty)`;
    }
    const list = reported.length > 0 ? joinClean(reported, ', ') : ours `none`;
    return ours `DeepSeek reports no ${wanted ?? currencyList('or')} balance (currencies reported: ${list})`;
}
function scopeText(scope) {
    return scope.kind === 'job' ? ours `during this job` : ours `since ${isoTimestamp(scope.since)}`;
}
function movement(figures) {
    return ours `${figures.before} \u2192 ${figures.after} over ${duration(figures.elapsedMs)}`;
}
function rateText(rate) {
    return ours `At ${rate.perDay} ${rate.currency} a day since ${isoDate(rate.since)}, ${rate.total} ${rate.currency} lasts ${rate.runwayDays} more days`;
}
/** `1.20 CNY in the last day`, `8.40 CNY in 7 days (the history covers 3.2 days)`. */
function windowText(window, currency) {
    return ours `${window.spent} ${currency} in ${periodText(window.days, window.spanMs, window.full)}`;
}
/**
 * The period a window measures: `the last day`; `7 days (the history covers 3.2 days)` while the
 * ledger is younger; `the last day (from a reading 3.0 days ago, the newest before it)` when the
 * readings are further apart than the window.
 */
function periodText(days, spanMs, full) {
    const period = days === 1 ? ours `the last day` : ours `${days} days`;
    if (!full)
        return ours `${period} (the history covers ${duration(spanMs)})`;
    if (spanMs > days * 86_400_000 * 1.05) {
        return ours `${period} (from a reading ${duration(spanMs)} ago, the newest before it)`;
    }
    return period;
}
function dailyCapText(cap) {
    const limit = ours `max-spend-per-day ${cap.max} ${cap.currency}`;
    if (cap.spanMs <= 0) {
        return ours `${limit} was checked over nothing yet: the history has no earlier ${cap.currency} reading.`;
    }
    const period = periodText(1, cap.spanMs, !cap.partial);
    if (cap.over) {
        return ours `DeepSeek spend in ${period} is ${cap.spent} ${cap.currency}, above ${limit}.`;
    }
    return cap.partial
        ? ours `DeepSeek spend in ${period} is ${cap.spent} ${cap.currency}, within ${limit}; the history covers less than a day, so that is a lower bound.`
        : ours `DeepSeek spend in ${period} is ${cap.spent} ${cap.currency}, within ${limit}.`;
}
function noFigureReason(currency) {
    return currency
        ? ours `the earlier and the current balance do not both report ${currency}`
        : ours `no currency was checked (the account reports neither ${currencyList('nor')})`;
}
function adviceText(advice) {
    switch (advice.kind) {
        case 'top-up':
            return ours `Top up at ${TOP_UP}.`;
        case 'top-up-or-lower-min':
            return ours `Top up at ${TOP_UP}, or lower min-balance.`;
        case 'top-up-soon':
            return ours `Top up soon at ${TOP_UP}, or lower warn-balance.`;
        case 'check-account':
            return ours `Top up at ${TOP_UP}, or check the account's status on the DeepSeek platform.`;
        case 'other-currency':
            return ours `Set currency to one the account reports, or top up in ${advice.currency}.`;
        case 'find-spend-or-raise-max':
            return ours `Find what used more than expected, or raise max-spend.`;
        case 'top-up-or-lower-runway':
            return ours `Top up at ${TOP_UP}, or lower warn-runway-days.`;
        case 'find-spend-or-raise-cap':
            return ours `Find what spends more than a day's budget (a schedule that runs too often, a loop of re-runs), or raise max-spend-per-day.`;
        case 'fix-read':
            return failureHint(advice.failure);
    }
}
function noteText(note) {
    switch (note.kind) {
        case 'warn-not-above-min':
            return ours `warn-balance ${note.warn} is not above min-balance ${note.min}, so it never applies: a balance below it already fails the check. Raise warn-balance or remove it.`;
        case 'runway-without-baseline':
            return ours `warn-runway-days ${note.days} was not checked: a runway needs a daily rate, and a rate needs a baseline (the snapshot output of an earlier run) or a history. Pass one, or remove warn-runway-days.`;
        case 'runway-baseline-too-young':
            return ours `warn-runway-days ${note.days} was not checked: the baseline is ${duration(note.ageMs)} old, and a daily rate needs one at least ${duration(note.neededMs)} old.`;
        case 'runway-history-too-short':
            return ours `warn-runway-days ${note.days} was not checked: the history covers ${duration(note.spanMs)}, and a daily rate needs ${duration(note.neededMs)} of it.`;
        case 'history-lines-skipped': {
            const parts = joinClean([
                note.skipped > 0
                    ? ours `${note.skipped} ${note.skipped === 1 ? ours `line is` : ours `lines are`} not a reading (left out, and dropped when the file is written back)`
                    : ours ``,
                note.future > 0
                    ? ours `${note.future} ${note.future === 1 ? ours `reading is` : ours `readings are`} from after this runner's time (kept, not counted: a clock is off)`
                    : ours ``
            ], '; ');
            return ours `In the history ${note.file}, ${parts}.`;
        }
        case 'history-not-a-ledger':
            return ours `The history ${note.file} holds no reading (${note.lines} ${note.lines === 1 ? ours `line` : ours `lines`} of something else), so it was left untouched: check the history path.`;
        case 'history-too-large':
            return ours `The history ${note.file} is ${Math.ceil(note.bytes / 1024)} KiB, more than the ${note.limit / 1024 / 1024} MiB a ledger may be, so it was neither read nor written. Check the history path, or start a new ledger.`;
        case 'history-unreadable':
            return ours `The history ${note.file} could not be read (${note.error}), so it was neither used nor written.`;
    }
}
/** The summary's heading for each status. */
const GATE_HEADINGS = {
    ok: ours `\u2705 DeepSeek balance: ok`,
    low: ours `\u26a0\ufe0f DeepSeek balance: low`,
    insufficient: ours `\u274c DeepSeek balance: insufficient`,
    'over-budget': ours `\u274c DeepSeek spend: over budget`,
    error: ours `\u2753 DeepSeek balance: could not check`
};
const POST_HEADINGS = {
    ok: ours `\u2705 DeepSeek spend during this job`,
    low: ours `\u26a0\ufe0f DeepSeek spend during this job`,
    insufficient: ours `\u274c DeepSeek spend during this job`,
    'over-budget': ours `\u274c DeepSeek spend during this job: over budget`,
    error: ours `\u2753 DeepSeek spend during this job: not checked`
};
/** What the spend figures measure, for the summary's footnote. */
const SPEND_FOOTNOTE = ours `Spend is the change in the account's balance: it includes every other use of the account in that time, and DeepSeek may book a request's cost a little after it ends. Use a separate DeepSeek account for CI where exact per-job figures matter.`;
const CHART_TITLES = {
    dailyBalance: ours `balance at the end of each day (UTC)`,
    hourlyBalance: ours `balance at the end of each hour (UTC)`,
    dailySpend: ours `spent each day (UTC)`
};
/** The log's picture of the balance: `DeepSeek balance, CNY, 14 days: \u2587\u2586\u2586\u2585\u2583\u2582\u2588\u2587`. */
function balanceLine(currency, spanMs, sparkline) {
    return ours `DeepSeek balance in the history (${currency}, ${duration(spanMs)}): ${sparkline}`;
}
const OVERLAP_NOTE = ours `A job's spend is the fall from its gate's reading to its post step's; jobs that ran at the same time each count the other's spend too, so this is an approximation.`;
const NOTHING_READ = ours `No balance could be read, so the check did not pass.`;
const NO_ROWS = ours `DeepSeek reported no balance rows.`;
const NO_HISTORY_RATE = ours `no rate yet (a rate needs a history that covers a day, and spend in it)`;
const NO_RATE = ours `no rate (a rate needs the balance to fall over at least an hour)`;
/** Which currency the check uses when `currency` is empty. */
const ANY_CURRENCY = `any (${CURRENCIES.join(' first, then ')})`;
// -- Inputs ----------------------------------------------------------------------------------
const A_DECIMAL = ours `empty or a decimal number \u2265 0 such as 5, 12.50 or .5`;
const TRUE_OR_FALSE = ours `true or false`;
const BASE_URL = ours `an http(s) URL such as https://api.deepseek.com or https://gateway.example/deepseek, without credentials, query or fragment`;
/** What each input accepts, for the error that names it. */
const EXPECTED = {
    'api-key': ours `a DeepSeek API key (sk-...) from a secret`,
    'base-url': BASE_URL,
    timeout: ours `a whole number of milliseconds from 1 to 3600000`,
    retries: ours `a whole number from 0 to 10`,
    'min-balance': A_DECIMAL,
    'warn-balance': A_DECIMAL,
    currency: ours `${currencyList('or')} (any letter case), or empty`,
    'fail-on-insufficient': TRUE_OR_FALSE,
    summary: TRUE_OR_FALSE,
    baseline: ours `empty or the snapshot output of an earlier run ({"checked_at":"...","is_available":...,"balance_infos":[...]})`,
    'max-spend': A_DECIMAL,
    'warn-runway-days': ours `empty or a decimal number \u2265 0 such as 7, 2.5 or .5`,
    'report-spend': TRUE_OR_FALSE,
    history: ours `empty or the path of a JSON Lines file, relative to the workspace`,
    'max-spend-per-day': A_DECIMAL
};
function inputProblemText(problem) {
    switch (problem.kind) {
        case 'invalid':
            return ours `Input '${own(problem.input)}' must be ${EXPECTED[problem.input]}; got '${problem.value}'.`;
        case 'base-url-with-extras': {
            const extras = joinClean(problem.extras.map(extra => extra === 'credentials'
                ? ours `credentials`
                : extra === 'query'
                    ? ours `a query`
                    : ours `a fragment`), ' and ');
            return ours `Input 'base-url' must be ${BASE_URL}; got '${problem.shown}' with ${extras}, which ${problem.extras.length > 1 || problem.extras[0] === 'credentials' ? ours `are` : ours `is`} not shown.`;
        }
        case 'api-key-missing':
            return ours `Input 'api-key' is required: pass your DeepSeek API key from a secret, e.g. api-key: \${{ secrets.DEEPSEEK_API_KEY }}. If it is set, the secret may be empty or not available to this workflow (secrets are not passed to workflows from forks, nor to Dependabot's).`;
        case 'api-key-with-whitespace':
            return ours `Input 'api-key' contains whitespace; a DeepSeek API key is a single word (sk-...). Check the secret's value.`;
        case 'api-key-not-printable':
            return ours `Input 'api-key' contains characters that are not printable ASCII; a DeepSeek API key is letters, digits and dashes (sk-...). Check the secret's value.`;
        case 'baseline':
            return ours `Input 'baseline' must be ${EXPECTED.baseline}; ${baselineProblemText(problem.problem)}. The value is not shown.`;
        case 'budget-without-meter':
            return ours `Input 'max-spend' needs something to measure spend against: a baseline (the snapshot output of an earlier run), or report-spend: true so that the job's own spend is checked at its end.`;
        case 'cap-without-history':
            return ours `Input 'max-spend-per-day' needs a history to count a day's spend from: set history to the path of a ledger file (kept between runs with actions/cache, see the README).`;
    }
}
/** What is wrong with DeepSeek's answer, as a noun phrase: `a body that is not JSON`. */
function answerProblemText(problem) {
    switch (problem.kind) {
        case 'not-json':
            return ours `a body that is not JSON`;
        case 'not-an-object':
        case 'missing':
            return ours `JSON without is_available and balance_infos`;
        case 'wrong-type':
            return problem.field === 'is_available'
                ? ours `an is_available that is not true or false`
                : ours `a balance_infos that is not a list`;
        case 'row-not-an-object':
        case 'row-without-currency':
            return ours `a balance_infos row without a three-letter currency`;
        case 'amount':
            return problem.missing
                ? ours `a ${problem.currency} row without ${own(problem.field)}`
                : ours `a ${problem.currency} ${own(problem.field)} that is not a decimal`;
        case 'currency-twice':
            return ours `balance_infos listing ${problem.currency} twice`;
        // A snapshot's own problems: an answer has no checked_at and no length cap.
        case 'too-long':
        case 'checked-at-not-a-time':
        case 'checked-at-without-zone':
        case 'checked-at-in-the-future':
            return ours `a body of another shape`;
    }
}
/** What is wrong with a baseline, as a clause: `it is not JSON`. */
function baselineProblemText(problem) {
    switch (problem.kind) {
        case 'too-long':
            return ours `it is longer than 65536 characters`;
        case 'not-json':
            return ours `it is not JSON`;
        case 'not-an-object':
            return ours `it is not a JSON object`;
        case 'missing':
            return problem.field === 'is_available'
                ? ours `it has no is_available true or false`
                : ours `it has no ${own(problem.field)}`;
        case 'wrong-type':
            return problem.field === 'is_available'
                ? ours `it has no is_available true or false`
                : ours `its balance_infos is not a list`;
        case 'checked-at-not-a-time':
            return ours `its checked_at is not an ISO-8601 date-time`;
        case 'checked-at-without-zone':
            return ours `its checked_at has no time zone (end it with Z, or an offset such as +08:00)`;
        case 'checked-at-in-the-future':
            return ours `its checked_at ${isoTimestamp(problem.checkedAt)} is in the future (more than a minute ahead of this runner's clock)`;
        case 'row-not-an-object':
            return ours `it has a balance_infos entry that is not an object`;
        case 'row-without-currency':
            return ours `it has a row without a three-letter currency`;
        case 'amount':
            return problem.missing
                ? ours `its ${problem.currency} row has no ${own(problem.field)}`
                : ours `its ${problem.currency} ${own(problem.field)} is not a decimal`;
        case 'currency-twice':
            return ours `it lists ${problem.currency} twice`;
    }
}
// -- Reading the balance ---------------------------------------------------------------------
function attemptStarted(attempt, maxAttempts, url) {
    return ours `Attempt ${attempt} of ${maxAttempts}: GET ${cleanUrl(url)}`;
}
function attemptSucceeded(attempt) {
    return ours `Attempt ${attempt} succeeded.`;
}
function retrying(failure, attempt, maxAttempts, delayMs) {
    return ours `Attempt ${attempt} of ${maxAttempts} failed: ${failureText(failure)} Retrying in ${seconds(delayMs)}.`;
}
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
/** What went wrong with one attempt. */
function failureText(failure) {
    switch (failure.kind) {
        case 'timeout': {
            const phase = failure.headersReceived
                ? ours ` (the headers came, the body did not finish)`
                : ours ``;
            return ours `DeepSeek did not answer within the ${failure.timeoutMs} ms timeout${phase}.`;
        }
        case 'body-too-large':
            return ours `DeepSeek's response is larger than ${failure.limitBytes / 1024 / 1024} MiB; a balance is a few hundred bytes, so reading stopped.`;
        case 'closed-early':
            return ours `Could not read DeepSeek's answer from ${failure.host}: the connection closed before the response was complete.`;
        case 'http':
            return httpText(failure.status, failure.detail);
        case 'not-a-balance':
            return ours `DeepSeek answered with ${answerProblemText(failure.problem)}, not a balance (${bodyText(failure.body)}).`;
        case 'redirect-elsewhere': {
            const where = 'origin' in failure.to ? failure.to.origin : ours `a ${failure.to.scheme} URL`;
            return ours `DeepSeek at ${failure.from} redirected to ${where}; the redirect was not followed, so the key was not sent ${failure.downgrade ? ours `in clear text` : ours `there`}.`;
        }
        case 'redirect-unreadable':
            return ours `DeepSeek at ${failure.from} redirected to an address that is not a valid URL; the redirect was not followed.`;
        case 'too-many-redirects':
            return ours `DeepSeek at ${failure.from} redirected more than ${failure.limit} times.`;
        case 'proxy-setting':
            return ours `The proxy variable ${own(failure.variable)} is not a URL, so no request was sent.`;
        case 'proxy': {
            const where = failure.proxy ?? ours `the proxy`;
            const what = 'status' in failure.answer
                ? ours `the proxy answered HTTP ${failure.answer.status} to CONNECT`
                : failure.answer.error;
            return ours `Could not reach DeepSeek at ${failure.host} through the proxy ${where}: ${what}.`;
        }
        case 'tls':
            return ours `Could not reach DeepSeek at ${failure.host}: its TLS certificate is not trusted (${failure.code}).`;
        case 'name-not-resolved': {
            const detail = failure.code === 'ENOTFOUND'
                ? ours `the host name ${failure.name} could not be resolved (ENOTFOUND)`
                : ours `the host name ${failure.name} could not be resolved for now (EAI_AGAIN, the resolver is not answering)`;
            return ours `Could not reach DeepSeek at ${failure.host}: ${detail}.`;
        }
        case 'network':
            return ours `Could not reach DeepSeek at ${failure.host}: ${NETWORK_ERRORS[failure.code]} (${own(failure.code)}).`;
        case 'request':
            return ours `The request to DeepSeek at ${failure.host} failed: ${failure.error}.`;
    }
}
function httpText(status, detail) {
    const said = 'message' in detail ? detail.message : 'body' in detail ? bodyText(detail.body) : ours ``;
    const got = said ? ours `HTTP ${status}: ${said}` : ours `HTTP ${status}`;
    if (status === 401 || status === 403)
        return ours `DeepSeek rejected the API key (${got}).`;
    if (status === 402)
        return ours `DeepSeek reports insufficient balance (${got}).`;
    if (status === 429)
        return ours `DeepSeek rate-limited the request (${got}).`;
    if (status === 500 || status === 502 || status === 503 || status === 504) {
        return ours `DeepSeek had a server error (${got}).`;
    }
    if (status >= 500)
        return ours `DeepSeek, or something in between, answered ${got}.`;
    return ours `DeepSeek refused the request (${got}).`;
}
/** `content-type text/html, body starting "<html>\u2026"`. */
function bodyText({ contentType, start }) {
    const type = contentType ? ours `content-type ${contentType}` : ours `no content-type`;
    return start ? ours `${type}, body starting "${start}"` : ours `${type}, empty body`;
}
/** What the workflow author can do about a failure. */
function failureHint(failure) {
    switch (failure.kind) {
        case 'timeout':
            return ours `DeepSeek may be busy: raise timeout or retries, or check the network and proxy.`;
        case 'body-too-large':
            return ours `Check that base-url points at the DeepSeek API or a gateway for it.`;
        case 'closed-early':
        case 'network':
        case 'request':
            return CHECK_NETWORK;
        case 'http':
            return httpHint(failure.status);
        case 'not-a-balance':
            return ours `If a proxy or captive portal sits between the runner and DeepSeek, check base-url and the proxy settings.`;
        case 'redirect-elsewhere':
            return 'origin' in failure.to
                ? ours `Check base-url: if ${failure.to.origin} is the API, use it as base-url.`
                : CHECK_GATEWAY;
        case 'redirect-unreadable':
        case 'too-many-redirects':
            return CHECK_GATEWAY;
        case 'proxy-setting':
            return ours `Set ${own(failure.variable)} to the proxy's URL, such as http://proxy.example:3128, or unset it.`;
        case 'proxy':
            return 'status' in failure.answer &&
                failure.answer.status >= 400 &&
                failure.answer.status < 500
                ? ours `The proxy refused the tunnel: check its credentials in HTTPS_PROXY, or add the host to NO_PROXY.`
                : ours `Check that the proxy in HTTPS_PROXY / HTTP_PROXY is up, or add the host to NO_PROXY.`;
        case 'tls':
            return ours `If a proxy inspects TLS traffic, point NODE_EXTRA_CA_CERTS at its CA certificate; otherwise check base-url.`;
        case 'name-not-resolved':
            return failure.code === 'ENOTFOUND'
                ? ours `Check base-url for a typo; on a self-hosted runner, check its DNS or set HTTPS_PROXY.`
                : CHECK_NETWORK;
    }
}
function httpHint(status) {
    if (status === 401 || status === 403) {
        return ours `Check the secret passed as api-key: it must be a current DeepSeek API key (sk-...).`;
    }
    if (status === 402)
        return ours `Top up at ${TOP_UP}.`;
    if (status === 429)
        return ours `Raise retries, or run the check less often.`;
    if (status === 500 || status === 502 || status === 503 || status === 504) {
        return ours `DeepSeek may be overloaded: raise retries, or try later.`;
    }
    // 501, 505, 511 (what captive portals send) ...
    if (status >= 500) {
        return ours `Check base-url, and any proxy or captive portal between the runner and DeepSeek.`;
    }
    if (status === 404) {
        return ours `Check base-url: it must be the DeepSeek API root (https://api.deepseek.com) or a gateway prefix for it.`;
    }
    return CHECK_GATEWAY;
}
// -- Settings, runner files, the unexpected --------------------------------------------------
/** The settings as one debug line: everything but the key. */
function describeSettings(settings) {
    const fields = [
        ours `api-key=***`,
        ours `url=${cleanUrl(settings.balanceUrl)}`,
        ours `timeout=${settings.timeoutMs} ms`,
        ours `retries=${settings.retries}`,
        ours `min-balance=${settings.minBalance?.text ?? ours `(none)`}`,
        ours `warn-balance=${settings.warnBalance?.text ?? ours `(none)`}`,
        ours `currency=${settings.currency ? own(settings.currency) : ours `(any)`}`,
        ours `fail-on-insufficient=${own(`${settings.failOnInsufficient}`)}`,
        ours `summary=${own(`${settings.writeSummary}`)}`,
        ours `baseline=${settings.baseline ? ours `from ${isoTimestamp(settings.baseline.checkedAt)}` : ours `(none)`}`,
        ours `max-spend=${settings.maxSpend?.text ?? ours `(none)`}`,
        ours `warn-runway-days=${settings.warnRunwayDays?.text ?? ours `(none)`}`,
        ours `report-spend=${own(`${settings.reportSpend}`)}`,
        ours `history=${settings.history ? clean(settings.history, 100) : ours `(none)`}`,
        ours `max-spend-per-day=${settings.maxSpendPerDay?.text ?? ours `(none)`}`
    ];
    return ours `Settings: ${joinClean(fields, ', ')}`;
}
function outputsNotWritten(error) {
    return ours `Could not write the step outputs to the file GITHUB_OUTPUT names: ${describeError(error)}. The verdict above stands; later steps cannot read it from this step's outputs.`;
}
function historyNotWritten(file, error) {
    return ours `Could not write the history ${file}: ${describeError(error)}. The verdict above stands; the next run reads the history as it was.`;
}
function summaryNotWritten(error) {
    return ours `Could not write the job summary to the file GITHUB_STEP_SUMMARY names: ${describeError(error)}.`;
}
const NO_SUMMARY_FILE = ours `GITHUB_STEP_SUMMARY is not set: no job summary written.`;
const NOTHING_SAVED = ours `The gate saved no balance: no spend to report.`;
/** An error's message only, cleaned: a stack trace tells a workflow author nothing. */
function describeError(error) {
    return clean(error instanceof Error ? error.message : String(error), 160);
}

;// CONCATENATED MODULE: ./src/report/log.ts



/**
 * The log sinks. They take clean text only: server text, echoed inputs and file-system errors
 * reach the log through base/outside-text.ts or not at all. None of them fails the step: that is
 * src/index.ts's to do, from the verdict.
 */
const ANNOTATION_TITLE = 'DeepSeek balance';
function log_debug(text) {
    core_debug(text);
}
function log_info(text) {
    info(text);
}
function log_notice(text) {
    notice(text, { title: ANNOTATION_TITLE });
}
function log_warning(text) {
    warning(text, { title: ANNOTATION_TITLE });
}
function log_error(text) {
    error(text, { title: ANNOTATION_TITLE });
}
/** The attempts as they go: each start and success for debug logging, each retry in the log. */
const readProgress = {
    attemptStarted: (attempt, maxAttempts, url) => log_debug(attemptStarted(attempt, maxAttempts, url)),
    attemptSucceeded: attempt => log_debug(attemptSucceeded(attempt)),
    retrying: (failure, attempt, maxAttempts, delayMs) => log_info(retrying(failure, attempt, maxAttempts, delayMs))
};
/**
 * Registers the key with the boundary, and with the runner's masking. A key pasted with a line
 * break or a space is rejected, but its words are protected too: any one of them may be the key.
 * An empty key has nothing to protect: the runner would only answer an empty mask with a warning.
 */
function protectKey(key) {
    const words = key.split(/\s+/).filter(word => word !== '');
    for (const secret of new Set([key, ...words])) {
        if (secret === '')
            continue;
        protectSecret(secret);
        // Outside a runner nothing reads `::add-mask::`: the line would only print the key.
        if (process.env['GITHUB_ACTIONS'] === 'true')
            core_setSecret(secret);
    }
}

;// CONCATENATED MODULE: ./src/report/ledger-file.ts





/**
 * Writes the ledger whole, atomically: into a temporary file beside it, then renamed over it, so
 * that a reader (or a cache saving it) sees the old file or the new one, never half of one.
 * Throws what the file system threw.
 */
function writeLedgerFile(path, text) {
    (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true });
    // The process id and the time keep two writers apart; `wx` refuses a name that exists.
    const temporary = (0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(path), `.${(0,external_node_path_namespaceObject.basename)(path)}.${process.pid}.${Date.now()}.tmp`);
    try {
        (0,external_node_fs_namespaceObject.writeFileSync)(temporary, text, { encoding: 'utf8', flag: 'wx' });
        (0,external_node_fs_namespaceObject.renameSync)(temporary, path);
    }
    catch (error) {
        (0,external_node_fs_namespaceObject.rmSync)(temporary, { force: true });
        throw error;
    }
}
/**
 * Writes back the ledger a step decided on, if any. A file that cannot be written is a warning
 * naming it: the verdict stands, and the next run reads the old file.
 */
function saveLedger(path, check) {
    if (!check.write)
        return;
    try {
        writeLedgerFile(path, formatLedger(check.write));
    }
    catch (error) {
        log_warning(historyNotWritten(check.file, error));
    }
}

;// CONCATENATED MODULE: ./src/report/charts.ts





/**
 * The history drawn: Mermaid `xychart-beta` blocks for the job summary (GitHub renders them) and
 * a one-line sparkline for the log. Every value is one of the ledger's amounts, which are outside
 * text: a value the cleaning would change (it holds a piece of the key) is not drawn at all.
 */
const BARS = '\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588';
/**
 * How Mermaid lays a chart out: as wide as a job summary and low enough that two fit a screen;
 * past 16 ticks the labels are turned, past 32 (hours) stood up and smaller, so that they do not
 * overlap (Mermaid 11.10 and later; an older one ignores labelRotation). The lines and bars in
 * GitHub's blue: the default theme's first colour is a pale lilac hard to see on white.
 */
const CHART_WIDTH = 900;
const CHART_HEIGHT = 320;
const CHART_COLOUR = '#0969da';
function xAxisLayout(ticks) {
    if (ticks <= 16)
        return [];
    if (ticks <= 32)
        return ['    xAxis:', '      labelRotation: -45'];
    return ['    xAxis:', '      labelRotation: -90', '      labelFontSize: 11'];
}
/** The balance as a line chart; none for fewer than two points. */
function charts_balanceChart(series, currency) {
    const points = series.points.slice(-MAX_CHART_POINTS);
    const values = drawable(points);
    if (!values || values.length < 2)
        return undefined;
    const title = series.unit === 'day' ? CHART_TITLES.dailyBalance : CHART_TITLES.hourlyBalance;
    return xychart(`${currency} ${title}`, labels(points, series.unit), currency, 'line', values);
}
/** The spend of each day as bars from zero; none for fewer than two days. */
function dailySpendChart(points, currency) {
    const shown = points.slice(-MAX_CHART_POINTS);
    const values = drawable(shown);
    if (!values || values.length < 2)
        return undefined;
    return xychart(`${currency} ${CHART_TITLES.dailySpend}`, labels(shown, 'day'), currency, 'bar', values);
}
/** The balance in one line of block characters, lowest to highest: `\u2587\u2586\u2586\u2585\u2583\u2582\u2588\u2587`. */
function sparkline(series) {
    const values = drawable(series.points.slice(-MAX_CHART_POINTS));
    if (!values || values.length < 2)
        return '';
    const numbers = values.map(Number);
    const low = Math.min(...numbers);
    const high = Math.max(...numbers);
    return numbers
        .map(value => BARS[high === low ? 3 : Math.round(((value - low) / (high - low)) * (BARS.length - 1))])
        .join('');
}
function xychart(title, ticks, currency, kind, values) {
    const range = axisRange(values.map(Number), kind === 'bar');
    return [
        '```mermaid',
        '---',
        'config:',
        '  themeVariables:',
        '    xyChart:',
        `      plotColorPalette: "${CHART_COLOUR}"`,
        '  xyChart:',
        `    width: ${CHART_WIDTH}`,
        `    height: ${CHART_HEIGHT}`,
        ...xAxisLayout(ticks.length),
        '---',
        'xychart-beta',
        `  title "${quotable(title)}"`,
        `  x-axis [${ticks.map(tick => `"${tick}"`).join(', ')}]`,
        `  y-axis "${quotable(currency)}"${range ? ` ${range[0]} --> ${range[1]}` : ''}`,
        `  ${kind} [${values.join(', ')}]`,
        '```'
    ].join('\n');
}
/** Mermaid's y-axis labels, at most: d3 makes 5 to 15 of them, and 15 crowd a chart this low. */
const MAX_Y_TICKS = 13;
/**
 * The y-axis from a round number just below the lowest value to one just above the highest, so
 * that a fall of a few cents out of hundreds still shows; bars start at zero. The tightest such
 * range on which Mermaid writes at most MAX_Y_TICKS labels. Nothing (Mermaid's own range) when a
 * bound would not be clean text.
 */
function axisRange(numbers, fromZero) {
    const min = Math.min(...numbers);
    const max = Math.max(...numbers);
    const low = fromZero ? Math.min(0, min) : min;
    const span = max - low || Math.max(Math.abs(max) / 10, 1);
    const margin = span / 20;
    const around = (step) => {
        const bottom = fromZero && low === 0 ? 0 : Math.floor((low - margin) / step) * step;
        // A balance that never went below zero is not drawn above a negative axis.
        return [min >= 0 && bottom < 0 ? 0 : bottom, Math.ceil((max + margin) / step) * step];
    };
    // From the finest round step up; the top raised a step or two where d3 would crowd the axis.
    for (let step = roundStep(span / 10), wider = 0; wider < 20; step = roundStep(step * 1.01), wider++) {
        const [bottom, top] = around(step);
        for (let steps = 0; steps <= 5; steps++) {
            const raised = top + steps * step;
            if (tickCount(bottom, raised) > MAX_Y_TICKS)
                continue;
            const bounds = [axisNumber(bottom), axisNumber(raised)];
            return bounds.every(bound => clean(bound) === bound) ? bounds : undefined;
        }
    }
    return undefined;
}
/** 1, 2 or 5 times a power of ten, at least a cent: the first at or above `rough`. */
function roundStep(rough) {
    const power = 10 ** Math.floor(Math.log10(Math.max(rough, 0.01)));
    const step = [1, 2, 5, 10].map(factor => factor * power).find(step => step >= rough);
    return step ?? 10 * power;
}
/** How many labels Mermaid writes on a y-axis: d3's `scaleLinear().ticks()`, ten asked for. */
function tickCount(start, stop) {
    const rough = (stop - start) / 10;
    const power = 10 ** Math.floor(Math.log10(rough));
    const error = rough / power;
    const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.SQRT2 ? 2 : 1;
    const step = factor * power;
    return Math.floor(stop / step + 1e-9) - Math.ceil(start / step - 1e-9) + 1;
}
/** A bound as Mermaid reads it: at most two places, no trailing zeros, no exponent. */
function axisNumber(value) {
    return value
        .toFixed(2)
        .replace(/\.?0+$/, '')
        .replace(/^-0$/, '0');
}
/** Text inside a Mermaid string: it ends at a double quote. */
function quotable(text) {
    return text.replace(/"/g, "'");
}
/** `11-18` for a day, `11-18 06h` for an hour: dates a reader takes in at a glance. */
function labels(points, unit) {
    return points.map(({ at }) => {
        const time = isoTimestamp(at);
        return unit === 'day' ? time.slice(5, 10) : `${time.slice(5, 10)} ${time.slice(11, 13)}h`;
    });
}
/** The values as chart numbers (two places), or nothing when one of them cannot be shown. */
function drawable(points) {
    const values = points.map(point => formatDecimal(point.value, 2));
    return values.every(value => clean(value) === value) ? values : undefined;
}

;// CONCATENATED MODULE: ./src/report/outputs.ts





const ROW_OUTPUTS = ['total-balance', 'granted-balance', 'topped-up-balance'];
/** Every output action.yml declares, in its order; nothing else is ever set (a test keeps the two in step). */
const OUTPUT_NAMES = [
    'is-available',
    'sufficient',
    'status',
    'message',
    'currency',
    ...ROW_OUTPUTS,
    ...CURRENCIES.flatMap(currency => ROW_OUTPUTS.map(name => currencyOutput(currency, name))),
    'balance-infos',
    'snapshot',
    'spent',
    ...CURRENCIES.map(currency => currencyOutput(currency, 'spent')),
    'spent-per-day',
    'runway-days',
    'spent-1d',
    'spent-7d',
    'spent-30d'
];
function currencyOutput(currency, name) {
    return `${outputPrefix(currency)}-${name}`;
}
/**
 * The gate's outputs. Without a balance only `status`, `sufficient` and `message` are set: every
 * other output reads as '' in expressions, which is what "unknown" should look like. `message` is
 * the verdict line, as the log tells it.
 */
function gateOutputs(verdict, message) {
    const { reading, spend } = verdict;
    const status = own(verdict.status);
    if (!reading)
        return { status, sufficient: own('false'), message };
    const { balance, decision } = reading;
    const row = decision?.row;
    const outputs = {
        'is-available': own(`${balance.isAvailable}`),
        sufficient: own(`${decision?.status !== 'insufficient'}`),
        status,
        message,
        currency: decision?.currency ?? clean(''),
        'total-balance': row?.total.text ?? clean(''),
        'granted-balance': row?.granted ?? clean(''),
        'topped-up-balance': row?.toppedUp ?? clean('')
    };
    for (const currency of CURRENCIES) {
        const own = balance.rows.find(candidate => candidate.currency === currency);
        if (!own)
            continue;
        outputs[currencyOutput(currency, 'total-balance')] = own.total.text;
        outputs[currencyOutput(currency, 'granted-balance')] = own.granted;
        outputs[currencyOutput(currency, 'topped-up-balance')] = own.toppedUp;
    }
    outputs['balance-infos'] = cleanJson(balanceInfos(balance.rows));
    outputs.snapshot = formatSnapshot({ ...balance, checkedAt: verdict.checkedAt });
    if (spend) {
        outputs.spent = spend.spend.checked?.spentText ?? clean('');
        for (const currency of CURRENCIES) {
            const entry = spend.spend.perCurrency.find(candidate => candidate.currency === currency);
            if (entry)
                outputs[currencyOutput(currency, 'spent')] = entry.spentText;
        }
    }
    const history = verdict.ledger?.history;
    // A ledger that spans a day gives the rate; a baseline gives it otherwise.
    const rate = history?.rate ?? spend?.spend.rate;
    if (spend || history) {
        outputs['spent-per-day'] = rate?.perDay ?? own('');
        outputs['runway-days'] = rate?.runwayDays ?? own('');
    }
    if (history) {
        for (const window of history.windows)
            outputs[`spent-${window.days}d`] = window.spentText;
    }
    return outputs;
}
/** A runner file could not be written; the verdict was logged before. */
class RunnerFileError extends Error {
    text;
    constructor(text, cause) {
        super(text, { cause });
        this.text = text;
        this.name = 'RunnerFileError';
    }
}
/** Sets the outputs through @actions/core; throws a RunnerFileError naming the outputs file. */
function setOutputs(outputs) {
    try {
        for (const [name, value] of Object.entries(outputs))
            setOutput(name, value);
    }
    catch (error) {
        throw new RunnerFileError(outputsNotWritten(error), error);
    }
}

;// CONCATENATED MODULE: ./src/report/summary.ts






/**
 * The gate's job summary, top-down: the verdict (headline, reasons, what to do, notes), the
 * balance table, the spend since the baseline with its limits, then the settings. Pure, so that
 * each status can be pinned by a test. Every sentence is clean text, escaped for Markdown and
 * HTML on top (core.summary escapes nothing).
 */
function gateSummary(verdict, settings) {
    const lines = [`## ${GATE_HEADINGS[verdict.status]}`, '', ...verdictLines(verdict)];
    const { reading, spend } = verdict;
    if (reading) {
        const { balance, decision } = reading;
        if (balance.rows.length > 0) {
            lines.push('| | Currency | Total | Granted | Topped up |', '| :-: | --- | --: | --: | --: |');
            for (const row of balance.rows) {
                const cells = [row.currency, row.total.text, row.granted, row.toppedUp];
                lines.push(`| ${row === decision?.row ? '\u25b6' : ''} | ${cells.map(cell).join(' | ')} |`);
            }
            lines.push('');
        }
        else {
            lines.push(escapeMarkdown(NO_ROWS), '');
        }
        lines.push(`- Available for API calls (\`is_available\`): **${balance.isAvailable}**`, '');
    }
    if (spend)
        lines.push('### Spend since the baseline', '', ...spendLines(spend, verdict, settings));
    if (verdict.ledger)
        lines.push('### Spend from the history', '', ...historyLines(verdict.ledger, settings));
    lines.push('### Settings', '', ...settingsLines(settings), '', footer(verdict), '');
    return lines.join('\n');
}
/** The post step's section of the job summary: its verdict, the spend table, the budget. */
function postSummary(verdict, settings) {
    const lines = ['', `### ${POST_HEADINGS[verdict.status]}`, '', ...verdictLines(verdict)];
    if (verdict.spend) {
        lines.push(...spendLines(verdict.spend, verdict, settings));
    }
    else {
        lines.push(...budgetLines(verdict, settings), '', `<sub>${escapeMarkdown(SPEND_FOOTNOTE)}</sub>`, '');
    }
    return lines.join('\n');
}
function verdictLines(verdict) {
    const lines = [];
    if (verdict.reading) {
        lines.push(escapeMarkdown(findingText(verdict.headline, verdict.status === 'ok')), '');
    }
    else if (verdict.step === 'gate') {
        lines.push(escapeMarkdown(NOTHING_READ), '');
        lines.push(`> ${escapeMarkdown(findingText(verdict.headline, false))}`, '');
    }
    else {
        lines.push(escapeMarkdown(findingText(verdict.headline, false)), '');
    }
    for (const reason of verdict.reasons)
        lines.push(`- ${escapeMarkdown(findingText(reason, false))}`);
    if (verdict.reasons.length > 0)
        lines.push('');
    if (verdict.advice.length > 0) {
        const label = verdict.reading ? 'Next' : 'What to try';
        lines.push(`**${label}:** ${escapeMarkdown(sentences(verdict.advice.map(adviceText)))}`, '');
    }
    for (const note of verdict.notes)
        lines.push(`> **Note:** ${escapeMarkdown(noteText(note))}`, '');
    return lines;
}
function spendLines(spend, verdict, settings) {
    const lines = [];
    const { perCurrency, rate, checked } = spend.spend;
    if (perCurrency.length > 0) {
        lines.push('| Currency | Before | After | Spent |', '| --- | --: | --: | --: |');
        for (const entry of perCurrency) {
            // A rise is a top-up, never a negative spend.
            const spent = entry.spent.units < 0n ? `rose by ${cell(entry.movedText)}` : cell(entry.spentText);
            lines.push(`| ${[entry.currency, entry.before.text, entry.after.text].map(cell).join(' | ')} | ${spent} |`);
        }
        lines.push('');
    }
    if (spend.scope.kind === 'since') {
        lines.push(`- Baseline: checked at ${isoTimestamp(spend.since)}, ${duration(spend.spend.elapsedMs)} before this check`);
        const currency = checked ? ` ${cell(checked.currency)}` : '';
        lines.push(rate
            ? `- Per day: ${cell(rate.perDay)}${currency}; runway: ${cell(rate.runwayDays)} days`
            : `- Per day: ${escapeMarkdown(NO_RATE)}`);
    }
    lines.push(...budgetLines(verdict, settings));
    if (spend.scope.kind === 'since') {
        lines.push(`- warn-runway-days: ${settings.warnRunwayDays ? cell(settings.warnRunwayDays.text) : 'not set'}`);
    }
    lines.push('', `<sub>${escapeMarkdown(SPEND_FOOTNOTE)}</sub>`, '');
    return lines;
}
/** The ledger: the charts, each window's spend and what it covers, the rate, the cap, each workflow. */
function historyLines(ledger, settings) {
    const { history } = ledger;
    const lines = [];
    if (!history) {
        lines.push(`- History: ${cell(ledger.file)}, not used in this run (see the notes above)`, '');
        return lines;
    }
    const charts = [
        charts_balanceChart(history.balance, history.currency),
        dailySpendChart(history.dailySpend, history.currency)
    ].filter(chart => chart !== undefined);
    for (const chart of charts)
        lines.push(chart, '');
    if (history.windows.length > 0) {
        lines.push('| Window | Spent | The history covers |', '| --- | --: | --- |');
        for (const window of history.windows) {
            const name = window.days === 1 ? '1 day' : `${window.days} days`;
            const covers = window.full ? 'all of it' : duration(window.spanMs);
            lines.push(`| ${name} | ${cell(window.spentText)} ${cell(history.currency)} | ${covers} |`);
        }
        lines.push('');
    }
    lines.push(`- History: ${cell(ledger.file)}, ${plural(history.readings, 'reading')} in ${cell(history.currency)} over ${duration(history.spanMs)}`, history.rate
        ? `- Per day: ${cell(history.rate.perDay)} ${cell(history.currency)} over the last 7 days; runway: ${cell(history.rate.runwayDays)} days`
        : `- Per day: ${escapeMarkdown(NO_HISTORY_RATE)}`, `- max-spend-per-day: ${settings.maxSpendPerDay ? `${cell(settings.maxSpendPerDay.text)} ${cell(history.currency)}` : 'not set'}`, `- warn-runway-days: ${settings.warnRunwayDays ? cell(settings.warnRunwayDays.text) : 'not set'}`, '');
    if (history.workflows.length > 0) {
        lines.push('| Workflow (last 7 days) | Jobs | Spent |', '| --- | --: | --: |');
        for (const workflow of history.workflows) {
            lines.push(`| ${cell(workflow.workflow)} | ${workflow.jobs} | ${cell(workflow.spentText)} ${cell(history.currency)} |`);
        }
        lines.push('', `<sub>${escapeMarkdown(OVERLAP_NOTE)}</sub>`, '');
    }
    return lines;
}
function budgetLines(verdict, settings) {
    const { headline } = verdict;
    const currency = verdict.spend?.spend.checked?.currency ??
        verdict.reading?.decision?.currency ??
        (headline.kind === 'read-failed' ? headline.currency : undefined);
    const max = settings.maxSpend;
    return [
        `- max-spend: ${max ? `${cell(max.text)}${currency ? ` ${cell(currency)}` : ''}` : 'not set'}`
    ];
}
function settingsLines(settings) {
    const lines = [
        `- Currency checked: ${settings.currency ?? ANY_CURRENCY}`,
        `- min-balance: ${settings.minBalance ? cell(settings.minBalance.text) : 'not set (is_available decides)'}`,
        `- warn-balance: ${settings.warnBalance ? cell(settings.warnBalance.text) : 'not set'}`,
        `- fail-on-insufficient: ${settings.failOnInsufficient}`
    ];
    // With a baseline (or a history) these are in its section; without, they belong to the job.
    if (!settings.baseline) {
        if (settings.maxSpend) {
            lines.push(`- max-spend: ${cell(settings.maxSpend.text)} (this job's budget, checked at its end)`);
        }
        if (settings.warnRunwayDays && !settings.history) {
            lines.push(`- warn-runway-days: ${cell(settings.warnRunwayDays.text)} (not checked: no baseline or history)`);
        }
        lines.push(`- report-spend: ${settings.reportSpend}`);
    }
    return lines;
}
/** When the balance was read, and how, e.g. ` (2 attempts, 1.3 s)`. */
function footer(verdict) {
    const { reading } = verdict;
    const effort = reading
        ? ` (${plural(reading.attempts, 'attempt')}, ${seconds(reading.elapsedMs)})`
        : '';
    return `<sub>Checked at ${isoTimestamp(verdict.checkedAt)}${effort} by ${ACTION_NAME} ${ACTION_VERSION}.</sub>`;
}
/**
 * Appends Markdown to the job summary through @actions/core. A file that cannot be written is a
 * warning naming it: the verdict has been logged by then, and stands.
 */
async function writeSummary(markdown) {
    // Outside a runner there is no summary file (core.summary would only throw), and that is not
    // worth a warning.
    if (!process.env['GITHUB_STEP_SUMMARY']) {
        log_debug(NO_SUMMARY_FILE);
        return;
    }
    try {
        await summary.addRaw(markdown).write();
    }
    catch (error) {
        log_warning(summaryNotWritten(error));
    }
}
/** A table cell or inline value: escaped, and a dash when empty. */
function cell(text) {
    return escapeMarkdown(text) || '\u2013';
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

;// CONCATENATED MODULE: ./src/report/run-page.ts





/**
 * A verdict on the run page: the verdict line in the log at the verdict's severity (a plain line,
 * or a notice, warning or error annotation), each note at its own level, then the outputs and
 * the job summary. Returns the step's severity: the verdict's, or a failure when the outputs
 * could not be written.
 */
async function showGate(verdict, settings) {
    // The verdict is told first: if a runner file cannot be written, it has still been said.
    const message = tell(verdict);
    const history = verdict.ledger?.history;
    const line = history && sparkline(history.balance);
    if (history && line)
        log_info(balanceLine(history.currency, history.spanMs, line));
    let severity = verdict.severity;
    try {
        setOutputs(gateOutputs(verdict, message));
    }
    catch (error) {
        if (!(error instanceof RunnerFileError))
            throw error;
        log_error(error.text);
        severity = 'failure';
    }
    // Without settings (an input error) there is no summary: nothing was checked.
    if (settings?.writeSummary)
        await writeSummary(gateSummary(verdict, settings));
    return severity;
}
/** The post step's verdict: in the log, and as its own section of the job summary. */
async function showPost(verdict, settings) {
    tell(verdict);
    if (settings?.writeSummary)
        await writeSummary(postSummary(verdict, settings));
    return verdict.severity;
}
function tell(verdict) {
    const line = verdictLine(verdict);
    const sink = { ok: log_info, notice: log_notice, warning: log_warning, failure: log_error };
    sink[verdict.severity](line);
    for (const note of verdict.notes)
        sink[note.level](noteText(note));
    return line;
}

;// CONCATENATED MODULE: ./src/report/state.ts

/**
 * What the gate hands to the post step, through @actions/core's state (the runner gives each
 * saved value to the post step as STATE_<name>).
 */
const IS_POST = 'isPost';
const SNAPSHOT = 'snapshot';
const CURRENCY = 'currency';
/** True in the post step: the gate of this action instance marked that it ran. */
function isPostStep() {
    return getState(IS_POST) === 'true';
}
function markGateRan() {
    saveState(IS_POST, 'true');
}
/** The balance at the start of the job (a snapshot line), for the post step to measure from. */
function saveStartOfJob(snapshot, currency) {
    saveState(SNAPSHOT, snapshot);
    saveState(CURRENCY, currency ?? '');
}
/** What the gate saved; undefined when it read no balance (or was told not to report). */
function savedStartOfJob() {
    const snapshot = getState(SNAPSHOT);
    return snapshot === '' ? undefined : { snapshot, currency: getState(CURRENCY) };
}

;// CONCATENATED MODULE: ./src/settings/settings.ts




/** Every input action.yml declares, and nothing else: readSettings reads exactly these. */
const INPUT_NAMES = (/* unused pure expression or super */ null && ([
    'api-key',
    'base-url',
    'timeout',
    'retries',
    'min-balance',
    'warn-balance',
    'currency',
    'fail-on-insufficient',
    'summary',
    'baseline',
    'max-spend',
    'warn-runway-days',
    'report-spend',
    'history',
    'max-spend-per-day'
]));
const MAX_TIMEOUT_MS = 3_600_000;
const MAX_RETRIES = 10;
/** Inputs that cannot be used; thrown before any request is sent. */
class InputError extends Error {
    problem;
    constructor(problem) {
        super(problem.kind);
        this.problem = problem;
        this.name = 'InputError';
    }
}
/** Turns the workflow inputs into settings, or throws an InputError for the first bad one. */
function readSettings(getInput, now = new Date()) {
    const apiKey = parseApiKey(getInput('api-key'));
    const balanceUrl = parseBaseUrl(getInput('base-url') || 'https://api.deepseek.com');
    const timeoutMs = parseWholeNumber('timeout', getInput('timeout') || '10000', 1, MAX_TIMEOUT_MS);
    const retries = parseWholeNumber('retries', getInput('retries') || '2', 0, MAX_RETRIES);
    const minBalance = parseThreshold('min-balance', getInput('min-balance'));
    const warnBalance = parseThreshold('warn-balance', getInput('warn-balance'));
    const currency = parseCurrency(getInput('currency'));
    const failOnInsufficient = parseBoolean('fail-on-insufficient', true, getInput);
    const writeSummary = parseBoolean('summary', true, getInput);
    const baseline = parseBaselineInput(getInput('baseline'), now);
    const maxSpend = parseThreshold('max-spend', getInput('max-spend'));
    const warnRunwayDays = parseThreshold('warn-runway-days', getInput('warn-runway-days'));
    const reportSpend = parseBoolean('report-spend', true, getInput);
    const history = parsePath('history', getInput('history'));
    const maxSpendPerDay = parseThreshold('max-spend-per-day', getInput('max-spend-per-day'));
    // Without a baseline, max-spend is the job's budget, which only the post step can check.
    if (maxSpend && !baseline && !reportSpend)
        throw new InputError({ kind: 'budget-without-meter' });
    if (maxSpendPerDay && !history)
        throw new InputError({ kind: 'cap-without-history' });
    return {
        apiKey,
        balanceUrl,
        timeoutMs,
        retries,
        ...(minBalance && { minBalance }),
        ...(warnBalance && { warnBalance }),
        ...(currency && { currency }),
        failOnInsufficient,
        writeSummary,
        ...(baseline && { baseline }),
        ...(maxSpend && { maxSpend }),
        ...(warnRunwayDays && { warnRunwayDays }),
        reportSpend,
        ...(history && { history }),
        ...(maxSpendPerDay && { maxSpendPerDay })
    };
}
function invalid(input, value) {
    return new InputError({ kind: 'invalid', input, value: clean(value, 60) });
}
function parseApiKey(value) {
    if (value === '')
        throw new InputError({ kind: 'api-key-missing' });
    if (/\s/.test(value))
        throw new InputError({ kind: 'api-key-with-whitespace' });
    // Anything else outside printable ASCII cannot travel in an HTTP header.
    if (!/^[\x21-\x7e]+$/.test(value))
        throw new InputError({ kind: 'api-key-not-printable' });
    return value;
}
function parseBaseUrl(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw invalid('base-url', value);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw invalid('base-url', value);
    const extras = [
        ...(url.username || url.password ? ['credentials'] : []),
        ...(url.search || value.includes('?') ? ['query'] : []),
        ...(url.hash || value.includes('#') ? ['fragment'] : [])
    ];
    if (extras.length > 0) {
        throw new InputError({ kind: 'base-url-with-extras', shown: cleanUrl(url, 100), extras });
    }
    // The balance lives at the API root; `/v1` is DeepSeek's OpenAI-compatible alias of it.
    const path = url.pathname.replace(/\/+$/, '').replace(/\/v1$/, '').replace(/\/+$/, '');
    return new URL(`${url.origin}${path}/user/balance`);
}
function parseWholeNumber(input, value, min, max) {
    const number = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
    if (!(number >= min && number <= max))
        throw invalid(input, value);
    return number;
}
/** A decimal \u2265 0 as people write it: `5`, `12.50`, `.5`. */
function parseThreshold(input, value) {
    if (value === '')
        return undefined;
    const decimal = /^(\d{1,30}(\.\d{1,30})?|\.\d{1,30})$/.test(value)
        ? parseDecimal(value.startsWith('.') ? `0${value}` : value)
        : undefined;
    if (!decimal)
        throw invalid(input, value);
    return { text: clean(value), value: decimal };
}
/** A file's path: any text a file system takes, short enough to be one. */
function parsePath(input, value) {
    // Stryker disable next-line StringLiteral: an empty path passes the checks below, and readSettings drops it as empty
    if (value === '')
        return undefined;
    if (value.length > 1024 || value.includes('\0'))
        throw invalid(input, value);
    return value;
}
function parseBaselineInput(value, now) {
    if (value === '')
        return undefined;
    const result = parseSnapshot(value, now);
    if (!result.ok)
        throw new InputError({ kind: 'baseline', problem: result.problem });
    return result.value;
}
function parseCurrency(value) {
    if (value === '')
        return undefined;
    const currency = currencyNamed(value);
    if (!currency)
        throw invalid('currency', value);
    return currency;
}
// The same spellings as core.getBooleanInput (YAML 1.2 core schema), with our own message.
function parseBoolean(input, fallback, getInput) {
    const value = getInput(input);
    if (value === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw invalid(input, value);
}

;// CONCATENATED MODULE: ./src/main.ts












/**
 * The gate: inputs -> settings -> balance (and the ledger) -> verdict -> log, outputs, summary;
 * then the ledger written back, and state for the post step.
 */
async function run() {
    // Protected before anything else is printed, whatever else is wrong with the inputs.
    protectKey(getInput('api-key'));
    let settings;
    try {
        settings = readSettings(name => getInput(name));
        log_debug(describeSettings(settings));
        const reading = await read_balance_readBalance(settings, readProgress);
        const ledger = findLedger(settings.history);
        const verdict = gateVerdict(settings, reading, new Date(), ledger, readingSource('gate'));
        const severity = await showGate(verdict, settings);
        if (ledger && verdict.ledger)
            saveLedger(ledger.path, verdict.ledger);
        if (verdict.reading && settings.reportSpend && !settings.baseline) {
            const { balance, decision } = verdict.reading;
            saveStartOfJob(formatSnapshot({ ...balance, checkedAt: verdict.checkedAt }), decision?.currency);
        }
        return severity;
    }
    catch (error) {
        // Bad inputs land here before any request. Message only: a stack trace tells a workflow
        // author nothing they can act on.
        const verdict = error instanceof InputError
            ? inputVerdict(error.problem, new Date())
            : unexpectedVerdict('gate', describeError(error), new Date());
        return showGate(verdict, settings);
    }
}

;// CONCATENATED MODULE: ./src/post.ts













/**
 * The post step, at the end of the job: reads the balance again with the same inputs and
 * reports what the job spent since the gate's reading, holding it to max-spend (the job's
 * budget). Nothing to do when the gate read no balance, had a baseline, or was told not to
 * report (it then saved nothing).
 */
async function post() {
    const start = savedStartOfJob();
    if (!start) {
        log_debug(NOTHING_SAVED);
        return 'ok';
    }
    protectKey(getInput('api-key'));
    let settings;
    try {
        settings = readSettings(name => getInput(name));
        const earlier = parseSnapshot(start.snapshot, new Date());
        if (!earlier.ok)
            return await showPost(unreadableStartVerdict(settings, new Date()), settings);
        const reading = await read_balance_readBalance(settings, readProgress);
        const currency = clean(start.currency) || undefined;
        const ledger = findLedger(settings.history);
        const verdict = postVerdict(settings, earlier.value, currency, reading, new Date(), ledger, readingSource('post', earlier.value.checkedAt));
        const severity = await showPost(verdict, settings);
        if (ledger && verdict.ledger)
            saveLedger(ledger.path, verdict.ledger);
        return severity;
    }
    catch (error) {
        return showPost(unexpectedVerdict('post', describeError(error), new Date()), settings);
    }
}

;// CONCATENATED MODULE: ./src/index.ts



// tunnel, http-client's proxy agent, calls new Buffer() when the proxy URL carries credentials,
// and Node would print DEP0005 into the workflow log: noise no workflow author can act on.
process.noDeprecation = true;
// The one place that decides the step's exit code. A failure until the step has settled: a run
// that never settles (the event loop empties with nothing left to wait for) must not pass.
process.exitCode = 1;
// One entry for both steps: the runner starts dist/index.js again for `runs.post`, and the state
// the gate saved tells the two apart.
const postStep = isPostStep();
if (!postStep)
    markGateRan();
void (postStep ? post() : run()).then(severity => {
    process.exitCode = severity === 'failure' ? 1 : 0;
});

