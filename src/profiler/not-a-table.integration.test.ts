/**
 * Text that is not a table is refused with NOT_A_TABLE before DuckDB reads it (a notes.txt was
 * once accepted and graded B as a one-column table of sentences); a one-column list of values and
 * a table with a column of sentences are still profiled.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderMessage } from '../i18n/translate.ts';
import { measureTextShape } from './measure-text-shape.ts';
import { profileFile } from './profile-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'haalbaar-not-a-table-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const NOTES = `Notities overleg planning, 12 maart

Jan wil dat de offertes sneller de deur uit gaan. Nu duurt het vaak een week.
Marieke zegt dat de prijzen in het ERP niet altijd kloppen, vooral bij maatwerk.
Actie: Peter vraagt bij de leverancier na wat een koppeling kost.
Volgende keer bespreken we de cijfers van het tweede kwartaal.

Losse punten
- de printer op kantoor doet het weer
- vrijdag borrel, wie neemt de hapjes mee?
- vakantieplanning voor de zomer invullen voor 1 april
`;

describe('measureTextShape', () => {
  it('counts the typical number of fields and the cells that are sentences', () => {
    expect(measureTextShape('a;b\n1;2\n3;4\n', ';', false)).toEqual({
      lines: 3,
      typicalFields: 2,
      typicalFieldsShare: 1,
      proseCellShare: 0,
    });
    const notes = measureTextShape(NOTES, ',', false);
    expect(notes.typicalFields).toBe(1);
    expect(notes.proseCellShare).toBeGreaterThan(0.5);
  });
});

describe('text that is not a table', () => {
  it('refuses notes.txt with NOT_A_TABLE, in words that say what to do', async () => {
    const r = await profileFile(write('notes.txt', NOTES));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('NOT_A_TABLE');
    expect(renderMessage(r.error.message, 'nl')).toMatch(/notes\.txt is geen tabel.*CSV of Excel/);
    expect(renderMessage(r.error.message, 'en')).toMatch(/notes\.txt is not a table.*CSV or Excel/);
  });

  it('profiles a single column of values', async () => {
    const r = await profileFile(write('bedragen.csv', `bedrag\n${[12, 15, 18, 21, 9, 30].join('\n')}\n`));
    expect(r.ok && r.value.dataset.columns).toBe(1);
  });

  it('profiles a table whose description column holds sentences', async () => {
    const rows = [
      'ticket;omschrijving',
      '1001;De klant belt omdat de factuur twee keer is verstuurd',
      '1002;Levering kwam een dag te laat en de doos was beschadigd',
      '1003;Vraag over de garantie van de pomp die vorig jaar is geplaatst',
    ];
    const r = await profileFile(write('tickets.csv', `${rows.join('\n')}\n`));
    expect(r.ok && r.value.dataset.columns).toBe(2);
  });
});
