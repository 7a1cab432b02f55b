-- wrk script: the command line's GET path with the bearer token from the TOKEN environment variable.
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "")
