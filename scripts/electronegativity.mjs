// Electronegativity (Doyensec's Electron security linter) over the app's Electron sources: the main
// process, the preload, and the two pages a window loads. Fails on any finding not justified inline,
// on a justification that no longer matches a finding, on a file it could not parse, and after
// TIMEOUT_MS. `npm test` runs it as one check; `node scripts/electronegativity.mjs` alone.
//
// A justification is the tool's own comment on the line it reports, with the check's id and a reason
// (on a file's first line it covers the whole file, as in the tool). The tool reads an HTML comment
// only if it holds nothing but words and spaces, so there the reason is words alone:
//   preload: paths.preload, // eng-disable PRELOAD_JS_CHECK: sandboxed, exposes only the Api's methods
//   <meta http-equiv="Content-Security-Policy" … /> <!-- eng-disable CSP_GLOBAL_CHECK why in words -->
// The scan runs on a copy with the comments turned off, so that every finding is seen; each is then
// matched here to a comment that the tool itself would honour, and that gives a reason.
//
// The tool's command line exits 0 whatever it finds and, writing a report file (-o, written after
// the command has returned), keeps parse errors to itself. So this script runs the tool's documented
// API, run(), in a child process (this file with --scan), which writes run()'s report (the findings,
// and the files it could not parse) as JSON; the parent reads it. Offline: AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK is left out (it
// downloads Electron's release list from GitHub, and judges the installed Electron, not the source);
// the tool's fetch of updated translations fails within its own 1 s timeout ("Could not retrieve
// updated translations", harmless); the Electron version comes from package.json, not the network.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** What is scanned, relative to the repository: folders are read for .ts, .js and .html. */
const SOURCES = ['electron/main', 'electron/preload', 'renderer/index.html', 'resources/kiosk-error.html'];
const TIMEOUT_MS = 120_000;
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
/** The tool's own patterns for the comment (src/util/exceptions.js), by kind of file. */
const TOOL_PATTERN = { js: /(?:\/\*|\/\/)[ \t]*eng-disable[ \t]+([\w \t]+)(.*)$/isu, html: /<!--[ \t]*eng-disable[ \t]+([\w \t]+)-->/isu };
const CHECK_ID = /^[A-Z][A-Z0-9_]*_CHECK$/u;
const MIN_REASON = 10;

if (process.argv[2] === '--scan') {
  await scan(process.argv[3], process.argv[4], process.argv[5]);
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exit(main());
}

/** The child: the tool's API; its report as JSON in `reportPath`. */
async function scan(input, reportPath, electronVersion) {
  const { default: run } = await import('@doyensec/electronegativity');
  const { issues, errors } = await run({ input, isRelative: true, electronVersionOverride: electronVersion, excludeFromScan: EXCLUDED_CHECKS });
  const findings = issues.map((issue) => ({ rule: issue.id, file: issue.file, line: issue.location?.line ?? 0, message: issue.description }));
  writeFileSync(reportPath, JSON.stringify({ findings, errors }));
  // The tool may leave a socket or a timer behind; the report is written, so end here.
  process.exit(0);
}

function listFiles(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => {
    const child = join(path, entry.name);
    if (entry.isDirectory()) return listFiles(child);
    return /\.(?:ts|js|html)$/u.test(entry.name) ? [child] : [];
  });
}

/** The lowest version package.json allows: '^45.5.0' → '45.5.0'. */
function electronVersion() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const range = pkg.devDependencies?.electron ?? pkg.dependencies?.electron;
  const version = /\d+\.\d+\.\d+/u.exec(range ?? '')?.[0];
  if (!version) throw new Error(`package.json names no Electron version (found ${JSON.stringify(range)})`);
  return version;
}

/**
 * Every eng-disable comment of the sources as the tool reads it: file, line, the check ids it names,
 * and the reason (the rest of the comment); `unread` for one the tool's pattern does not match.
 */
function readDirectives(files) {
  const directives = [];
  for (const file of files) {
    const pattern = file.endsWith('.html') ? TOOL_PATTERN.html : TOOL_PATTERN.js;
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    lines.forEach((text, index) => {
      if (!/eng-disable/iu.test(text)) return;
      const match = pattern.exec(text);
      const line = index + 1;
      if (!match) {
        directives.push({ file, line, checks: [], reason: '', unread: true, used: new Set() });
        return;
      }
      const words = match[1].trim().split(/[ \t]+/u);
      const checks = [];
      while (words.length > 0 && CHECK_ID.test(words[0])) checks.push(words.shift());
      const rest = `${words.join(' ')}${match[2] ?? ''}`;
      const reason = rest
        .replace(/\s*(?:\*\/|-->)\s*$/u, '')
        .replace(/^[\s:—–-]+/u, '')
        .trim();
      directives.push({ file, line, checks, reason, unread: false, used: new Set() });
    });
  }
  return directives;
}

/** The child's report: findings (file relative, 'N/A' for the app as a whole), and parse errors. */
function readReport(reportPath) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const findings = report.findings.map((finding) => ({ ...finding, file: finding.file === 'N/A' ? undefined : finding.file.split('\\').join('/') }));
  return { findings, errors: report.errors };
}

function main() {
  const started = performance.now();
  const missing = SOURCES.filter((source) => !existsSync(join(root, source)));
  if (missing.length > 0) {
    console.error(`electronegativity: not found: ${missing.join(', ')}`);
    return 1;
  }
  const files = SOURCES.flatMap((source) => listFiles(join(root, source))).map((file) => relative(root, file).split('\\').join('/'));
  const version = electronVersion();
  const work = mkdtempSync(join(tmpdir(), 'lvyuan-electronegativity-'));
  try {
    // The copy the tool scans: same paths, same lines, the eng-disable comments made inert.
    const input = join(work, 'src');
    for (const file of files) {
      const target = join(input, file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, readFileSync(join(root, file), 'utf8').replaceAll('eng-disable', 'eng-reviewed'));
    }
    const reportPath = join(work, 'report.json');
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--scan', input, reportPath, version], {
      cwd: root,
      encoding: 'utf8',
      timeout: TIMEOUT_MS,
      killSignal: 'SIGKILL',
      env: { ...process.env, LANG: 'en-US' },
    });
    const output = `${child.stdout ?? ''}${child.stderr ?? ''}`.trim();
    if (child.error || child.status !== 0 || !existsSync(reportPath)) {
      const why =
        child.error?.code === 'ETIMEDOUT'
          ? `did not finish within ${TIMEOUT_MS / 1000} s`
          : `failed (${child.error?.message ?? `exit ${child.status ?? child.signal}`})`;
      console.error(`electronegativity: the scan ${why}${output ? `:\n${output}` : ''}`);
      return 1;
    }

    const { findings, errors } = readReport(reportPath);
    const problems = [];
    for (const error of errors) {
      // A file the tool cannot parse is a file it did not check.
      if (!error.tolerable) problems.push(`${relative(input, error.file)}: not parsed: ${error.message}`);
    }
    const directives = readDirectives(files);
    for (const directive of directives) {
      if (directive.unread) {
        problems.push(
          `${directive.file}:${directive.line}: an eng-disable comment the tool does not read (in HTML: <!-- eng-disable CHECK_ID reason in words and spaces only -->)`,
        );
      } else if (directive.checks.length === 0) {
        problems.push(`${directive.file}:${directive.line}: eng-disable names no check id (such as PRELOAD_JS_CHECK)`);
      } else if (directive.reason.length < MIN_REASON) {
        problems.push(
          `${directive.file}:${directive.line}: eng-disable ${directive.checks.join(' ')} gives no reason (write "eng-disable CHECK_ID: why it is safe")`,
        );
      }
    }
    const justified = [];
    for (const finding of findings) {
      const directive = directives.find((d) => d.file === finding.file && (d.line === finding.line || d.line === 1) && d.checks.includes(finding.rule));
      if (directive) {
        directive.used.add(finding.rule);
        justified.push(`${finding.file}:${finding.line} ${finding.rule}: ${directive.reason}`);
      } else {
        problems.push(
          `${finding.file ?? '(the app)'}:${finding.line} ${finding.rule}: ${finding.message} (https://github.com/doyensec/electronegativity/wiki/${finding.rule})`,
        );
      }
    }
    for (const directive of directives) {
      const stale = directive.checks.filter((check) => !directive.used.has(check));
      if (stale.length > 0) problems.push(`${directive.file}:${directive.line}: eng-disable ${stale.join(' ')} matches no finding; remove it`);
    }

    for (const line of justified) console.log(`justified  ${line}`);
    for (const line of problems) console.error(`FAIL       ${line}`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `electronegativity: ${files.length} files (${SOURCES.join(', ')}), Electron ${version}: ` +
        `${problems.length} problem${problems.length === 1 ? '' : 's'}, ${justified.length} justified finding${justified.length === 1 ? '' : 's'} (${seconds} s)`,
    );
    return problems.length === 0 ? 0 : 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
