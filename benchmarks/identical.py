"""Same seeds, same bytes, before and after a change: run the shipped commands on two source
trees (a git ref checked out in a temporary worktree, and this checkout) and compare every file
they write by SHA-256.

    python benchmarks/identical.py --before HEAD~1            # a ref: before a refactor
    python benchmarks/identical.py --before HEAD~1 --keep /tmp/same   # keep the outputs

A command the older tree does not have is reported as new, not as a difference.
"""
import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
W = "datasets/dcss/weapons/battle_axe2.png"
COMMANDS = [  # (name, argv with {out} for the output folder); the paths are the checkout's
    ("slice", ["slice", "datasets/sheets/dcss-weapons-2x.png", "--out", "{out}"]),
    ("contact", ["contact", "dcss-weapons", "--out", "{out}/contact.png", "--cols", "16"]),
    ("generate", ["generate", "trained/dcss-weapons", "-n", "32", "--seed", "7", "--out", "{out}"]),
    ("generate-class", ["generate", "trained/dcss-weapons-by-class", "--class", "axe", "-n", "8", "--seed", "7",
                        "--out", "{out}"]),
    ("generate-16px", ["generate", "trained/dcss-weapons-16", "-n", "16", "--seed", "7", "--out", "{out}"]),
    ("generate-floors", ["generate", "trained/dcss-floors", "-n", "8", "--seed", "7", "--out", "{out}"]),
    ("generate-walls-gan", ["generate", "trained/dcss-walls", "--method", "gan", "-n", "8", "--seed", "7",
                            "--out", "{out}"]),
    ("interpolate", ["interpolate", "trained/dcss-weapons", "--from", "3", "--to", "11", "--steps", "8",
                     "--out", "{out}"]),
    ("arithmetic", ["arithmetic", "trained/dcss-weapons", "3 + 5 - 7", "--out", "{out}"]),
    ("variations", ["variations", "trained/dcss-weapons", W, "-n", "4", "--tune-steps", "0", "--out", "{out}"]),
    ("stylize", ["stylize", "datasets/photos/chelsea.jpg", "--style", "dcss-walls", "--size", "48",
                 "--out", "{out}/cat.png"]),
    ("tiles", ["tiles", "datasets/dcss/floors/grass/grass0.png", "--variants", "4", "--out", "{out}"]),
    ("atlas", ["atlas", "floor=dcss-floors", "wall=dcss-walls", "--prefix", "--out", "{out}"]),
    ("level", ["level", "tilesets/dcss-dungeon", "--size", "30x20", "--out", "{out}/l.tmx"]),
    ("recolor", ["recolor", W, "--tiers", "rare,epic", "--indexed", "--lut", "--out", "{out}"]),
]


def digests(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def run_all(tree: Path, out: Path) -> dict[str, dict | str]:
    """Each command run from ``tree`` (its toolkit on the path) -> {name: digests or 'missing'}."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    got = {}
    for name, argv in COMMANDS:
        dest = out / name
        args = [a.replace("{out}", str(dest)) for a in argv]
        if "/" in args[-1] and args[-1].endswith((".png", ".tmx")):
            dest.mkdir(parents=True, exist_ok=True)
        r = subprocess.run([sys.executable, "-m", "toolkit", *args], cwd=ROOT, env=env, capture_output=True,
                           text=True)
        if r.returncode != 0:
            got[name] = "missing" if "No such command" in r.stderr else f"failed: {r.stderr.strip()[-200:]}"
            continue
        got[name] = digests(dest)
    return got


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--before", required=True, help="git ref of the tree to compare with")
    ap.add_argument("--keep", help="folder to keep the outputs in")
    args = ap.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="identical-"))
    old = work / "before-tree"
    subprocess.run(["git", "worktree", "add", "-f", "--detach", str(old), args.before], cwd=ROOT, check=True,
                   capture_output=True)
    try:
        before = run_all(old, work / "before")
        after = run_all(ROOT, work / "after")
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(old)], cwd=ROOT, capture_output=True)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    same = 0
    for name, _ in COMMANDS:
        b, a = before[name], after[name]
        if isinstance(a, str):
            print(f"{name:20s} after: {a}")
        elif b == "missing":
            print(f"{name:20s} new command ({len(a)} files)")
        elif isinstance(b, str):
            print(f"{name:20s} before: {b}")
        else:
            diff = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
            same += not diff
            print(f"{name:20s} {len(a)} files: " + ("identical" if not diff else
                                                    f"{len(diff)} differ, e.g. {', '.join(diff[:3])}"))
    compared = sum(1 for n, _ in COMMANDS if isinstance(before[n], dict) and isinstance(after[n], dict))
    print(f"{same} of {compared} commands byte-identical")
    return 0 if same == compared else 1


if __name__ == "__main__":
    sys.exit(main())
