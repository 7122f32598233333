// Reads a citation file as a reference manager would, with Citation.js: BibTeX, RIS or CSL-JSON by its extension.
// Prints the items as CSL-JSON; exits 1 when the file does not parse or holds no item.
const { Cite, plugins } = require('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');
const fs = require('fs');

const file = process.argv[2];
const type = { bib: '@biblatex/text', ris: '@ris/file', json: '@csl/list+object' }[file.split('.').pop()];
try {
  const text = fs.readFileSync(file, 'utf8');
  const items = new Cite(type === '@csl/list+object' ? JSON.parse(text) : text, { forceType: type, strict: true }).data;
  if (items.length === 0) {
    throw new Error('no item');
  }

  console.log(JSON.stringify(items));
} catch (error) {
  console.error(`${file}: ${error.message}`);
  process.exit(1);
}
