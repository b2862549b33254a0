"""Records CPython 3.11's view of testdata/snippets.txt into golden.json.

Each snippet is dumped in the format of parser.Dump (our node and field
names) together with the (type, line, byte column) of every statement and
expression, so the Go tests compare our parser with CPython without calling
Python. Run from parser/: python3 testdata/gen_golden.py
"""
import ast
import json
import unicodedata

NAMES = {"Expr": "ExprStmt", "AsyncFunctionDef": "FunctionDef", "AsyncFor": "For", "AsyncWith": "With",
         "arguments": "Arguments", "arg": "Arg", "keyword": "Keyword", "alias": "Alias",
         "withitem": "WithItem", "comprehension": "Comprehension", "ExceptHandler": "ExceptHandler"}
FIELDS = {"id": "ID", "arg": "Name", "posonlyargs": "PosOnly", "kwonlyargs": "KwOnly", "kw_defaults": "KwDefaults",
          "decorator_list": "Decorators", "format_spec": "FormatSpec", "is_async": "Async", "asname": "AsName",
          "context_expr": "ContextExpr", "optional_vars": "OptionalVars", "finalbody": "Finalbody",
          "orelse": "Orelse", "elts": "Elts", "elt": "Elt", "func": "Func", "attr": "Attr", "vararg": "Vararg",
          "kwarg": "Kwarg", "ctx": "Ctx", "exc": "Exc", "cause": "Cause", "msg": "Msg", "ops": "Ops"}
ORDER = {"FunctionDef": ["name", "args", "body", "decorator_list", "returns"],
         "ClassDef": ["name", "bases", "keywords", "body", "decorator_list"]}
OPS = {"Add": "+", "Sub": "-", "Mult": "*", "MatMult": "@", "Div": "/", "Mod": "%", "Pow": "**",
       "LShift": "<<", "RShift": ">>", "BitOr": "|", "BitXor": "^", "BitAnd": "&", "FloorDiv": "//",
       "Invert": "~", "Not": "not", "UAdd": "+", "USub": "-", "Eq": "==", "NotEq": "!=", "Lt": "<",
       "LtE": "<=", "Gt": ">", "GtE": ">=", "Is": "is", "IsNot": "is not", "In": "in", "NotIn": "not in",
       "And": "1", "Or": "2"}
SKIP = {"type_comment", "type_ignores", "kind", "lineno", "col_offset", "end_lineno", "end_col_offset"}


def goquote(s, bytes_=False):
    out = []
    for ch in s:
        o = ord(ch)
        esc = {"\a": r"\a", "\b": r"\b", "\f": r"\f", "\n": r"\n", "\r": r"\r", "\t": r"\t", "\v": r"\v",
               "\\": r"\\", '"': r"\""}.get(ch)
        if esc:
            out.append(esc)
        elif bytes_ and o >= 0x80 or o < 0x20 or o == 0x7f:
            out.append("\\x%02x" % o)
        elif not bytes_ and not (ch == " " or ch.isprintable()):
            out.append("\\u%04x" % o if o < 0x10000 else "\\U%08x" % o)
        else:
            out.append(ch)
    return ('b"' if bytes_ else '"') + "".join(out) + '"'


def gofloat(f):
    if f == float("inf"):
        return "+Inf"
    return "%.17g" % f


def dump(v):
    if v is None:
        return "None"
    if isinstance(v, list):
        return "[" + ", ".join(dump(x) for x in v) + "]"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return goquote(v)
    if isinstance(v, bytes):
        return goquote(v.decode("latin-1"), True)
    if isinstance(v, float):
        return gofloat(v)
    if isinstance(v, complex):
        return "(%s+%si)" % (gofloat(v.real), gofloat(v.imag))
    if isinstance(v, int):
        return str(v)
    if v is Ellipsis:
        return "..."
    name = type(v).__name__
    if name in OPS:
        return OPS[name]
    if name in ("Load", "Store", "Del"):
        return name
    fields = ORDER.get(name, v._fields)
    parts = []
    for f in fields:
        if f in SKIP:
            continue
        val = getattr(v, f, None)
        if val is None or val == [] or (f == "is_async" and not val) or (f == "simple" and not val):
            continue
        if f == "ctx" and type(val).__name__ == "Load":
            continue
        if f == "conversion":
            if val == -1:
                continue
            val = "'%s'" % chr(val)
            parts.append("Conversion=" + val)
            continue
        if f in ("is_async", "simple"):
            val = bool(val)
        if f == "module" or f == "name" and name in ("ExceptHandler",):
            pass
        key = FIELDS.get(f, f[:1].upper() + f[1:])
        if name == "keyword" and f == "arg":
            key = "Arg"
        parts.append(key + "=" + dump(val))
    if name in ("AsyncFunctionDef", "AsyncFor", "AsyncWith"):
        parts.append("Async=true")
    return NAMES.get(name, name) + "(" + ", ".join(parts) + ")"


def positions(tree):
    out = []
    for n in ast.walk(tree):
        if isinstance(n, (ast.stmt, ast.expr, ast.excepthandler, ast.arg, ast.keyword, ast.alias)):
            out.append("%s %d:%d" % (NAMES.get(type(n).__name__, type(n).__name__), n.lineno, n.col_offset))
    return sorted(out)


def snippets(path):
    name, lines, out = None, [], []
    for line in open(path, encoding="utf-8", newline=""):
        if line.startswith("### "):
            if name:
                out.append((name, "".join(lines)))
            name, lines = line[4:].strip(), []
        else:
            lines.append(line)
    if name:
        out.append((name, "".join(lines)))
    return out


def conformance():
    """The conformance suite's programs, as real-world inputs."""
    import glob
    import os
    for path in sorted(glob.glob("/work/shared/conformance/cases/*.py")):
        src = open(path, encoding="utf-8", newline="").read()
        try:
            ast.parse(src)
        except SyntaxError:
            continue
        yield "conformance " + os.path.basename(path), src


cases = []
for name, src in list(snippets("testdata/snippets.txt")) + list(conformance()):
    tree = ast.parse(src)
    cases.append({"name": name, "src": src, "dump": [dump(s) for s in tree.body], "pos": positions(tree)})
json.dump(cases, open("testdata/golden.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)

# Real-world inputs for py2go's domain: CPython's own concurrency modules,
# read from the local installation by the test (not copied here), recorded
# as hashes of the source, the dump and the positions.
import hashlib
import os

STDLIB = ["threading.py", "queue.py", "concurrent/futures/_base.py", "concurrent/futures/thread.py",
          "multiprocessing/pool.py", "asyncio/locks.py", "asyncio/tasks.py", "asyncio/queues.py"]
lib = os.path.dirname(os.__file__)
records = []
for rel in STDLIB:
    raw = open(os.path.join(lib, rel), "rb").read()
    tree = ast.parse(raw)
    sha = lambda s: hashlib.sha256(s.encode("utf-8")).hexdigest()
    records.append({"path": rel, "src_sha256": hashlib.sha256(raw).hexdigest(),
                    "dump_sha256": sha("\n".join(dump(s) for s in tree.body)),
                    "pos_sha256": sha("\n".join(positions(tree)))})
json.dump({"lib": lib, "files": records}, open("testdata/stdlib.json", "w"), indent=1)
