import { ALUMNI_IMPORT_MAX_BYTES, ErrorCode, Role, type ImportAlumniReport } from '@passerelle/contracts';
import { bearer, useGatewayHarness, type SignedIn } from './gateway-harness.js';

const HEADER =
  'email,first_name,last_name,graduation_year,programme,employer,job_title,sector,city,country,linkedin_url';

describe('staff import of alumni from CSV over HTTP', () => {
  const harness = useGatewayHarness();
  let staff: SignedIn;

  beforeAll(async () => {
    staff = await harness.signUpAs(Role.Staff);
  });

  let fileNumber = 0;
  /** A CSV whose emails no other test uses. */
  const uniqueFile = (lines: (prefix: string) => string[]) => {
    fileNumber += 1;
    return [HEADER, ...lines(`f${fileNumber}`)].join('\n');
  };

  const importCsv = (mode: string, csv: string | Buffer, session: SignedIn = staff) =>
    harness.http({
      method: 'POST',
      url: `/api/v1/staff/imports/alumni?mode=${mode}`,
      headers: { ...bearer(session), 'content-type': 'text/csv; charset=utf-8' },
      payload: csv,
    });

  const accountsLike = (pattern: string) =>
    harness.sql<{ email: string; role: string; password_hash: string | null; display_name: string }>(
      'SELECT email, role, password_hash, display_name FROM profiles.accounts WHERE email LIKE $1 ORDER BY email',
      [pattern],
    );

  it('dry run: reports each line (create, error with its line number) and stores nothing', async () => {
    const csv = uniqueFile((p) => [
      `${p}.claire@example.org,Claire,Dubois,2012,Master Finance,BNP Paribas,Analyste,banking,Lyon,FR,`,
      `${p}.bad@,Paul,Roux,2010,,,,space-mining,,,`,
    ]);
    const response = await importCsv('dry-run', csv);
    expect(response.statusCode).toBe(200);
    const report = response.json<ImportAlumniReport>();
    expect(report).toMatchObject({ mode: 'dry-run', applied: false, counts: { create: 1, error: 1 } });
    expect(report.rows[0]).toMatchObject({ line: 2, outcome: 'create' });
    expect(report.rows[0]!.changes).toEqual([]);
    expect(report.rows[1]).toMatchObject({ line: 3, outcome: 'error' });
    expect(report.rows[1]!.errors.map((error) => error.problem)).toEqual(['unknown-sector', 'invalid-email']);
    await expect(accountsLike('f1.%')).resolves.toEqual([]);
  });

  it('apply refuses a file with an error line (400, the lines named) and imports nothing', async () => {
    const csv = uniqueFile((p) => [
      `${p}.ok@example.org,Ok,Fine,2011,,,,,,,`,
      `${p}.late@example.org,Late,One,2999,,,,,,,`,
    ]);
    const response = await importCsv('apply', csv);
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(error.details.problem).toBe('has-row-errors');
    expect(error.message).toContain('3');
    expect(error.details.report.rows[1].errors[0]).toMatchObject({
      column: 'graduation_year',
      problem: 'invalid-year',
    });
    await expect(accountsLike('f2.%')).resolves.toEqual([]);
  });

  it('apply creates alumni without a password, who cannot sign in, and audits the counts', async () => {
    const csv = uniqueFile((p) => [
      `${p}.ines@example.org,Inès,Garcia,2014,MSc Data,Doctolib,Data scientist,it-software,Paris,FR,https://www.linkedin.com/in/ines`,
      `${p}.yann@example.org,Yann,Le Goff,2009,,Airbus,Ingénieur,engineering-industry,Toulouse,FR,`,
    ]);
    const response = await importCsv('apply', csv);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      applied: true,
      counts: { create: 2, update: 0, unchanged: 0, error: 0 },
    });

    const accounts = await accountsLike('f3.%');
    expect(accounts).toEqual([
      { email: 'f3.ines@example.org', role: 'alumnus', password_hash: null, display_name: 'Inès Garcia' },
      { email: 'f3.yann@example.org', role: 'alumnus', password_hash: null, display_name: 'Yann Le Goff' },
    ]);
    const [profile] = await harness.sql(
      `SELECT p.employer, p.sector, p.graduation_year, p.country FROM profiles.alumnus_profiles p
       JOIN profiles.accounts a ON a.id = p.account_id WHERE a.email = 'f3.ines@example.org'`,
    );
    expect(profile).toEqual({
      employer: 'Doctolib',
      sector: 'it-software',
      graduation_year: 2014,
      country: 'FR',
    });

    const [audit] = await harness.sql<{ actor_id: string; details: object }>(
      `SELECT actor_id, details FROM profiles.audit_entries WHERE action = 'alumni.imported' ORDER BY occurred_at DESC LIMIT 1`,
    );
    expect(audit).toEqual({
      actor_id: staff.accountId,
      details: { create: 2, update: 0, unchanged: 0, error: 0, lines: 2 },
    });

    const login = await harness.http({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'f3.ines@example.org', password: 'any-password-at-all' },
    });
    expect(login.statusCode).toBe(401);
  });

  it('upserts by email in any case: unchanged lines stay, changed fields are listed and updated', async () => {
    const first = uniqueFile((p) => [`${p}.lea@example.org,Léa,Martin,2016,,Thales,Cheffe de projet,,,,`]);
    expect((await importCsv('apply', first)).statusCode).toBe(200);
    const again = `${HEADER}\nF4.Lea@Example.org,Léa,Martin,2016,,Thales,Cheffe de projet,,,,\n`;
    expect((await importCsv('dry-run', again)).json().rows[0].outcome).toBe('unchanged');

    const moved = `${HEADER}\nF4.LEA@example.org,Léa,Martin,2016,,Dassault Systèmes,,,Nantes,,\n`;
    const dryRun = (await importCsv('dry-run', moved)).json<ImportAlumniReport>();
    expect(dryRun.rows[0]).toMatchObject({
      outcome: 'update',
      changes: [
        { field: 'employer', from: 'Thales', to: 'Dassault Systèmes' },
        { field: 'city', from: null, to: 'Nantes' },
      ],
    });
    expect((await importCsv('apply', moved)).json()).toMatchObject({ counts: { update: 1 } });
    const [profile] = await harness.sql(
      `SELECT p.employer, p.job_title, p.city FROM profiles.alumnus_profiles p
       JOIN profiles.accounts a ON a.id = p.account_id WHERE a.email = 'f4.lea@example.org'`,
    );
    // The empty job_title cell kept the stored title.
    expect(profile).toEqual({ employer: 'Dassault Systèmes', job_title: 'Cheffe de projet', city: 'Nantes' });
  });

  it('reports the second line with an email already in the file, pointing to the first', async () => {
    const csv = uniqueFile((p) => [
      `${p}.sam@example.org,Sam,A,,,,,,,,`,
      `${p}.SAM@example.org,Sam,B,,,,,,,,`,
    ]);
    const report = (await importCsv('dry-run', csv)).json<ImportAlumniReport>();
    expect(report.rows[1]).toMatchObject({
      line: 3,
      outcome: 'error',
      errors: [{ column: 'email', problem: 'duplicate-email', firstLine: 2 }],
    });
  });

  it('refuses to turn an existing student into an alumnus', async () => {
    const student = await harness.signUp();
    const csv = `${HEADER}\n${student.registration.email},Stu,Dent,,,,,,,,\n`;
    const report = (await importCsv('dry-run', csv)).json<ImportAlumniReport>();
    expect(report.rows[0]!.errors[0]).toMatchObject({ problem: 'not-an-alumnus' });
  });

  it('refuses a wrong header with 400 naming line 1 and the column', async () => {
    const response = await importCsv('dry-run', 'mail,first_name,last_name\na@example.org,A,B\n');
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: ErrorCode.VALIDATION_FAILED,
      details: { problem: 'unknown-column', line: 1, column: 'mail' },
    });
  });

  it('refuses Latin-1 bytes with 400 naming the line, and accepts a UTF-8 BOM', async () => {
    const text = `${HEADER}\nf9.ok@example.org,Ok,Fine,,,,,,,,\nf9.francois@example.org,François,Besançon,,,,,,,,\n`;
    const latin1 = await importCsv('dry-run', Buffer.from(text, 'latin1'));
    expect(latin1.statusCode).toBe(400);
    expect(latin1.json().error.details).toMatchObject({ problem: 'not-utf8', line: 3 });
    expect(latin1.json().error.message).toMatch(/line 3/i);

    const withBom = await importCsv(
      'dry-run',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    );
    expect(withBom.statusCode).toBe(200);
    expect(withBom.json().rows[1]).toMatchObject({ line: 3, outcome: 'create' });
  });

  it('takes the CSV as JSON too, and names a bad mode', async () => {
    const csv = `${HEADER}\nf10.json@example.org,Jay,Son,,,,,,,,\n`;
    const json = await harness.http({
      method: 'POST',
      url: '/api/v1/staff/imports/alumni?mode=dry-run',
      headers: bearer(staff),
      payload: { csv },
    });
    expect(json.statusCode).toBe(200);
    expect(json.json().counts.create).toBe(1);
    const badMode = await importCsv('maybe', csv);
    expect(badMode.statusCode).toBe(400);
    expect(badMode.json().error.details.fields[0].field).toBe('mode');
  });

  it('accepts a file larger than the ordinary body limit on this route only', async () => {
    const lines = Array.from(
      { length: 3_000 },
      (_, index) => `f14.p${index}@example.org,Prénom,Nom ${index},,,,,,,,`,
    );
    const csv = `${HEADER}\n${lines.join('\n')}\n`;
    expect(Buffer.byteLength(csv)).toBeGreaterThan(100 * 1024);
    const response = await importCsv('dry-run', csv);
    expect(response.statusCode).toBe(200);
    expect(response.json().counts.create).toBe(3_000);

    const elsewhere = await harness.http({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: bearer(staff),
      payload: { displayName: 'x'.repeat(150 * 1024) },
    });
    expect(elsewhere.statusCode).toBe(413);
  });

  it('documents the route and its report in OpenAPI', async () => {
    const document = (await harness.http({ method: 'GET', url: '/api/docs/json' })).json();
    const route = document.paths['/api/v1/staff/imports/alumni'].post;
    expect(Object.keys(route.requestBody.content)).toEqual(['text/csv', 'application/json']);
    expect(route.responses['200'].content['application/json'].schema.$ref).toBe(
      '#/components/schemas/ImportAlumniReport',
    );
    expect(document.components.schemas.ImportAlumniReport.required).toEqual(
      expect.arrayContaining(['mode', 'applied', 'counts', 'rows', 'omittedChanges']),
    );
    expect(
      document.paths['/api/v1/me/data'].get.responses['200'].content['application/json'].schema.$ref,
    ).toBe('#/components/schemas/PersonalDataExport');
    expect(document.paths['/api/v1/me'].delete.responses['200'].content['application/json'].schema.$ref).toBe(
      '#/components/schemas/EraseMyAccountReply',
    );
  });

  it('refuses a file over the size limit with 413', async () => {
    const big = `${HEADER}\n${'x'.repeat(ALUMNI_IMPORT_MAX_BYTES)}\n`;
    const response = await importCsv('dry-run', big);
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe(ErrorCode.PAYLOAD_TOO_LARGE);
  });

  it.each([Role.Student, Role.Alumnus])('answers 403 to a %s and imports nothing', async (role) => {
    const person = await harness.signUpAs(role);
    const csv = `${HEADER}\nf12.${role}@example.org,No,Way,,,,,,,,\n`;
    const response = await importCsv('apply', csv, person);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe(ErrorCode.FORBIDDEN);
    await expect(accountsLike(`f12.${role}@%`)).resolves.toEqual([]);
  });

  it('lets an admin import', async () => {
    const admin = await harness.signUpAs(Role.Admin);
    const csv = `${HEADER}\nf13.admin@example.org,Ad,Min,,,,,,,,\n`;
    expect((await importCsv('dry-run', csv, admin)).statusCode).toBe(200);
  });
});
