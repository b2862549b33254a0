# gather(return_exceptions=True) hands back exceptions of a class with
# attributes; isinstance and the attributes work on them.
import asyncio


class ApiError(Exception):
    def __init__(self, code, msg):
        super().__init__(f"[{code}] {msg}")
        self.code = code


class NotFound(ApiError):
    pass


async def call_api(endpoint):
    await asyncio.sleep(0.001)
    if endpoint.startswith("/admin"):
        raise ApiError(403, f"forbidden: {endpoint}")
    if endpoint.endswith("?"):
        raise NotFound(404, endpoint)
    return {"endpoint": endpoint, "status": 200}


async def main():
    results = await asyncio.gather(call_api("/users"), call_api("/admin/keys"), call_api("/x?"),
                                   return_exceptions=True)
    for r in results:
        if isinstance(r, NotFound):
            print("not found", r.code, r)
        elif isinstance(r, ApiError):
            print("error code", r.code, "-", r)
        else:
            print(r)
    try:
        await call_api("/admin")
    except ApiError as e:
        print("caught", e.code, isinstance(e, NotFound))


asyncio.run(main())
