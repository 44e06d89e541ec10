/** The UI benchmark's site: builds it, measures its first-paint JavaScript, serves it. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** npm scripts run in the package root; the bundled script lives in node_modules/.tmp. */
export const ROOT = process.cwd();
const VITE = join(ROOT, 'node_modules', '.bin', 'vite');

export function build(outDir: string, mode?: string): void {
  const args = ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'];
  if (mode !== undefined) args.push('--mode', mode);
  execFileSync(VITE, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

export interface FirstPaint {
  files: { file: string; raw: number; gzip: number }[];
  gzip: number;
  cssGzip: number;
}

/** The entry script of index.html, its modulepreloads and (transitively) its static imports. */
export function firstPaintJs(dist: string): FirstPaint {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const attr = (tag: string, name: string) =>
    new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`).exec(tag)?.[1];
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const queue: string[] = [];
  let cssGzip = 0;
  for (const tag of tags) {
    if (tag.startsWith('<script') && /type\s*=\s*["']module["']/.test(tag)) {
      const src = attr(tag, 'src');
      if (src !== undefined) queue.push(src);
    } else if (tag.startsWith('<link')) {
      const rel = attr(tag, 'rel');
      const href = attr(tag, 'href');
      if (href === undefined) continue;
      if (rel === 'modulepreload') queue.push(href);
      if (rel === 'stylesheet')
        cssGzip += gzipSync(readFileSync(join(dist, href.replace(/^\//, '')))).length;
    }
  }
  const seen = new Set<string>();
  const files: FirstPaint['files'] = [];
  while (queue.length > 0) {
    const url = queue.shift() as string;
    const path = join(dist, url.replace(/^\//, ''));
    if (seen.has(path) || !existsSync(path)) continue;
    seen.add(path);
    const code = readFileSync(path);
    files.push({ file: url, raw: code.length, gzip: gzipSync(code, { level: 9 }).length });
    // Static imports only: `import x from"./a.js"`, `import"./a.js"`, `export * from"./a.js"`.
    // Dynamic `import("./a.js")` and the worker's `new URL("./w.js", import.meta.url)` are lazy.
    const text = code.toString('utf8');
    for (const m of text.matchAll(
      /\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+)["']/g,
    )) {
      const spec = m[1] as string;
      if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
      const resolved = spec.startsWith('/') ? spec : join(dirname(url), spec);
      queue.push(resolved);
    }
  }
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0), cssGzip };
}

// --- Server --------------------------------------------------------------------------------------

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export async function startPreview(dist: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    VITE,
    ['preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], detached: true },
  );
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stopPreview(child);
  throw new Error('vite preview did not answer within 30 s');
}

export function stopPreview(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM'); // its own process group (detached)
  } catch {
    child.kill('SIGTERM');
  }
}
