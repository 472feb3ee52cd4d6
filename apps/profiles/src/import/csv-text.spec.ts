import { CsvFileError, parseCsv } from './csv-text.js';

const problemOf = (text: string): CsvFileError => {
  try {
    parseCsv(text);
  } catch (error) {
    if (error instanceof CsvFileError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
};

describe('parseCsv', () => {
  it('reads records with their line numbers, CRLF or LF, skipping blank lines', () => {
    expect(parseCsv('email,city\r\na@x.org,Lyon\r\n\r\nb@x.org,Paris\n')).toEqual([
      { line: 1, cells: ['email', 'city'] },
      { line: 2, cells: ['a@x.org', 'Lyon'] },
      { line: 4, cells: ['b@x.org', 'Paris'] },
    ]);
  });

  it('reads quoted cells with separators, doubled quotes and line breaks, keeping the start line', () => {
    const records = parseCsv('name,job\n"Roux, Paul","Chef ""senior""\nà Lyon"\nNext,One');
    expect(records).toEqual([
      { line: 1, cells: ['name', 'job'] },
      { line: 2, cells: ['Roux, Paul', 'Chef "senior"\nà Lyon'] },
      { line: 4, cells: ['Next', 'One'] },
    ]);
  });

  it('ignores a UTF-8 byte-order mark and keeps accents', () => {
    expect(parseCsv('\uFEFFemail,city\na@x.org,Besançon')[1]!.cells).toEqual(['a@x.org', 'Besançon']);
  });

  it('uses semicolons when the header is separated by semicolons (French Excel)', () => {
    expect(parseCsv('email;city\na@x.org;Saint-Étienne, Loire')[1]!.cells).toEqual([
      'a@x.org',
      'Saint-Étienne, Loire',
    ]);
  });

  it('refuses text that was not UTF-8, naming the line', () => {
    // What `Buffer.from('Besançon', 'latin1').toString('utf8')` gives: the ç became U+FFFD.
    const error = problemOf('email,city\na@x.org,Lyon\nb@x.org,Besan\uFFFDon');
    expect(error).toMatchObject({ problem: 'not-utf8', line: 3 });
  });

  it('refuses a quoted cell that is never closed, naming the line where it opens', () => {
    expect(problemOf('email,city\na@x.org,"Lyon\nb@x.org,Paris')).toMatchObject({
      problem: 'unclosed-quote',
      line: 2,
    });
  });
});
