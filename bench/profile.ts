/**
 * `npm run bench:profile [-- --rows N] [-- --runs N] [-- --keep] [-- --dir DIR]`: the data
 * profiler on a large sensor log, next to a bare DuckDB `SUMMARIZE` and pandas.
 *
 * Generates (streamed, big buffers) a sensor log of N rows (default 10 million, ~1 GB) twice:
 * Windows-1252 and UTF-8, both `;`-separated with decimal commas, Dutch dates, thousands dots,
 * eight sensors, gaps and missing values. For each file it runs, each in its own child process
 * and `--runs` times (interleaved; the median is reported):
 * - the profiler (`profileFile`, memory limit 1 GB as the web server uses), with its phases;
 * - DuckDB `SUMMARIZE` of the same file (memory limit 1 GB). DuckDB cannot read Windows-1252
 *   (its Latin-1 reader refuses 0x80–0x9F), so for that file SUMMARIZE is timed on the UTF-8
 *   twin, and the output says so;
 * - pandas as a typical user calls it: `read_csv(sep=';', decimal=',', thousands='.',
 *   encoding=…, low_memory=False)`, then `describe(include='all')`, `isna().sum()`,
 *   `duplicated().sum()`. pandas does less: it leaves the dates as text.
 * Times are the work only, after each process has loaded its libraries. Peak RSS is the child's
 * (native memory included). The machine's CPU pressure is printed around each run: other work on
 * the machine disturbs the figures.
 * Targets: profile within 3× of SUMMARIZE, at least 5× faster than pandas, peak RSS under 2 GB.
 */
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const argValue = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

type Measure = {
  ok: boolean;
  seconds: number;
  peakRssMb: number;
  note?: string;
  phases?: [string, number][];
  /** CPU pressure (share of time some task waited for a CPU) during the run, when known. */
  pressure?: number;
};

type Tool = 'profile' | 'summarize' | 'pandas';

async function main(): Promise<void> {
  const mode = argValue('--worker');
  if (mode !== undefined) {
    await worker(mode, argValue('--file') ?? '', argValue('--encoding') ?? 'utf-8');
    return;
  }
  const rows = Number(argValue('--rows') ?? 10_000_000);
  const runs = Math.max(1, Number(argValue('--runs') ?? 1));
  const dir = mkdtempSync(join(argValue('--dir') ?? tmpdir(), 'haalbaar-bench-'));
  const utf8 = { label: 'UTF-8', path: join(dir, 'sensor-log-utf8.csv'), encoding: 'utf-8' };
  const cp1252 = {
    label: 'Windows-1252',
    path: join(dir, 'sensor-log-cp1252.csv'),
    encoding: 'windows-1252',
  };
  const python = findPandas();
  console.log(
    `# data profiler benchmark: ${rows.toLocaleString('en')} rows per file, ${runs} run(s) each, ${availableParallelism()} cores, ${dir}`,
  );
  const table: string[] = [];
  try {
    for (const f of [cp1252, utf8]) {
      const t0 = performance.now();
      await generate(f.path, rows, f.encoding === 'windows-1252');
      const gb = statSync(f.path).size / 1024 ** 3;
      console.log(
        `generated ${f.label}: ${gb.toFixed(2)} GB in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
    }
    for (const f of [cp1252, utf8]) {
      // DuckDB cannot read Windows-1252: its SUMMARIZE baseline reads the UTF-8 twin.
      const summarizeFile = f.encoding === 'windows-1252' ? utf8 : f;
      console.log(`\n## ${f.label}`);
      if (f !== summarizeFile) {
        const strict = runWorker('summarize-strict', f.path, f.encoding);
        console.log(
          `DuckDB cannot SUMMARIZE this file (${strict.note ?? 'read failed'}); SUMMARIZE is timed on the UTF-8 twin (same rows and values)`,
        );
      }
      const all: Record<Tool, Measure[]> = { profile: [], summarize: [], pandas: [] };
      for (let run = 0; run < runs; run++) {
        all.profile.push(runWorker('profile', f.path, f.encoding));
        all.summarize.push(runWorker('summarize', summarizeFile.path, summarizeFile.encoding));
        if (python) all.pandas.push(runPandas(python, f.path, f.encoding));
      }
      const profile = median(all.profile);
      const summarize = median(all.summarize);
      const pandas = python ? median(all.pandas) : undefined;
      print('haalbaar profile', profile, all.profile);
      if (profile.phases) {
        console.log(`  phases: ${profile.phases.map(([p, s]) => `${p} ${s.toFixed(2)} s`).join(', ')}`);
      }
      print(f === summarizeFile ? 'DuckDB SUMMARIZE' : 'SUMMARIZE (UTF-8)', summarize, all.summarize);
      if (pandas) print('pandas', pandas, all.pandas);
      else
        console.log(
          'pandas            not available: install python3-pandas (apt-get install -y python3-pandas)',
        );
      const vsSummarize = profile.ok && summarize.ok ? profile.seconds / summarize.seconds : undefined;
      const vsPandas = profile.ok && pandas?.ok ? pandas.seconds / profile.seconds : undefined;
      if (vsSummarize !== undefined) {
        console.log(
          `ratio to SUMMARIZE ${vsSummarize.toFixed(2)}× (target ≤ 3×) ${vsSummarize <= 3 ? 'OK' : 'MISSED'}`,
        );
      }
      if (vsPandas !== undefined) {
        console.log(
          `faster than pandas ${vsPandas.toFixed(1)}× (target ≥ 5×) ${vsPandas >= 5 ? 'OK' : 'MISSED'}`,
        );
      }
      if (profile.ok) {
        console.log(
          `peak memory       ${profile.peakRssMb.toFixed(0)} MB (target < 2048 MB) ${profile.peakRssMb < 2048 ? 'OK' : 'MISSED'}`,
        );
      }
      const pressures = [...all.profile, ...all.summarize, ...all.pandas]
        .map((m) => m.pressure)
        .filter((p): p is number => p !== undefined);
      const busiest = pressures.length > 0 ? Math.max(...pressures) : undefined;
      if (busiest !== undefined && busiest > 0.1) {
        console.log(
          `warning: tasks waited for a CPU up to ${(busiest * 100).toFixed(0)} % of a run (this benchmark's own threads count too); if other work was running, the figures are disturbed: run again on a quiet machine`,
        );
      }
      table.push(
        `| ${f.label} | ${fmt(profile)} | ${fmt(summarize)}${f === summarizeFile ? '' : ' (UTF-8 twin)'} | ${pandas ? fmt(pandas) : '—'} | ${vsSummarize?.toFixed(2) ?? '—'}× | ${vsPandas?.toFixed(1) ?? '—'}× |`,
      );
    }
    console.log(
      '\n| file | profile (s, peak RSS) | SUMMARIZE | pandas | profile ÷ SUMMARIZE | pandas ÷ profile |',
    );
    console.log('|---|---|---|---|---|---|');
    for (const line of table) console.log(line);
  } finally {
    if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (m: Measure) => (m.ok ? `${m.seconds.toFixed(1)} s, ${m.peakRssMb.toFixed(0)} MB` : 'failed');

/** The run with the median time (failed runs count as slowest). */
function median(ms: Measure[]): Measure {
  const sorted = [...ms].sort(
    (a, b) => (a.ok ? a.seconds : Number.POSITIVE_INFINITY) - (b.ok ? b.seconds : Number.POSITIVE_INFINITY),
  );
  return sorted[Math.floor((sorted.length - 1) / 2)] as Measure;
}

function print(label: string, m: Measure, all: Measure[]): void {
  const figures = m.ok ? `${m.seconds.toFixed(1)} s, peak RSS ${m.peakRssMb.toFixed(0)} MB` : 'failed';
  const each =
    all.length > 1 ? ` [runs: ${all.map((x) => (x.ok ? x.seconds.toFixed(1) : '×')).join(', ')} s]` : '';
  console.log(`${label.padEnd(18)}${figures}${each}${m.note ? ` (${m.note})` : ''}`);
}

/** Microseconds some task waited for a CPU so far (Linux pressure stall information). */
function cpuStall(): number | undefined {
  try {
    const line = readFileSync('/proc/pressure/cpu', 'utf8').split('\n')[0] ?? '';
    const total = /total=(\d+)/.exec(line)?.[1];
    return total === undefined ? undefined : Number(total);
  } catch {
    return undefined;
  }
}

/** Runs `fn` and adds the share of its wall time that tasks on this machine waited for a CPU. */
function withPressure(fn: () => Measure): Measure {
  const stall0 = cpuStall();
  const t0 = performance.now();
  const m = fn();
  const stall1 = cpuStall();
  const wallUs = (performance.now() - t0) * 1000;
  if (stall0 === undefined || stall1 === undefined || wallUs <= 0) return m;
  return { ...m, pressure: (stall1 - stall0) / wallUs };
}

function runWorker(mode: string, file: string, encoding: string): Measure {
  const self = fileURLToPath(import.meta.url);
  return withPressure(() => {
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
  });
}

async function worker(mode: string, file: string, encoding: string): Promise<void> {
  let ok = true;
  let note: string | undefined;
  const phases: [string, number][] = [];
  let seconds: number;
  if (mode === 'profile') {
    const { profileFile } = await import('../src/profiler/profile-file.ts');
    const t0 = performance.now();
    const r = await profileFile(file, { memoryLimit: '1GB', onPhase: (p, s) => phases.push([p, s]) });
    seconds = (performance.now() - t0) / 1000;
    ok = r.ok;
    if (r.ok)
      note = `${r.value.dataset.rows} rows, ${r.value.dataset.encoding}, level ${r.value.readiness.level}, ${r.value.timeSeries.length} series`;
    else note = r.error.code;
  } else {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const t0 = performance.now();
    const db = await DuckDBInstance.create(':memory:', {
      memory_limit: '1GB',
      temp_directory: join(tmpdir(), 'haalbaar-bench-spill'),
    });
    const c = await db.connect();
    const latin1 = mode === 'summarize-strict' ? `, encoding = 'latin-1'` : '';
    try {
      await c.run(
        `SUMMARIZE SELECT * FROM read_csv('${file}', delim = ';', decimal_separator = ','${latin1})`,
      );
    } catch (e) {
      ok = false;
      note = `DuckDB: ${(e as Error).message.split('\n')[0]?.slice(0, 100)}`;
    }
    seconds = (performance.now() - t0) / 1000;
    c.closeSync();
    db.closeSync();
    void encoding;
  }
  console.log(
    JSON.stringify({
      ok,
      seconds,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      ...(note ? { note } : {}),
      ...(phases.length > 0 ? { phases } : {}),
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
    "print(json.dumps({'ok': True, 'seconds': time.time() - t, 'peakRssMb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 'note': f'{len(df)} rows, {u} duplicates'}))",
  ].join('\n');
  return withPressure(() => {
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
  });
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
