"""How the package is put together (docs/architecture.md): no import circles, function-body
imports included, and no module over 400 lines."""
import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "toolkit"


def _imports() -> dict[str, set[str]]:
    """module -> the toolkit modules it imports anywhere in its body."""
    mods = {}
    for f in PKG.rglob("*.py"):
        parts = f.relative_to(PKG.parent).with_suffix("").parts
        mods[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = f
    graph = {m: set() for m in mods}
    for m, f in mods.items():
        pkg = m if f.name == "__init__.py" else m.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(f.read_text())):
            if isinstance(node, ast.ImportFrom):
                base = pkg.split(".")[:len(pkg.split(".")) - node.level + 1] if node.level else []
                target = ".".join(base + [node.module]) if node.module else ".".join(base)
                names = [target] + [f"{target}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            graph[m] |= {n for n in names if n in mods and n != m}
    return graph


def test_no_import_circles():
    graph = _imports()

    def reach(a):
        seen, todo = set(), [a]
        while todo:
            for b in graph[todo.pop()] - seen:
                seen.add(b)
                todo.append(b)
        return seen
    circles = sorted({tuple(sorted((a, b))) for a in graph for b in graph[a] if a in reach(b)})
    # a package's __init__ re-exporting its own modules is not a circle of code
    circles = [c for c in circles if not (c[1].startswith(c[0] + ".") or c[0].startswith(c[1] + "."))]
    assert circles == []
    assert "toolkit.pixelart.cleanup" in graph["toolkit.gan.sample"]  # the scan sees imports at all


def test_no_module_over_400_lines():
    long = {str(f.relative_to(PKG)): n for f in PKG.rglob("*.py") if (n := len(f.read_text().splitlines())) > 400}
    assert long == {}
