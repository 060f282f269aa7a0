/**
 * `npm run bench:profile [-- --rows N] [-- --keep]`: the data profiler on a large sensor log.
 *
 * Generates (streamed, big buffers) a sensor log of N rows (default 10 million, ~1 GB) twice:
 * Windows-1252 and UTF-8, both `;`-separated with decimal commas, Dutch dates, thousands dots,
 * eight sensors, gaps and missing values. For each file it runs, each in its own child process:
 * the profiler, a bare DuckDB `SUMMARIZE` of the same file, and pandas (read_csv + describe +
 * isna + duplicated), and prints wall time and peak RSS (native memory included).
 * Targets: profile within 3× of SUMMARIZE, at least 5× faster than pandas, peak RSS under 2 GB.
 */
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const argValue = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

type Measure = { ok: boolean; seconds: number; peakRssMb: number; note?: string };

async function main(): Promise<void> {
  const mode = argValue('--worker');
  if (mode !== undefined) {
    await worker(mode, argValue('--file') ?? '', argValue('--encoding') ?? 'utf-8');
    return;
  }
  const rows = Number(argValue('--rows') ?? 10_000_000);
  const dir = mkdtempSync(join(argValue('--dir') ?? tmpdir(), 'haalbaar-bench-'));
  const files = [
    { label: 'Windows-1252', path: join(dir, 'sensor-log-cp1252.csv'), encoding: 'windows-1252' },
    { label: 'UTF-8', path: join(dir, 'sensor-log-utf8.csv'), encoding: 'utf-8' },
  ];
  const python = findPandas();
  console.log(`# data profiler benchmark: ${rows.toLocaleString('en')} rows per file, ${dir}`);
  try {
    for (const f of files) {
      const t0 = performance.now();
      await generate(f.path, rows, f.encoding === 'windows-1252');
      const gb = statSync(f.path).size / 1024 ** 3;
      console.log(
        `\n## ${f.label}: ${gb.toFixed(2)} GB generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
      const profile = runWorker('profile', f.path, f.encoding);
      const summarize = runWorker('summarize', f.path, f.encoding);
      const pandas = python ? runPandas(python, f.path, f.encoding) : undefined;
      print('haalbaar profile', profile);
      print('DuckDB SUMMARIZE', summarize);
      if (pandas) print('pandas', pandas);
      else
        console.log(
          'pandas            not available: install python3-pandas (apt-get install -y python3-pandas)',
        );
      if (profile.ok && summarize.ok) {
        const r = profile.seconds / summarize.seconds;
        console.log(`ratio to SUMMARIZE ${r.toFixed(2)}× (target ≤ 3×) ${r <= 3 ? 'OK' : 'MISSED'}`);
      }
      if (profile.ok && pandas?.ok) {
        const r = pandas.seconds / profile.seconds;
        console.log(`faster than pandas ${r.toFixed(1)}× (target ≥ 5×) ${r >= 5 ? 'OK' : 'MISSED'}`);
      }
      if (profile.ok) {
        console.log(
          `peak memory       ${profile.peakRssMb.toFixed(0)} MB (target < 2048 MB) ${profile.peakRssMb < 2048 ? 'OK' : 'MISSED'}`,
        );
      }
      if (!args.includes('--keep')) rmSync(f.path, { force: true });
    }
  } finally {
    if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  }
}

function print(label: string, m: Measure): void {
  const figures = m.ok ? `${m.seconds.toFixed(1)} s, peak RSS ${m.peakRssMb.toFixed(0)} MB` : 'failed';
  console.log(`${label.padEnd(18)}${figures}${m.note ? ` (${m.note})` : ''}`);
}

function runWorker(mode: string, file: string, encoding: string): Measure {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', self, '--worker', mode, '--file', file, '--encoding', encoding],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as Measure;
  } catch {
    return {
      ok: false,
      seconds: 0,
      peakRssMb: 0,
      note: (r.stderr || line).trim().split('\n')[0]?.slice(0, 200) ?? '',
    };
  }
}

async function worker(mode: string, file: string, encoding: string): Promise<void> {
  const t0 = performance.now();
  let ok = true;
  let note: string | undefined;
  if (mode === 'profile') {
    const { profileFile } = await import('../src/profiler/profile-file.ts');
    const r = await profileFile(file, { memoryLimit: '1GB' });
    ok = r.ok;
    if (r.ok)
      note = `${r.value.dataset.rows} rows, ${r.value.dataset.encoding}, level ${r.value.readiness.level}, ${r.value.timeSeries.length} series`;
    else note = r.error.code;
  } else {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await DuckDBInstance.create(':memory:', {
      memory_limit: '1GB',
      temp_directory: join(tmpdir(), 'haalbaar-bench-spill'),
    });
    const c = await db.connect();
    const opts = `delim = ';', decimal_separator = ','`;
    try {
      await c.run(
        `SUMMARIZE SELECT * FROM read_csv('${file}', ${opts}${encoding === 'windows-1252' ? `, encoding = 'latin-1'` : ''})`,
      );
    } catch (e) {
      // DuckDB's latin-1 reader rejects Windows-1252 bytes such as 0x80 (€); say so and
      // time SUMMARIZE with errors ignored, which still reads and summarises the file.
      note = `strict read failed: ${(e as Error).message.split('\n')[0]?.slice(0, 80)}; timed with ignore_errors`;
      const t1 = performance.now();
      await c
        .run(
          `SUMMARIZE SELECT * FROM read_csv('${file}', ${opts}, encoding = 'latin-1', ignore_errors = true)`,
        )
        .catch(() => {
          ok = false;
        });
      const seconds = (performance.now() - t1) / 1000;
      console.log(JSON.stringify({ ok, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, note }));
      return;
    }
    c.closeSync();
    db.closeSync();
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    JSON.stringify({
      ok,
      seconds,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      ...(note ? { note } : {}),
    }),
  );
}

function findPandas(): string | undefined {
  for (const py of ['python3', '/usr/bin/python3']) {
    const r = spawnSync(py, ['-c', 'import pandas'], { encoding: 'utf8' });
    if (r.status === 0) return py;
  }
  return undefined;
}

function runPandas(python: string, file: string, encoding: string): Measure {
  const script = [
    'import sys, time, json, resource',
    'import pandas as pd',
    't = time.time()',
    `df = pd.read_csv(sys.argv[1], sep=';', decimal=',', thousands='.', encoding='${encoding === 'windows-1252' ? 'cp1252' : 'utf-8'}', low_memory=False)`,
    "d = df.describe(include='all')",
    'n = df.isna().sum()',
    'u = int(df.duplicated().sum())',
    "print(json.dumps({'ok': True, 'seconds': time.time() - t, 'peakRssMb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))",
  ].join('\n');
  const r = spawnSync(python, ['-c', script, file], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  try {
    return JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as Measure;
  } catch {
    return {
      ok: false,
      seconds: 0,
      peakRssMb: 0,
      note: r.stderr.trim().split('\n').pop()?.slice(0, 200) ?? '',
    };
  }
}

/** Writes the sensor log in 8 MB buffers; the same content in both encodings. */
async function generate(path: string, rows: number, isCp1252: boolean): Promise<void> {
  const out = createWriteStream(path, { highWaterMark: 16 * 1024 * 1024 });
  const pad = (n: number) => String(n).padStart(2, '0');
  const clock = Array.from({ length: 1440 }, (_, m) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}:00`);
  const temp = Array.from({ length: 1500 }, (_, i) => `${Math.floor(i / 100) + 12},${pad(i % 100)}`);
  const hum = Array.from({ length: 500 }, (_, i) => `${Math.floor(i / 10) + 40},${i % 10}`);
  const press = Array.from({ length: 4000 }, (_, i) => `${Math.floor(i / 100) + 990},${pad(i % 100)}`);
  const energy = Array.from(
    { length: 9000 },
    (_, i) => `${1 + Math.floor(i / 1000)}.${String(i % 1000).padStart(3, '0')},${pad((i * 7) % 100)}`,
  );
  const sensors = Array.from({ length: 8 }, (_, i) => `Sensor-${pad(i + 1)}`);
  const halls = ['Hal 1 – Noord', 'Hal 2 – Zuid', 'Koelcel é', 'Expeditie'];
  const notes = ['', '', '', '', '', '', '', 'Koeling gecontroleerd € 0', 'Deur open – Renée', 'n.v.t.'];
  const header =
    'tijdstip;sensor;locatie;batch;temperatuur_c;vochtigheid_pct;druk_hpa;energie_kwh;status;opmerking\n';
  let seed = 12345;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  const encode = (s: string) =>
    isCp1252 ? Buffer.from(s.replace(/€/g, '\x80').replace(/–/g, '\x96'), 'latin1') : Buffer.from(s, 'utf8');
  let chunk = header;
  let minute = 0;
  let day = '';
  let written = 0;
  const start = Date.UTC(2022, 0, 1);
  while (written < rows) {
    const dayIndex = Math.floor(minute / 1440);
    if (minute % 1440 === 0 || day === '') {
      const d = new Date(start + dayIndex * 86_400_000);
      day = `${d.getUTCDate()}-${d.getUTCMonth() + 1}-${d.getUTCFullYear()}`;
    }
    const time = `${day} ${clock[minute % 1440]}`;
    for (let s = 0; s < 8 && written < rows; s++) {
      // Gaps: sensor 5 is off for three days, sensor 7 for two weeks.
      if (s === 4 && dayIndex >= 100 && dayIndex < 103) continue;
      if (s === 6 && dayIndex >= 300 && dayIndex < 314) continue;
      const r = rand();
      const t = r % 1000 === 0 ? '' : (temp[r % 1500] as string);
      const h = r % 997 === 0 ? 'n.v.t.' : (hum[(r >> 3) % 500] as string);
      const status = r % 5000 === 0 ? 'storing' : r % 1013 === 0 ? 'onderhoud' : 'ok';
      chunk += `${time};${sensors[s]};${halls[s % 4]};B-${2022 + (dayIndex >> 9)}-${String(dayIndex * 8 + s).padStart(6, '0')};${t};${h};${press[(r >> 5) % 4000]};${energy[(r >> 7) % 9000]};${status};${notes[(r >> 11) % 10]}\n`;
      written++;
    }
    minute++;
    if (chunk.length > 8_000_000) {
      if (!out.write(encode(chunk))) await once(out, 'drain');
      chunk = '';
    }
  }
  out.write(encode(chunk));
  out.end();
  await once(out, 'close');
}

if (!existsSync('/proc'))
  console.warn('peak RSS comes from process.resourceUsage(); figures are per process');
await main();
