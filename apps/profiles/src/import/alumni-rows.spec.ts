import { ALUMNI_IMPORT_MAX_ROWS } from '@passerelle/contracts';
import { readAlumniCsv } from './alumni-rows.js';
import { CsvFileError } from './csv-text.js';

const YEAR = 2026;
const HEADER =
  'email,first_name,last_name,graduation_year,programme,employer,job_title,sector,city,country,linkedin_url';

const fileError = (text: string): CsvFileError => {
  try {
    readAlumniCsv(text, YEAR);
  } catch (error) {
    if (error instanceof CsvFileError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
};

describe('readAlumniCsv', () => {
  it('reads a full line into account and profile fields', () => {
    const [row] = readAlumniCsv(
      `${HEADER}\n Claire.Dubois@Example.org ,Claire,Dubois,2012,Master Finance,BNP Paribas,Analyste,banking,Lyon,fr,https://www.linkedin.com/in/claire-dubois`,
      YEAR,
    );
    expect(row).toEqual({
      line: 2,
      email: 'claire.dubois@example.org',
      errors: [],
      fields: {
        displayName: 'Claire Dubois',
        graduationYear: 2012,
        programme: 'Master Finance',
        employer: 'BNP Paribas',
        jobTitle: 'Analyste',
        sector: 'banking',
        city: 'Lyon',
        country: 'FR',
        linkedinUrl: 'https://www.linkedin.com/in/claire-dubois',
      },
    });
  });

  it('leaves empty cells out, so they keep the stored value', () => {
    const [row] = readAlumniCsv('display_name,email,employer\nKarim Haddad,karim@example.org,', YEAR);
    expect(row!.fields).toEqual({ displayName: 'Karim Haddad' });
  });

  it('reports each bad cell with its column and the line number', () => {
    const rows = readAlumniCsv(
      `${HEADER}\nok@example.org,A,B,2010,,,,banking,,FR,\nnot-an-email,A,B,1890,,,,space-mining,,XX,http://linkedin.com/x`,
      YEAR,
    );
    expect(rows[0]!.errors).toEqual([]);
    expect(rows[1]!.line).toBe(3);
    expect(rows[1]!.errors.map((error) => [error.column, error.problem])).toEqual([
      ['graduation_year', 'invalid-year'],
      ['sector', 'unknown-sector'],
      ['country', 'unknown-country'],
      ['linkedin_url', 'invalid-linkedin-url'],
      ['email', 'invalid-email'],
    ]);
  });

  it('refuses a graduation year in the future', () => {
    const [row] = readAlumniCsv(`display_name,email,graduation_year\nA,a@example.org,${YEAR + 1}`, YEAR);
    expect(row!.errors[0]).toMatchObject({ column: 'graduation_year', problem: 'invalid-year' });
  });

  it('marks the second line with the same email (any case) as a duplicate of the first', () => {
    const rows = readAlumniCsv(
      'display_name,email\nA,a@example.org\nB,b@example.org\nA2,A@Example.org',
      YEAR,
    );
    expect(rows[2]!.errors).toEqual([expect.objectContaining({ problem: 'duplicate-email', firstLine: 2 })]);
    expect(rows[0]!.errors).toEqual([]);
  });

  it('requires a name and an email on every line', () => {
    const [row] = readAlumniCsv('first_name,last_name,email\n,,', YEAR);
    expect(row!.errors.map((error) => error.column)).toEqual(['display_name', 'email']);
  });

  it('reports a line with more or fewer cells than the header', () => {
    const [row] = readAlumniCsv('display_name,email\nA,a@example.org,extra', YEAR);
    expect(row!.errors[0]).toMatchObject({ column: null, problem: 'wrong-cell-count' });
  });

  it.each([
    ['an unknown column, naming it', 'email,name\n', 'unknown-column', 'name'],
    ['a column twice', 'email,display_name,Email\n', 'duplicate-column', 'email'],
    ['no email column', 'display_name,city\nA,Lyon', 'missing-column', 'email'],
    ['no name column', 'email,first_name\na@example.org,A', 'missing-column', 'display_name'],
  ])('refuses a header with %s', (_case, text, problem, column) => {
    expect(fileError(text)).toMatchObject({ problem, line: 1, column });
  });

  it('refuses an empty file and a file with only a header', () => {
    expect(fileError('')).toMatchObject({ problem: 'empty' });
    expect(fileError('email,display_name\n')).toMatchObject({ problem: 'empty' });
  });

  it(`refuses more than ${ALUMNI_IMPORT_MAX_ROWS} alumni, naming the first line over`, () => {
    const lines = Array.from(
      { length: ALUMNI_IMPORT_MAX_ROWS + 1 },
      (_, index) => `P${index},p${index}@x.org`,
    );
    expect(fileError(`display_name,email\n${lines.join('\n')}`)).toMatchObject({
      problem: 'too-many-rows',
      line: ALUMNI_IMPORT_MAX_ROWS + 2,
    });
  });

  it('refuses a file over the size limit', () => {
    expect(fileError(`display_name,email\n${'x'.repeat(1024 * 1024)}`)).toMatchObject({
      problem: 'too-large',
    });
  });
});
