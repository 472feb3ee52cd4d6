import pg from 'pg';
import { buildDirectoryQuery } from '@passerelle/profiles';
const c = new pg.Client({ connectionString: 'postgres://root@127.0.0.1:5432/dirbench' }); await c.connect();
const search = JSON.parse(process.argv[2]);
const { page } = buildDirectoryQuery(search, 'members');
const sql = process.argv[3] === 'plain' ? page.text : `EXPLAIN (ANALYZE, BUFFERS) ${page.text}`;
for (let i = 0; i < 3; i++) { const t = performance.now(); const r = await c.query(sql, page.values); if (i === 2) console.log(r.rows.map((x) => x['QUERY PLAN'] ?? '').join('\n')); console.log((performance.now() - t).toFixed(1), 'ms'); }
await c.end();
