// evgraph's iCalendar read by ical.js, the parser inside Thunderbird.
//
// usage: node check_icaljs.mjs EVGRAPH EVENTS.csv RELATIONS.csv|- WORKDIR [CALNAME|@FILE]
//
// Renders the events to ICS, parses it with ICAL.parse + ICAL.Component and
// checks the calendar and every VEVENT against what the input CSVs say. The
// expectations are computed here from the CSV with a reader of its own, not
// shared with the Python checks, so the two clients are checked
// independently.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

function fail(msg) {
  console.error("FAIL: " + msg);
  process.exit(1);
}

function check(cond, msg) {
  if (!cond) fail(msg);
}

let ICAL;
try {
  ICAL = (await import("ical.js")).default;
} catch (e) {
  fail("ical.js is not installed (" + e.code + "): run `npm ci --prefix tests/clients`");
}

// RFC 4180: quoted fields may hold commas, quotes ("") and line breaks.
function parseCsv(text) {
  const rows = [];
  let row = [], cell = "", i = 0, quoted = false;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(cell); cell = ""; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell); rows.push(row); row = []; cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

// evgraph writes "'=x" for a cell "=x" and reads it back so.
const needsNeutralising = (s) => /^'*[=+\-@\t\r]/.test(s);
const unneutralise = (s) => (s.length >= 2 && s[0] === "'" && needsNeutralising(s.slice(1)) ? s.slice(1) : s);
const splitList = (s) => s.split(";").map((x) => x.trim()).filter((x) => x !== "");

function readTable(path) {
  const rows = parseCsv(readFileSync(path, "utf8"));
  const head = rows[0].map((h) => h.trim().toLowerCase());
  return rows.slice(1).map((r) => Object.fromEntries(head.map((h, k) => [h, unneutralise(r[k] ?? "")])));
}

const pad = (n, w = 2) => String(n).padStart(w, "0");
const iso = (d) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

// [first day, day after the last] of the all-day event for an ISO date.
function span(date) {
  const [y, m, d] = date.split("-").map(Number);
  const start = new Date(Date.UTC(y, (m || 1) - 1, d || 1));
  const end = new Date(start);
  if (d) end.setUTCDate(end.getUTCDate() + 1);
  else if (m) end.setUTCMonth(end.getUTCMonth() + 1);
  else end.setUTCFullYear(end.getUTCFullYear() + 1);
  return [iso(start), iso(end)];
}

function fnv1a64(s) {
  let h = 0xcbf29ce484222325n;
  for (const b of Buffer.from(s, "utf8")) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16).padStart(16, "0");
}

const uidOf = (id) => (/^[A-Za-z0-9._-]+$/.test(id) ? `${id}@evgraph` : `evg+${fnv1a64(id)}@evgraph`);
const RELTYPE = { responds_to: "PARENT", reports: "PARENT", follows: "SIBLING" };

function render(evgraph, events, relations, out, calname) {
  const args = ["render", events, "-f", "ics", "-o", out];
  if (relations) args.push("--relations", relations);
  if (calname) args.push("--calendar-name", calname);
  const env = { ...process.env };
  delete env.SOURCE_DATE_EPOCH;
  const p = spawnSync(evgraph, args, { env, encoding: "utf8" });
  check(p.status === 0, `evgraph render exited ${p.status}: ${p.stderr}`);
}

function checkEvent(ev, e, rels, dated) {
  const id = e.id;
  const start = ev.getFirstPropertyValue("dtstart");
  const end = ev.getFirstPropertyValue("dtend");
  check(start.isDate && end.isDate, `${id}: DTSTART/DTEND are not DATE values`);
  const want = span(e.date);
  check(start.toString() === want[0] && end.toString() === want[1],
    `${id}: dates ${start} .. ${end}, want ${want}`);
  const summary = ev.getFirstPropertyValue("summary");
  if (e.summary) check(summary === e.summary, `${id}: SUMMARY ${JSON.stringify(summary)}, want ${JSON.stringify(e.summary)}`);
  else check(splitList(e.source).every((a) => summary.includes(a)), `${id}: headline lacks the actors`);
  const desc = ev.getFirstPropertyValue("description");
  const parts = [e.evidence, `Event id: ${id}`, `Modality: ${(e.modality || "asserted").toLowerCase()}`,
    ...splitList(e.docs), ...splitList(e.source), ...splitList(e.target)];
  for (const p of parts) check(desc.includes(p), `${id}: DESCRIPTION lacks ${JSON.stringify(p.slice(0, 80))}`);
  const cats = ev.getAllProperties("categories").flatMap((p) => p.getValues());
  check(JSON.stringify(cats) === JSON.stringify([e.type.toUpperCase(), (e.modality || "asserted").toLowerCase()]),
    `${id}: CATEGORIES ${JSON.stringify(cats)}`);
  const got = ev.getAllProperties("related-to").map((p) =>
    [p.getFirstValue(), p.getParameter("reltype"), p.getParameter("x-evg-relation")].join(" ")).sort();
  const exp = rels.filter((r) => r.from === id && dated.has(r.to)).map((r) =>
    [uidOf(r.to), RELTYPE[r.relation], r.relation].join(" ")).sort();
  check(JSON.stringify(got) === JSON.stringify(exp), `${id}: RELATED-TO ${JSON.stringify(got)}, want ${JSON.stringify(exp)}`);
}

function main() {
  const [evgraph, eventsCsv, relCsv, work, nameArg] = process.argv.slice(2);
  const calname = nameArg?.startsWith("@") ? readFileSync(nameArg.slice(1), "utf8") : nameArg;
  const relations = relCsv === "-" ? null : relCsv;
  mkdirSync(work, { recursive: true });
  const out = join(work, "icaljs.ics");
  render(evgraph, eventsCsv, relations, out, calname);
  const events = readTable(eventsCsv);
  const rels = relations ? readTable(relations) : [];
  const dated = new Map(events.filter((e) => e.date).map((e) => [e.id, e]));
  const cal = new ICAL.Component(ICAL.parse(readFileSync(out, "utf8")));
  check(cal.name === "vcalendar", "top component is not VCALENDAR");
  check(cal.getFirstPropertyValue("version") === "2.0", "VERSION");
  check(cal.getFirstPropertyValue("method") === "PUBLISH", "METHOD");
  const name = cal.getFirstPropertyValue("x-wr-calname");
  check(name === (calname || "evgraph timeline"), `X-WR-CALNAME ${JSON.stringify(name)}`);
  const vevents = cal.getAllSubcomponents("vevent");
  const byUid = new Map(vevents.map((v) => [v.getFirstPropertyValue("uid"), v]));
  check(vevents.length === dated.size && byUid.size === dated.size,
    `${vevents.length} VEVENTs (${byUid.size} UIDs), ${dated.size} dated events in the CSV`);
  for (const e of dated.values()) {
    check(byUid.has(uidOf(e.id)), `no VEVENT with UID ${uidOf(e.id)}`);
    checkEvent(byUid.get(uidOf(e.id)), e, rels, dated);
  }
  const first = vevents[0];
  const nrel = vevents.reduce((n, v) => n + v.getAllProperties("related-to").length, 0);
  const version = JSON.parse(readFileSync(new URL("./node_modules/ical.js/package.json", import.meta.url))).version;
  console.log(`ical.js ${version}: ${vevents.length} VEVENTs, ${nrel} RELATED-TO, ` +
    `${events.length - dated.size} undated left out; first: ${first.getFirstPropertyValue("dtstart")} ` +
    `${first.getFirstPropertyValue("summary").slice(0, 60)}`);
}

main();
