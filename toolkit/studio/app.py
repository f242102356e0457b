"""The studio's web app: Starlette routes over a ``Studio`` and the page in ``static/``.

Every route takes names and ids, never paths: a model is one the studio was started with,
a sprite a 16-hex id, an export a plain name; files are served only from the studio folder.
Bad requests get a 4xx with {"error": one line}.
"""
from __future__ import annotations

import json
import math
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import FileResponse, JSONResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..errors import SpriteforgeError
from .session import MAX_UPLOAD, Studio, StudioError

STATIC = Path(__file__).resolve().parent / "static"
UPLOAD_VARIATIONS = 6  # variations shown with an uploaded sprite (each costs about a second)


def _public(recs: list[dict]) -> list[dict]:
    return [{k: v for k, v in r.items() if k != "image"} for r in recs]


async def _body(request: Request) -> dict:
    try:
        data = json.loads(await request.body() or b"{}")
    except ValueError:
        raise StudioError("the request body is not JSON") from None
    if not isinstance(data, dict):
        raise StudioError("the request body must be a JSON object")
    return data


def _int(data: dict, key: str, default: int) -> int:
    v = data.get(key, default)
    if isinstance(v, bool) or not isinstance(v, int):
        raise StudioError(f"{key} must be an integer, got {v!r}")
    if not 0 <= v <= 2 ** 32 - 1 and key == "seed":
        raise StudioError(f"seed must be 0..4294967295, got {v}")
    return v


def _float(data: dict, key: str, default: float) -> float:
    v = data.get(key, default)
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
        raise StudioError(f"{key} must be a finite number, got {v!r}")
    return float(v)


async def _sprites(fn, *args) -> JSONResponse:
    """``fn(*args)`` (a Studio operation: TensorFlow work) off the event loop, its sprites as JSON."""
    return JSONResponse({"sprites": _public(await run_in_threadpool(fn, *args))})


def make_app(studio: Studio) -> Starlette:
    """The ASGI app serving ``studio``."""

    async def index(request):
        return FileResponse(STATIC / "index.html")

    async def models(request):
        from ..pixelart.palette_files import named_palettes
        return JSONResponse({"models": studio.models(), "palettes": list(named_palettes())})

    async def draw(request):
        d = await _body(request)
        return await _sprites(studio.draw, str(d.get("model")), _int(d, "n", 32), _int(d, "seed", 0),
                              d.get("class") or None, _float(d, "truncation", 1.0))

    async def breed(request):
        d = await _body(request)
        return await _sprites(studio.breed, d.get("parents"), _int(d, "n", 16), _float(d, "mutation", 0.3),
                              _int(d, "seed", 0))

    async def morph(request):
        d = await _body(request)
        return await _sprites(studio.morph, d.get("a"), d.get("b"), _int(d, "steps", 8))

    async def variations(request):
        d = await _body(request)
        return await _sprites(studio.variations, d.get("id"), _int(d, "n", 8), _float(d, "spread", 0.8),
                              _int(d, "seed", 0))

    async def steer(request):
        d = await _body(request)
        amounts = d.get("amounts", [-3, -1.5, 0, 1.5, 3])
        if not isinstance(amounts, list) or not all(isinstance(a, (int, float)) and not isinstance(a, bool)
                                                     for a in amounts):
            raise StudioError("amounts must be a list of numbers")
        return await _sprites(studio.steer, d.get("id"), d.get("direction"), amounts)

    async def recolor(request):
        d = await _body(request)
        pal = d.get("palette") or None
        if pal is not None and not isinstance(pal, str):
            raise StudioError("palette must be a palette name")
        return await _sprites(studio.recolor, d.get("id"), pal)

    async def upload(request):
        model = request.query_params.get("model", "")
        size = request.headers.get("content-length")
        if size and size.isdigit() and int(size) > MAX_UPLOAD:
            raise StudioError(f"the upload is {size} bytes; at most {MAX_UPLOAD}", 413)
        data = await request.body()
        seed = request.query_params.get("seed", "0")
        if not seed.isdigit():
            raise StudioError(f"seed must be an integer, got {seed!r}")
        return await _sprites(studio.upload, model, data, UPLOAD_VARIATIONS, int(seed) % 2 ** 32)

    async def favourites(request):
        if request.method == "POST":
            d = await _body(request)
            await run_in_threadpool(studio.keep, d.get("id"))
        return JSONResponse({"sprites": studio.favourites()})

    async def drop(request):
        studio.drop(request.path_params["sid"])
        return JSONResponse({"sprites": studio.favourites()})

    async def sprite_png(request):
        return FileResponse(studio.favourite_png(request.path_params["sid"]), media_type="image/png")

    async def export(request):
        d = await _body(request)
        ids = d.get("ids")
        if ids is not None and not (isinstance(ids, list) and all(isinstance(i, str) for i in ids)):
            raise StudioError("ids must be a list of sprite ids")
        z = await run_in_threadpool(studio.export, d.get("name", "studio-export"), ids)
        return JSONResponse({"zip": f"/api/exports/{z.stem}.zip", "folder": str(z.with_suffix(""))})

    async def export_zip(request):
        f = studio.export_zip(request.path_params["name"])
        return FileResponse(f, media_type="application/zip", filename=f.name)

    async def studio_error(request, exc: SpriteforgeError):
        status = getattr(exc, "status", 400)
        return JSONResponse({"error": " ".join(str(exc).split())}, status_code=status)

    async def not_found(request, exc):
        return JSONResponse({"error": f"no such page: {request.url.path}"}, status_code=404)

    async def bad_method(request, exc):
        return JSONResponse({"error": f"{request.method} is not allowed here"}, status_code=405)

    routes = [
        Route("/", index),
        Route("/api/models", models),
        Route("/api/draw", draw, methods=["POST"]),
        Route("/api/breed", breed, methods=["POST"]),
        Route("/api/morph", morph, methods=["POST"]),
        Route("/api/variations", variations, methods=["POST"]),
        Route("/api/steer", steer, methods=["POST"]),
        Route("/api/recolor", recolor, methods=["POST"]),
        Route("/api/upload", upload, methods=["POST"]),
        Route("/api/favourites", favourites, methods=["GET", "POST"]),
        Route("/api/favourites/{sid}", drop, methods=["DELETE"]),
        Route("/api/sprites/{sid}.png", sprite_png),
        Route("/api/export", export, methods=["POST"]),
        Route("/api/exports/{name}.zip", export_zip),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    return Starlette(routes=routes, exception_handlers={SpriteforgeError: studio_error, 404: not_found,
                                                         405: bad_method})

