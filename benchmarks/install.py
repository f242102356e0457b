"""Installed as users install it (issue 52): the wheel's size and what it carries, and with
--full the time a fresh venv takes to `pip install` it with every dependency from PyPI, then
README commands run from an empty folder by name.

    python benchmarks/install.py [--full]
"""
import argparse
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = [["datasets"], ["generate", "dcss-weapons", "-n", "16", "--seed", "7", "--out", "new"],
          ["atlas", "weapon=dcss-weapons", "item=new", "--prefix", "--out", "atlas"],
          ["stylize", "chelsea", "--style", "dcss-walls", "--size", "64", "--out", "cat.png"],
          ["level", "dcss-dungeon", "--out", "levels/d.tmx"]]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--full", action="store_true", help="also a fresh venv with all dependencies (network)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp)],
                       check=True, capture_output=True)
        (whl,) = tmp.glob("*.whl")
        names = zipfile.ZipFile(whl).namelist()
        shipped = sum(1 for n in names if n.startswith("toolkit/_shipped/"))
        print(f"wheel {whl.name}: {whl.stat().st_size / 1e6:.1f} MB, {len(names)} files ({shipped} shipped data), "
              f"built in {time.perf_counter() - t:.0f} s")
        if not args.full:
            return
        venv = tmp / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        t = time.perf_counter()
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", str(whl)], check=True, capture_output=True)
        print(f"fresh venv: pip install of the wheel with its dependencies {time.perf_counter() - t:.0f} s")
        work = tmp / "elsewhere"
        work.mkdir()
        for cmd in README:
            t = time.perf_counter()
            r = subprocess.run([str(venv / "bin" / "spriteforge"), *cmd], cwd=work, capture_output=True, text=True)
            print(f"  spriteforge {' '.join(cmd)}: rc {r.returncode}, {time.perf_counter() - t:.1f} s"
                  + ("" if r.returncode == 0 else f" ({r.stderr.strip().splitlines()[-1]})"))


if __name__ == "__main__":
    main()
