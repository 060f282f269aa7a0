import { describe, expect, it } from 'vitest';
import { attachmentDisposition, evidenceFileName, evidenceMediaType } from './vendor-evidence.ts';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('evidenceMediaType', () => {
  it('accepts each kind when name and content agree', () => {
    expect(evidenceMediaType('dpa.pdf', bytes('%PDF-1.7\n'))).toBe('application/pdf');
    expect(evidenceMediaType('iso.PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      'image/png',
    );
    expect(evidenceMediaType('scan.jpeg', bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(evidenceMediaType('scan.jpg', bytes([0xff, 0xd8, 0xff, 0xe1]))).toBe('image/jpeg');
    expect(evidenceMediaType('clausule.txt', bytes('Artikel 7: opzegging één maand\r\n'))).toBe(
      'text/plain; charset=utf-8',
    );
    expect(
      evidenceMediaType('sla.docx', bytes([0x50, 0x4b, 3, 4], '[Content_Types].xml word/document.xml')),
    ).toMatch(/wordprocessingml/);
    expect(evidenceMediaType('tco.xlsx', bytes([0x50, 0x4b, 3, 4], 'xl/workbook.xml'))).toMatch(
      /spreadsheetml/,
    );
  });

  it('refuses content that does not match its name, unknown kinds and empty files', () => {
    expect(evidenceMediaType('page.pdf', bytes('<html><script>alert(1)</script>'))).toBeNull();
    expect(evidenceMediaType('page.png', bytes('%PDF-1.7'))).toBeNull();
    expect(evidenceMediaType('page.html', bytes('<html></html>'))).toBeNull();
    expect(evidenceMediaType('svg.txt', bytes([0x00, 0x01, 0x02]))).toBeNull();
    expect(evidenceMediaType('latin1.txt', bytes([0x63, 0x61, 0x66, 0xe9]))).toBeNull();
    expect(evidenceMediaType('other.docx', bytes([0x50, 0x4b, 3, 4], 'xl/workbook.xml'))).toBeNull();
    expect(evidenceMediaType('noextension', bytes('%PDF-1.7'))).toBeNull();
    expect(evidenceMediaType('empty.pdf', new Uint8Array())).toBeNull();
  });
});

describe('evidenceFileName and attachmentDisposition', () => {
  it('keeps no folders or control characters, and never an empty name', () => {
    expect(evidenceFileName('../../etc/passwd')).toBe('.._.._etc_passwd');
    expect(evidenceFileName('a\u0000b\r\n.pdf')).toBe('ab.pdf');
    expect(evidenceFileName('   ')).toBe('bestand');
  });

  it('always downloads as an attachment, with the real name encoded', () => {
    expect(attachmentDisposition('verwerkersovereenkomst é "v2".pdf')).toBe(
      `attachment; filename="verwerkersovereenkomst _ _v2_.pdf"; filename*=UTF-8''verwerkersovereenkomst%20%C3%A9%20%22v2%22.pdf`,
    );
  });
});
