#!/usr/bin/env node
/**
 * Minimal static server for dist/ over plain http (localhost is a secure context, so no certificates).
 * Used by `npm start` on Linux and reusable by browser tests:
 *   const { serveDist } = require("./scripts/serve-dist"); const server = await serveDist({ port: 0 });
 *   node scripts/serve-dist.js [port]          (default 3000; serves http://localhost:<port>/)
 */
"use strict";
const http = require("node:http");
const fs = require("node:fs");
const path = require("node:path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".xml": "application/xml",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

/** Starts the server; resolves to the listening http.Server (port 0 picks a free port). */
function serveDist({
  root = path.join(__dirname, "..", "dist"),
  port = 3000,
  host = "localhost",
} = {}) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    let urlPath = "";
    try {
      urlPath = decodeURIComponent(new URL(req.url || "/", "http://localhost").pathname);
    } catch {
      // malformed URL: answer 404 below
    }
    const file = path.resolve(base, "." + (urlPath === "/" ? "/taskpane.html" : urlPath));
    if (
      !urlPath ||
      !file.startsWith(base + path.sep) ||
      !fs.statSync(file, { throwIfNoEntry: false })?.isFile()
    ) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found\n");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
      "Cache-Control": "no-store",
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) =>
    server.once("error", reject).listen(port, host, () => resolve(server))
  );
}

if (require.main === module) {
  serveDist({ port: Number(process.argv[2] || process.env.PORT || 3000) }).then(
    (server) => {
      process.stdout.write(
        `Serving dist/ on http://localhost:${server.address().port}/taskpane.html (Ctrl+C to stop)\n`
      );
    },
    (error) => {
      process.stderr.write(`serve-dist: ${error.message}\n`);
      process.exit(1);
    }
  );
}

module.exports = { serveDist };
