// deploy/ is a recipe an operator copies as is: its systemd units are valid, they call commands that exist,
// the endpoint sits behind the proxy with TRUST_PROXY=1, and the Caddyfile is valid in its production form.
// (tests/e2e/https-deploy.test.ts runs the Caddyfile for real.)
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const units = readdirSync('deploy').filter((name) => /\.(service|timer)$/.test(name));
const read = (name: string) => readFileSync(join('deploy', name), 'utf8');

/** The values of `key=` lines in a unit or environment file. */
function settings(text: string, key: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${key}=`))
    .map((line) => line.slice(key.length + 1));
}

describe('the systemd units in deploy/', () => {
  let adminHelp: string;
  beforeAll(async () => {
    adminHelp = (await run(process.execPath, ['--import', 'tsx', 'src/server/cli/admin.ts', '--help'])).stdout;
  });

  it('are the endpoint, the nightly backup and the nightly purge, each timer with its service', () => {
    expect(units.sort()).toEqual([
      'declic-backup.service',
      'declic-backup.timer',
      'declic-purge.service',
      'declic-purge.timer',
      'declic.service',
    ]);
  });

  it.each(units)('%s passes systemd-analyze verify', async (name) => {
    const { stderr } = await run('systemd-analyze', ['verify', '--man=no', join('deploy', name)]);
    expect(stderr).toBe('');
  });

  it.each(units.filter((name) => name.endsWith('.service')))('%s runs npm scripts and admin commands that exist', (name) => {
    const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts);
    const commands = settings(read(name), 'ExecStart').join('\n');
    const npmScripts = [...commands.matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((match) => match[1]!);
    expect(npmScripts.length).toBeGreaterThan(0);
    for (const script of npmScripts) expect(scripts).toContain(script);
    for (const [, command] of commands.matchAll(/admin -- ([\w-]+)/g)) expect(adminHelp).toContain(command!);
    expect(settings(read(name), 'EnvironmentFile')).toEqual(['/etc/declic/declic.env']);
  });

  it('keep the endpoint behind the proxy: local address, TRUST_PROXY=1', () => {
    const env = read('declic.env');
    expect(settings(env, 'HOST')).toEqual(['127.0.0.1']);
    expect(settings(env, 'TRUST_PROXY')).toEqual(['1']);
  });
});

describe('deploy/Caddyfile', () => {
  it('is valid as shipped (automatic HTTPS with a contact e-mail)', async () => {
    const home = mkdtempSync(join(tmpdir(), 'declic-caddy-validate-'));
    try {
      const { stdout, stderr } = await run('/usr/bin/caddy', ['validate', '--config', 'deploy/Caddyfile', '--adapter', 'caddyfile'], {
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, XDG_DATA_HOME: home, XDG_CONFIG_HOME: home },
      });
      expect(stdout + stderr).toContain('Valid configuration');
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('proxies to the endpoint’s local port and sends HSTS', () => {
    const caddyfile = read('Caddyfile');
    expect(caddyfile).toMatch(/reverse_proxy \{\$DECLIC_UPSTREAM:127\.0\.0\.1:8080\}/);
    expect(caddyfile).toMatch(/header Strict-Transport-Security "max-age=31536000"/);
  });
});
