// chrono-extract.js: the comparison point of bench/timex.sh. Reads a text
// file, runs chrono-node over it paragraph by paragraph (one call on a
// 100 MB string would measure memory pressure, not parsing) and prints
// how many dates it found.
'use strict';
const fs = require('fs');
const chrono = require('chrono-node');

const [file, limitArg] = process.argv.slice(2);
const limit = limitArg ? Number(limitArg) : Infinity;
let text = fs.readFileSync(file, 'utf8');
if (text.length > limit)
  text = text.slice(0, text.lastIndexOf('\n', limit) + 1);
const ref = new Date(Date.UTC(2016, 9, 7));
let found = 0;
for (const para of text.split('\n')) {
  if (para)
    found += chrono.parse(para, ref).length;
}
console.log(`${found} dates in ${Buffer.byteLength(text)} bytes`);
