#!/usr/bin/env node
// Browser tests against a real CaseFlow jar:
//   node frontend/e2e/run.mjs backend/target/caseflow.jar [spec ...]
// Installs Debian's chromium if missing, starts the jar on a free port with a fresh data
// directory (H2 file database + demo data), waits for /actuator/health, runs
// `node --test e2e/*.spec.mjs` with CASEFLOW_BASE_URL, stops the jar and exits with the tests' code.
// The screenshot folder (target/e2e-screenshots) is emptied first; a failed test leaves ...-FAILED.png.
// Only some specs: name them after the jar or in E2E_SPECS (comma-separated), e.g. `modeling` or
// `case-flow,modeling`; they still run in file-name order. A fixed port: CASEFLOW_E2E_PORT (default: a free one).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const e2eDir = dirname(fileURLToPath(import.meta.url));
const frontendDir = resolve(e2eDir, '..');
const targetDir = join(frontendDir, 'target');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HEALTH_TIMEOUT_MS = Number(process.env.CASEFLOW_HEALTH_TIMEOUT_MS ?? 300_000);

function log(message) {
  console.log(`[e2e] ${message}`);
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  log(`${CHROMIUM} missing: installing Debian's chromium (apt-get)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${r.status})`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`chromium installed but ${CHROMIUM} not found`);
}

function ensureCjkFont() {
  // screenshots are useless with boxes instead of Chinese characters; not fatal if it fails
  const fonts = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  if (fonts.status === 0 && fonts.stdout.trim()) return;
  log('no Chinese font: installing fonts-wqy-zenhei (apt-get)');
  const r = spawnSync('apt-get', ['install', '-y', 'fonts-wqy-zenhei'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (r.status !== 0) log('could not install a Chinese font; screenshots will show boxes');
}

/** A free port: the given one if nobody listens on it (else an error), or any when 0. */
function freePort(wanted = 0) {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', (e) =>
      reject(e.code === 'EADDRINUSE' ? new Error(`port ${wanted} is in use: choose another CASEFLOW_E2E_PORT`) : e),
    );
    server.listen(wanted, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitForHealth(baseUrl, backend) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (backend.exitCode !== null) throw new Error(`the jar exited early with code ${backend.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/actuator/health`);
      if (response.ok) {
        const body = await response.json().catch(() => ({}));
        if (body.status === 'UP') return;
      }
    } catch {
      // not listening yet
    }
    await sleep(2000);
  }
  throw new Error(`${baseUrl}/actuator/health not UP within ${HEALTH_TIMEOUT_MS / 1000} s`);
}

async function stop(child) {
  if (!child || child.exitCode !== null) return;
  child.kill('SIGTERM');
  for (let i = 0; i < 40 && child.exitCode === null; i++) await sleep(500);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** The spec files to run: all, or the named ones (`modeling` or `modeling.spec.mjs`), in file-name order. */
function selectSpecs(names) {
  const all = readdirSync(e2eDir).filter((f) => f.endsWith('.spec.mjs')).sort();
  if (all.length === 0) throw new Error('no e2e/*.spec.mjs found');
  if (names.length === 0) return all.map((f) => join(e2eDir, f));
  const wanted = names.map((n) => (n.endsWith('.spec.mjs') ? n : `${n}.spec.mjs`));
  const unknown = wanted.filter((f) => !all.includes(f));
  if (unknown.length > 0) throw new Error(`no such spec: ${unknown.join(', ')} (have: ${all.join(', ')})`);
  return all.filter((f) => wanted.includes(f)).map((f) => join(e2eDir, f));
}

async function choosePort() {
  const fixed = process.env.CASEFLOW_E2E_PORT;
  if (!fixed) return freePort();
  const port = Number(fixed);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`CASEFLOW_E2E_PORT=${fixed} is not a port`);
  return freePort(port);
}

function runTests(baseUrl, specs) {
  log(`running ${specs.length} spec file(s) against ${baseUrl}`);
  return new Promise((resolveCode) => {
    const child = spawn(process.execPath, ['--test', '--test-concurrency=1', ...specs], {
      cwd: frontendDir,
      stdio: 'inherit',
      env: {
        ...process.env,
        CASEFLOW_BASE_URL: baseUrl,
        CHROMIUM_PATH: CHROMIUM,
        E2E_SCREENSHOT_DIR: join(targetDir, 'e2e-screenshots'),
      },
    });
    child.on('exit', (code, signal) => resolveCode(code ?? (signal ? 1 : 0)));
  });
}

async function main() {
  const jarArg = process.argv[2];
  if (!jarArg) {
    console.error('usage: node frontend/e2e/run.mjs <path-to-caseflow.jar>');
    process.exit(2);
  }
  const jar = resolve(process.cwd(), jarArg);
  const specNames = [...process.argv.slice(3), ...(process.env.E2E_SPECS ?? '').split(',')]
    .map((n) => n.trim())
    .filter(Boolean);
  let specs;
  try {
    specs = selectSpecs(specNames);
  } catch (e) {
    console.error(`[e2e] ${e.message}`);
    process.exit(2);
  }
  if (!existsSync(jar)) {
    console.error(`[e2e] jar not found: ${jar}`);
    process.exit(2);
  }
  ensureChromium();
  ensureCjkFont();

  // this run's screenshots only: a stale ...-FAILED.png from an earlier run must not mislead
  rmSync(join(targetDir, 'e2e-screenshots'), { recursive: true, force: true });
  mkdirSync(join(targetDir, 'e2e-screenshots'), { recursive: true });
  let port;
  try {
    port = await choosePort();
  } catch (e) {
    console.error(`[e2e] ${e.message}`);
    process.exit(2);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'caseflow-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const logFile = join(targetDir, 'e2e-backend.log');
  const out = openSync(logFile, 'w');
  log(`starting ${jar} on port ${port}, data dir ${dataDir} (log: ${logFile})`);
  const backend = spawn(
    'java',
    ['-jar', jar, `--server.port=${port}`, `--caseflow.data-dir=${dataDir}`],
    { stdio: ['ignore', out, out] },
  );

  let code = 1;
  const onSignal = async () => {
    await stop(backend);
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await waitForHealth(baseUrl, backend);
    log('backend is UP');
    code = await runTests(baseUrl, specs);
  } catch (e) {
    console.error(`[e2e] ${e.message} (see ${logFile})`);
    code = 1;
  } finally {
    await stop(backend);
    if (!process.env.E2E_KEEP_DATA) rmSync(dataDir, { recursive: true, force: true });
  }
  log(`done, exit code ${code}`);
  process.exit(code);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
