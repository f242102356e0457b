"""The sprite studio: a local web page to pick, breed, steer and export generated sprites
(``spriteforge studio``). ``session.Studio`` holds the state and operations; ``app`` serves
them with Starlette; ``static/`` is the page."""
from .session import Studio, StudioError

__all__ = ["Studio", "StudioError", "serve", "shipped_models"]


def shipped_models() -> dict:
    """{name: folder} of the models spriteforge ships (``toolkit.shipped.models``)."""
    from ..shipped import models
    return models()


def serve(studio: "Studio", host: str = "127.0.0.1", port: int = 8765, ready=None) -> None:
    """Serve ``studio`` until interrupted (uvicorn); ``ready(url)`` once it listens."""
    import asyncio

    import uvicorn

    from .app import make_app
    config = uvicorn.Config(make_app(studio), host=host, port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)

    async def run():
        task = asyncio.create_task(server.serve())
        while not server.started and not task.done():
            await asyncio.sleep(0.05)
        if server.started and ready:
            sock = server.servers[0].sockets[0].getsockname()
            ready(f"http://{host}:{sock[1]}/")
        await task
    asyncio.run(run())
