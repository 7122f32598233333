// Validates an open-data release: the descriptor against the Data Package profile, then every row of every
// tabular resource against its Table Schema, with frictionless-js (the reference library). Exit 0 when valid;
// otherwise the problems, one per line, and exit 1.
const { Package } = require('datapackage');

(async () => {
  const dataPackage = await Package.load(process.argv[2]);
  if (!dataPackage.valid) {
    dataPackage.errors.forEach((error) => console.error(`descriptor: ${error.message}`));
    process.exit(1);
  }

  let failed = false;
  for (const resource of dataPackage.resources) {
    if (!resource.tabular) {
      console.log(`${resource.name}: not a table`);
      continue;
    }

    try {
      const rows = await resource.read({ keyed: true });
      console.log(`${resource.name}: ${rows.length} rows`);
    } catch (error) {
      failed = true;
      console.error(`${resource.name}: ${error.message}`);
      (error.errors || []).forEach((inner) => console.error(`${resource.name}: ${inner.message}`));
    }
  }

  process.exit(failed ? 1 : 0);
})().catch((error) => {
  console.error(error.stack || error.message);
  process.exit(1);
});
