// Everything start.mjs prints goes through here, so a person can tell at a glance
// which process said what: `[gateway] INFO  request completed GET /ready 200`.

const useColour = process.stdout.isTTY && !process.env.NO_COLOR;

const ANSI = { red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, grey: 90, bold: 1 };

export function paint(colour, text) {
  return useColour ? `\x1b[${ANSI[colour]}m${text}\x1b[0m` : text;
}

const width = 'postgres'.length + 2;

/** Returns a function that prints each line it is given under the `[name]` prefix. */
export function prefixedPrinter(name, colour) {
  const prefix = paint(colour, `[${name}]`.padEnd(width));
  return (text) => {
    if (text === null) return;
    for (const line of String(text).split('\n')) {
      if (line.trim() !== '') process.stdout.write(`${prefix} ${line}\n`);
    }
  };
}

export const say = prefixedPrinter('start', 'green');

const PINO_LEVELS = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const LEVEL_COLOURS = {
  TRACE: 'grey',
  DEBUG: 'grey',
  INFO: 'green',
  WARN: 'yellow',
  ERROR: 'red',
  FATAL: 'red',
};

// Nest lists every module and route it sets up at start: useful when debugging
// routing, noise for a person waiting for the URL.
const NEST_START_UP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/** The pino entry a line holds, or undefined when it is not pino JSON. */
export function parsePinoLine(line) {
  if (!line.startsWith('{')) return undefined;
  try {
    const entry = JSON.parse(line);
    return entry !== null && entry.level !== undefined ? entry : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Turns one pino JSON line into one short human line: level, message, the
 * request it belongs to and its correlation id; null for a line not worth
 * showing. Lines that are not pino JSON (a crash before the logger exists, a
 * warning from Node) pass through as they are.
 */
export function formatPinoLine(line) {
  const entry = parsePinoLine(line);
  if (entry === undefined) return line;
  if (entry.level === 30 && NEST_START_UP_CONTEXTS.has(entry.context)) return null;

  const level = PINO_LEVELS[entry.level] ?? String(entry.level).toUpperCase();
  const parts = [paint(LEVEL_COLOURS[level] ?? 'bold', level.padEnd(5))];
  if (entry.context) parts.push(paint('grey', `${entry.context}:`));
  parts.push(entry.msg ?? '');
  if (entry.req?.method) parts.push(`${entry.req.method} ${entry.req.url}`);
  if (entry.res?.statusCode) parts.push(String(entry.res.statusCode));
  if (typeof entry.responseTime === 'number') parts.push(`${Math.round(entry.responseTime)} ms`);
  if (entry.correlationId) parts.push(paint('grey', `(${entry.correlationId})`));
  let text = parts.filter((part) => part !== '').join(' ');
  // An error is the one case where more than a line helps: show where it came from.
  if (entry.err) text += `\n${entry.err.stack ?? entry.err.message ?? JSON.stringify(entry.err)}`;
  return text;
}
