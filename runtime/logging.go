package runtime

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// This file is Python's logging module as scripts use it: loggers named
// in a dotted hierarchy under the root logger, levels, basicConfig with a
// format and a date format, and one handler writing to sys.stderr. Each
// record is written with one call, so lines from threads never mix.

// The logging levels.
const (
	LogNotset   = 0
	LogDebug    = 10
	LogInfo     = 20
	LogWarning  = 30
	LogError    = 40
	LogCritical = 50
)

var levelNames = map[int]string{LogDebug: "DEBUG", LogInfo: "INFO", LogWarning: "WARNING", LogError: "ERROR", LogCritical: "CRITICAL", LogNotset: "NOTSET"}

// Logger is a logging.Logger.
type Logger struct {
	name   string
	level  atomic.Int64
	parent *Logger
}

// logState is the logging configuration: the loggers by name and the
// handler basicConfig installs (none until then: records of WARNING and
// above then go to stderr as their bare message, CPython's last resort).
var logState = struct {
	sync.Mutex
	loggers    map[string]*Logger
	configured bool
	format     string
	datefmt    string
	stream     *File
	start      time.Time
}{loggers: map[string]*Logger{}, start: time.Now()}

var rootLogger = func() *Logger {
	l := &Logger{name: "root"}
	l.level.Store(LogWarning)
	return l
}()

// GetLogger is logging.getLogger(name): the root logger for None or
// "root", otherwise the one logger of that name, made on first use.
func GetLogger(name Object) *Logger {
	if name == nil {
		return rootLogger
	}
	n := Str(name)
	if n == "root" || n == "" {
		return rootLogger
	}
	logState.Lock()
	defer logState.Unlock()
	return loggerLocked(n)
}

func loggerLocked(name string) *Logger {
	if l, ok := logState.loggers[name]; ok {
		return l
	}
	parent := rootLogger
	if i := strings.LastIndex(name, "."); i >= 0 {
		parent = loggerLocked(name[:i])
	}
	l := &Logger{name: name, parent: parent}
	logState.loggers[name] = l
	return l
}

// LogLevel turns a level given as an int or a name ("INFO") into its
// number, as setLevel and basicConfig accept both.
func LogLevel(level Object) int {
	if s, ok := level.(string); ok {
		for n, name := range levelNames {
			if name == s {
				return n
			}
		}
		panic(ValueError.New("Unknown level: " + Repr(s)))
	}
	return ToInt(level)
}

// LogBasicConfig is logging.basicConfig(level=, format=, datefmt=,
// stream=) (a nil stream is sys.stderr): it
// does nothing once the root logger has a handler, as in CPython.
func LogBasicConfig(level, format, datefmt Object, stream *File) {
	logState.Lock()
	defer logState.Unlock()
	if logState.configured {
		return
	}
	logState.configured = true
	logState.stream = stream
	logState.format = "%(levelname)s:%(name)s:%(message)s"
	if format != nil {
		logState.format = Str(format)
	}
	if datefmt != nil {
		logState.datefmt = Str(datefmt)
	}
	if level != nil {
		rootLogger.level.Store(int64(LogLevel(level)))
	}
}

// SetLevel is logger.setLevel(level).
func (l *Logger) SetLevel(level Object) { l.level.Store(int64(LogLevel(level))) }

// EffectiveLevel is logger.getEffectiveLevel(): its own level, or the
// first one set among its ancestors.
func (l *Logger) EffectiveLevel() int {
	for k := l; k != nil; k = k.parent {
		if lv := k.level.Load(); lv != LogNotset {
			return int(lv)
		}
	}
	return LogNotset
}

// IsEnabledFor is logger.isEnabledFor(level).
func (l *Logger) IsEnabledFor(level int) bool { return level >= l.EffectiveLevel() }

// Name is logger.name.
func (l *Logger) Name() string { return l.name }

// Log is logger.log(level, msg, *args): msg % args when there are args.
func (l *Logger) Log(level int, msg Object, args ...Object) {
	l.LogExc(level, nil, msg, args...)
}

// LogExc is Log with the traceback of exc after the message
// (logger.exception, exc_info=True); exc may be nil.
func (l *Logger) LogExc(level int, exc *Error, msg Object, args ...Object) {
	if !l.IsEnabledFor(level) {
		return
	}
	text := Str(msg)
	if len(args) == 1 {
		if _, isDict := args[0].(*Dict); isDict {
			text = StrMod(text, args[0])
		} else {
			text = StrMod(text, Tuple(args))
		}
	} else if len(args) > 1 {
		text = StrMod(text, Tuple(args))
	}
	logState.Lock()
	configured, format, datefmt, stream := logState.configured, logState.format, logState.datefmt, logState.stream
	logState.Unlock()
	if stream == nil {
		stream = Stderr
	}
	if !configured {
		if level < LogWarning {
			return
		}
		format = "%(message)s"
	}
	line := l.formatRecord(format, datefmt, level, text)
	if exc != nil {
		line += "\n" + strings.TrimRight(exc.Traceback(), "\n")
	}
	stream.WriteString(line + "\n")
}

// formatRecord applies a %-style logging format to one record.
func (l *Logger) formatRecord(format, datefmt string, level int, msg string) string {
	now := time.Now()
	name, ok := levelNames[level]
	if !ok {
		name = "Level " + strconv.Itoa(level)
	}
	asctime := now.Format("2006-01-02 15:04:05") + fmt.Sprintf(",%03d", now.Nanosecond()/1e6)
	if datefmt != "" {
		asctime = Datetime{now}.Strftime(datefmt)
	}
	rec := NewDict()
	for k, v := range map[string]Object{
		"message":         msg,
		"levelname":       name,
		"levelno":         level,
		"name":            l.name,
		"threadName":      CurrentThreadName(),
		"processName":     CurrentProcessName(),
		"process":         Getpid(),
		"thread":          int(goid()),
		"asctime":         asctime,
		"created":         float64(now.UnixNano()) / 1e9,
		"msecs":           float64(now.Nanosecond()/1000) / 1000,
		"relativeCreated": float64(now.Sub(logState.start).Microseconds()) / 1000,
	} {
		rec.Set(k, v)
	}
	return StrMod(format, rec)
}
