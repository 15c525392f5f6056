import { describe, expect, it } from 'vitest';
import { ApiError } from '../worker/errors.ts';
import { cleanFileName, sniffUpload } from '../worker/files/sniff.ts';
import { files } from './documents-fixtures.ts';

async function refusal(bytes: Uint8Array, name: string) {
  const error = await sniffUpload(bytes, name).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('sniffing an upload from its content', () => {
  it.each([
    ['pdf', 'Základní listina.pdf', 'application/pdf'],
    ['docx', 'Jednací řád.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['xlsx', 'Rozpočet.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['odt', 'Zápis.odt', 'application/vnd.oasis.opendocument.text'],
    ['ods', 'Kapacity.ods', 'application/vnd.oasis.opendocument.spreadsheet'],
    ['png', 'mapa.png', 'image/png'],
    ['jpeg', 'foto.JPG', 'image/jpeg'],
    ['jpeg', 'foto.jpeg', 'image/jpeg'],
  ] as const)('recognises a %s file named %s', async (kind, name, mime) => {
    const sniffed = await sniffUpload(files[kind](), name);
    expect(sniffed.mimeType).toBe(mime);
    expect(sniffed.fileName).toBe(name);
  });

  it('tells DOCX from XLSX and ODT from ODS by their entries, not by their names', async () => {
    expect((await refusal(files.xlsx(), 'tabulka.docx')).message).toMatch(/content is XLSX.*\.docx/);
    expect((await refusal(files.ods(), 'tabulka.odt')).message).toMatch(/content is ODS.*\.odt/);
  });

  it('refuses a PDF named .docx, naming both', async () => {
    const error = await refusal(files.pdf(), 'plán.docx');
    expect(error.status).toBe(415);
    expect(error.code).toBe('file_type_mismatch');
    expect(error.message).toBe("The file's content is PDF but its name ends in .docx");
  });

  it('refuses an HTML page or an SVG disguised as a PDF, saying what it is', async () => {
    const html = await refusal(files.html(), 'pozvánka.pdf');
    expect(html.status).toBe(415);
    expect(html.message).toMatch(/content is HTML although the name ends in \.pdf/);
    expect((await refusal(files.svg(), 'logo.pdf')).message).toMatch(/content is SVG/);
  });

  it('refuses a Windows program, a macro-enabled Word file and a plain zip', async () => {
    expect((await refusal(files.exe(), 'setup.pdf')).message).toMatch(/content is EXE/);
    expect((await refusal(files.docm(), 'zápis.docx')).message).toMatch(/content is DOCM/);
    expect((await refusal(files.plainZip(), 'archiv.zip')).message).toMatch(/content is ZIP/);
  });

  it('refuses text it cannot recognise', async () => {
    const error = await refusal(new TextEncoder().encode('just some words'), 'poznámky.pdf');
    expect(error.message).toMatch(/not a PDF, DOCX, ODT, XLSX, ODS, PNG or JPEG file although the name ends in \.pdf/);
  });

  it('adds the right extension to a name without one and drops any directory', async () => {
    expect((await sniffUpload(files.pdf(), 'Analýza potřeb')).fileName).toBe('Analýza potřeb.pdf');
    expect(cleanFileName('C:\\Users\\hana\\Desktop\\plán.pdf', 'pdf')).toBe('plán.pdf');
    expect(cleanFileName('../../etc/passwd', 'pdf')).toBe('passwd.pdf');
    expect(cleanFileName('.htaccess', 'pdf')).toBe('dokument.pdf');
  });
});
