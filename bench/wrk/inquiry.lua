-- POST a valid inquiry. load.py fetched the form first and passes its CSRF cookie and the
-- whole urlencoded body (CSRF token, signed start time older than the minimum fill time, empty
-- honeypot) in WRK_COOKIE and WRK_BODY. A 302 to the thank-you page is a stored inquiry;
-- a 200 would be the form shown again with a message, so statuses are counted.
dofile("bench/wrk/report.lua")

statuses = {}
wrk.method = "POST"
wrk.body = os.getenv("WRK_BODY")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = os.getenv("WRK_COOKIE")

function response(status, headers, body)
  local key = tostring(status)
  statuses[key] = (statuses[key] or 0) + 1
end
