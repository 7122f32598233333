// Reads a citation file as a reference manager would, with Citation.js: BibTeX, RIS or CSL-JSON by its extension.
// CSL-JSON is first checked against the Citation Style Language's own schema (csl-data.json), since Citation.js
// reads past fields it does not know. Prints the items as CSL-JSON; exits 1 when the file does not parse, breaks the
// schema or holds no item.
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');
const Ajv = require('ajv');
const fs = require('fs');
const path = require('path');

const file = process.argv[2];
const type = { bib: '@biblatex/text', ris: '@ris/file', json: '@csl/list+object' }[file.split('.').pop()];
try {
  const text = fs.readFileSync(file, 'utf8');
  if (type === '@csl/list+object') {
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, 'csl-data.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);
    if (!validate(JSON.parse(text))) {
      throw new Error(`not valid CSL-JSON: ${validate.errors.map(e => `${e.instancePath || '/'} ${e.message}${e.params && e.params.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`).join('; ')}`);
    }
  }

  const items = new Cite(type === '@csl/list+object' ? JSON.parse(text) : text, { forceType: type, strict: true }).data;
  if (items.length === 0) {
    throw new Error('no item');
  }

  console.log(JSON.stringify(items));
} catch (error) {
  console.error(`${file}: ${error.message}`);
  process.exit(1);
}
