import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-EGU3MAJP.js";

// node_modules/imurmurhash/imurmurhash.js
var require_imurmurhash = __commonJS({
  "node_modules/imurmurhash/imurmurhash.js"(exports, module) {
    (function() {
      var cache;
      function MurmurHash3(key, seed) {
        var m = this instanceof MurmurHash3 ? this : cache;
        if (m.reset(seed), typeof key == "string" && key.length > 0 && m.hash(key), m !== this)
          return m;
      }
      MurmurHash3.prototype.hash = function(key) {
        var h1, k1, i, top, len;
        switch (len = key.length, this.len += len, k1 = this.k1, i = 0, this.rem) {
          case 0:
            k1 ^= len > i ? key.charCodeAt(i++) & 65535 : 0;
          case 1:
            k1 ^= len > i ? (key.charCodeAt(i++) & 65535) << 8 : 0;
          case 2:
            k1 ^= len > i ? (key.charCodeAt(i++) & 65535) << 16 : 0;
          case 3:
            k1 ^= len > i ? (key.charCodeAt(i) & 255) << 24 : 0, k1 ^= len > i ? (key.charCodeAt(i++) & 65280) >> 8 : 0;
        }
        if (this.rem = len + this.rem & 3, len -= this.rem, len > 0) {
          for (h1 = this.h1; k1 = k1 * 11601 + (k1 & 65535) * 3432906752 & 4294967295, k1 = k1 << 15 | k1 >>> 17, k1 = k1 * 13715 + (k1 & 65535) * 461832192 & 4294967295, h1 ^= k1, h1 = h1 << 13 | h1 >>> 19, h1 = h1 * 5 + 3864292196 & 4294967295, !(i >= len); )
            k1 = key.charCodeAt(i++) & 65535 ^ (key.charCodeAt(i++) & 65535) << 8 ^ (key.charCodeAt(i++) & 65535) << 16, top = key.charCodeAt(i++), k1 ^= (top & 255) << 24 ^ (top & 65280) >> 8;
          switch (k1 = 0, this.rem) {
            case 3:
              k1 ^= (key.charCodeAt(i + 2) & 65535) << 16;
            case 2:
              k1 ^= (key.charCodeAt(i + 1) & 65535) << 8;
            case 1:
              k1 ^= key.charCodeAt(i) & 65535;
          }
          this.h1 = h1;
        }
        return this.k1 = k1, this;
      }, MurmurHash3.prototype.result = function() {
        var k1, h1;
        return k1 = this.k1, h1 = this.h1, k1 > 0 && (k1 = k1 * 11601 + (k1 & 65535) * 3432906752 & 4294967295, k1 = k1 << 15 | k1 >>> 17, k1 = k1 * 13715 + (k1 & 65535) * 461832192 & 4294967295, h1 ^= k1), h1 ^= this.len, h1 ^= h1 >>> 16, h1 = h1 * 51819 + (h1 & 65535) * 2246770688 & 4294967295, h1 ^= h1 >>> 13, h1 = h1 * 44597 + (h1 & 65535) * 3266445312 & 4294967295, h1 ^= h1 >>> 16, h1 >>> 0;
      }, MurmurHash3.prototype.reset = function(seed) {
        return this.h1 = typeof seed == "number" ? seed : 0, this.rem = this.k1 = this.len = 0, this;
      }, cache = new MurmurHash3(), typeof module < "u" ? module.exports = MurmurHash3 : this.MurmurHash3 = MurmurHash3;
    })();
  }
});

// node_modules/write-file-atomic/node_modules/signal-exit/dist/cjs/signals.js
var require_signals = __commonJS({
  "node_modules/write-file-atomic/node_modules/signal-exit/dist/cjs/signals.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.signals = void 0;
    exports.signals = [];
    exports.signals.push("SIGHUP", "SIGINT", "SIGTERM");
    process.platform !== "win32" && exports.signals.push(
      "SIGALRM",
      "SIGABRT",
      "SIGVTALRM",
      "SIGXCPU",
      "SIGXFSZ",
      "SIGUSR2",
      "SIGTRAP",
      "SIGSYS",
      "SIGQUIT",
      "SIGIOT"
      // should detect profiler and enable/disable accordingly.
      // see #21
      // 'SIGPROF'
    );
    process.platform === "linux" && exports.signals.push("SIGIO", "SIGPOLL", "SIGPWR", "SIGSTKFLT");
  }
});

// node_modules/write-file-atomic/node_modules/signal-exit/dist/cjs/index.js
var require_cjs = __commonJS({
  "node_modules/write-file-atomic/node_modules/signal-exit/dist/cjs/index.js"(exports) {
    "use strict";
    var _a;
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.unload = exports.load = exports.onExit = exports.signals = void 0;
    var signals_js_1 = require_signals();
    Object.defineProperty(exports, "signals", { enumerable: !0, get: function() {
      return signals_js_1.signals;
    } });
    var processOk = (process3) => !!process3 && typeof process3 == "object" && typeof process3.removeListener == "function" && typeof process3.emit == "function" && typeof process3.reallyExit == "function" && typeof process3.listeners == "function" && typeof process3.kill == "function" && typeof process3.pid == "number" && typeof process3.on == "function", kExitEmitter = /* @__PURE__ */ Symbol.for("signal-exit emitter"), global = globalThis, ObjectDefineProperty = Object.defineProperty.bind(Object), Emitter = class {
      emitted = {
        afterExit: !1,
        exit: !1
      };
      listeners = {
        afterExit: [],
        exit: []
      };
      count = 0;
      id = Math.random();
      constructor() {
        if (global[kExitEmitter])
          return global[kExitEmitter];
        ObjectDefineProperty(global, kExitEmitter, {
          value: this,
          writable: !1,
          enumerable: !1,
          configurable: !1
        });
      }
      on(ev, fn) {
        this.listeners[ev].push(fn);
      }
      removeListener(ev, fn) {
        let list = this.listeners[ev], i = list.indexOf(fn);
        i !== -1 && (i === 0 && list.length === 1 ? list.length = 0 : list.splice(i, 1));
      }
      emit(ev, code, signal) {
        if (this.emitted[ev])
          return !1;
        this.emitted[ev] = !0;
        let ret = !1;
        for (let fn of this.listeners[ev])
          ret = fn(code, signal) === !0 || ret;
        return ev === "exit" && (ret = this.emit("afterExit", code, signal) || ret), ret;
      }
    }, SignalExitBase = class {
    }, signalExitWrap = (handler) => ({
      onExit(cb, opts) {
        return handler.onExit(cb, opts);
      },
      load() {
        return handler.load();
      },
      unload() {
        return handler.unload();
      }
    }), SignalExitFallback = class extends SignalExitBase {
      onExit() {
        return () => {
        };
      }
      load() {
      }
      unload() {
      }
    }, SignalExit = class extends SignalExitBase {
      // "SIGHUP" throws an `ENOSYS` error on Windows,
      // so use a supported signal instead
      /* c8 ignore start */
      #hupSig = process2.platform === "win32" ? "SIGINT" : "SIGHUP";
      /* c8 ignore stop */
      #emitter = new Emitter();
      #process;
      #originalProcessEmit;
      #originalProcessReallyExit;
      #sigListeners = {};
      #loaded = !1;
      constructor(process3) {
        super(), this.#process = process3, this.#sigListeners = {};
        for (let sig of signals_js_1.signals)
          this.#sigListeners[sig] = () => {
            let listeners = this.#process.listeners(sig), { count } = this.#emitter, p = process3;
            if (typeof p.__signal_exit_emitter__ == "object" && typeof p.__signal_exit_emitter__.count == "number" && (count += p.__signal_exit_emitter__.count), listeners.length === count) {
              this.unload();
              let ret = this.#emitter.emit("exit", null, sig), s = sig === "SIGHUP" ? this.#hupSig : sig;
              ret || process3.kill(process3.pid, s);
            }
          };
        this.#originalProcessReallyExit = process3.reallyExit, this.#originalProcessEmit = process3.emit;
      }
      onExit(cb, opts) {
        if (!processOk(this.#process))
          return () => {
          };
        this.#loaded === !1 && this.load();
        let ev = opts?.alwaysLast ? "afterExit" : "exit";
        return this.#emitter.on(ev, cb), () => {
          this.#emitter.removeListener(ev, cb), this.#emitter.listeners.exit.length === 0 && this.#emitter.listeners.afterExit.length === 0 && this.unload();
        };
      }
      load() {
        if (!this.#loaded) {
          this.#loaded = !0, this.#emitter.count += 1;
          for (let sig of signals_js_1.signals)
            try {
              let fn = this.#sigListeners[sig];
              fn && this.#process.on(sig, fn);
            } catch {
            }
          this.#process.emit = (ev, ...a) => this.#processEmit(ev, ...a), this.#process.reallyExit = (code) => this.#processReallyExit(code);
        }
      }
      unload() {
        this.#loaded && (this.#loaded = !1, signals_js_1.signals.forEach((sig) => {
          let listener = this.#sigListeners[sig];
          if (!listener)
            throw new Error("Listener not defined for signal: " + sig);
          try {
            this.#process.removeListener(sig, listener);
          } catch {
          }
        }), this.#process.emit = this.#originalProcessEmit, this.#process.reallyExit = this.#originalProcessReallyExit, this.#emitter.count -= 1);
      }
      #processReallyExit(code) {
        return processOk(this.#process) ? (this.#process.exitCode = code || 0, this.#emitter.emit("exit", this.#process.exitCode, null), this.#originalProcessReallyExit.call(this.#process, this.#process.exitCode)) : 0;
      }
      #processEmit(ev, ...args) {
        let og = this.#originalProcessEmit;
        if (ev === "exit" && processOk(this.#process)) {
          typeof args[0] == "number" && (this.#process.exitCode = args[0]);
          let ret = og.call(this.#process, ev, ...args);
          return this.#emitter.emit("exit", this.#process.exitCode, null), ret;
        } else
          return og.call(this.#process, ev, ...args);
      }
    }, process2 = globalThis.process;
    _a = signalExitWrap(processOk(process2) ? new SignalExit(process2) : new SignalExitFallback()), /**
     * Called when the process is exiting, whether via signal, explicit
     * exit, or running out of stuff to do.
     *
     * If the global process object is not suitable for instrumentation,
     * then this will be a no-op.
     *
     * Returns a function that may be used to unload signal-exit.
     */
    exports.onExit = _a.onExit, /**
     * Load the listeners.  Likely you never need to call this, unless
     * doing a rather deep integration with signal-exit functionality.
     * Mostly exposed for the benefit of testing.
     *
     * @internal
     */
    exports.load = _a.load, /**
     * Unload the listeners.  Likely you never need to call this, unless
     * doing a rather deep integration with signal-exit functionality.
     * Mostly exposed for the benefit of testing.
     *
     * @internal
     */
    exports.unload = _a.unload;
  }
});

// node_modules/write-file-atomic/lib/index.js
var require_lib = __commonJS({
  "node_modules/write-file-atomic/lib/index.js"(exports, module) {
    "use strict";
    module.exports = writeFile;
    module.exports.sync = writeFileSync;
    module.exports._getTmpname = getTmpname;
    module.exports._cleanupOnExit = cleanupOnExit;
    var fs = __require("fs"), MurmurHash3 = require_imurmurhash(), { onExit } = require_cjs(), path = __require("path"), { promisify } = __require("util"), activeFiles = {}, threadId = (function() {
      try {
        return __require("worker_threads").threadId;
      } catch {
        return 0;
      }
    })(), invocations = 0;
    function getTmpname(filename) {
      return filename + "." + MurmurHash3(import.meta.url).hash(String(process.pid)).hash(String(threadId)).hash(String(++invocations)).result();
    }
    function cleanupOnExit(tmpfile) {
      return () => {
        try {
          fs.unlinkSync(typeof tmpfile == "function" ? tmpfile() : tmpfile);
        } catch {
        }
      };
    }
    function serializeActiveFile(absoluteName) {
      return new Promise((resolve) => {
        activeFiles[absoluteName] || (activeFiles[absoluteName] = []), activeFiles[absoluteName].push(resolve), activeFiles[absoluteName].length === 1 && resolve();
      });
    }
    function isChownErrOk(err) {
      return err.code === "ENOSYS" || (!process.getuid || process.getuid() !== 0) && (err.code === "EINVAL" || err.code === "EPERM");
    }
    async function writeFileAsync(filename, data, options = {}) {
      typeof options == "string" && (options = { encoding: options });
      let fd, tmpfile, removeOnExitHandler = onExit(cleanupOnExit(() => tmpfile)), absoluteName = path.resolve(filename);
      try {
        await serializeActiveFile(absoluteName);
        let truename = await promisify(fs.realpath)(filename).catch(() => filename);
        if (tmpfile = getTmpname(truename), !options.mode || !options.chown) {
          let stats = await promisify(fs.stat)(truename).catch(() => {
          });
          stats && (options.mode == null && (options.mode = stats.mode), options.chown == null && process.getuid && (options.chown = { uid: stats.uid, gid: stats.gid }));
        }
        fd = await promisify(fs.open)(tmpfile, "w", options.mode), options.tmpfileCreated && await options.tmpfileCreated(tmpfile), ArrayBuffer.isView(data) ? await promisify(fs.write)(fd, data, 0, data.length, 0) : data != null && await promisify(fs.write)(fd, String(data), 0, String(options.encoding || "utf8")), options.fsync !== !1 && await promisify(fs.fsync)(fd), await promisify(fs.close)(fd), fd = null, options.chown && await promisify(fs.chown)(tmpfile, options.chown.uid, options.chown.gid).catch((err) => {
          if (!isChownErrOk(err))
            throw err;
        }), options.mode && await promisify(fs.chmod)(tmpfile, options.mode).catch((err) => {
          if (!isChownErrOk(err))
            throw err;
        }), await promisify(fs.rename)(tmpfile, truename);
      } finally {
        fd && await promisify(fs.close)(fd).catch(
          /* istanbul ignore next */
          () => {
          }
        ), removeOnExitHandler(), await promisify(fs.unlink)(tmpfile).catch(() => {
        }), activeFiles[absoluteName].shift(), activeFiles[absoluteName].length > 0 ? activeFiles[absoluteName][0]() : delete activeFiles[absoluteName];
      }
    }
    async function writeFile(filename, data, options, callback) {
      options instanceof Function && (callback = options, options = {});
      let promise = writeFileAsync(filename, data, options);
      if (callback)
        try {
          let result = await promise;
          return callback(result);
        } catch (err) {
          return callback(err);
        }
      return promise;
    }
    function writeFileSync(filename, data, options) {
      typeof options == "string" ? options = { encoding: options } : options || (options = {});
      try {
        filename = fs.realpathSync(filename);
      } catch {
      }
      let tmpfile = getTmpname(filename);
      if (!options.mode || !options.chown)
        try {
          let stats = fs.statSync(filename);
          options = Object.assign({}, options), options.mode || (options.mode = stats.mode), !options.chown && process.getuid && (options.chown = { uid: stats.uid, gid: stats.gid });
        } catch {
        }
      let fd, cleanup = cleanupOnExit(tmpfile), removeOnExitHandler = onExit(cleanup), threw = !0;
      try {
        if (fd = fs.openSync(tmpfile, "w", options.mode || 438), options.tmpfileCreated && options.tmpfileCreated(tmpfile), ArrayBuffer.isView(data) ? fs.writeSync(fd, data, 0, data.length, 0) : data != null && fs.writeSync(fd, String(data), 0, String(options.encoding || "utf8")), options.fsync !== !1 && fs.fsyncSync(fd), fs.closeSync(fd), fd = null, options.chown)
          try {
            fs.chownSync(tmpfile, options.chown.uid, options.chown.gid);
          } catch (err) {
            if (!isChownErrOk(err))
              throw err;
          }
        if (options.mode)
          try {
            fs.chmodSync(tmpfile, options.mode);
          } catch (err) {
            if (!isChownErrOk(err))
              throw err;
          }
        fs.renameSync(tmpfile, filename), threw = !1;
      } finally {
        if (fd)
          try {
            fs.closeSync(fd);
          } catch {
          }
        removeOnExitHandler(), threw && cleanup();
      }
    }
  }
});

export {
  require_lib
};
