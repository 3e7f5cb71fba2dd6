// Regenerates src/Search.Core/Territories/Data/territories.tsv.gz from the official administrative
// divisions published as the npm package @etalab/decoupage-administratif (INSEE COG, DGCL list of
// EPCI, INSEE legal populations; data under the Licence Ouverte / etalab-2.0).
//
//   cd tools/Gazetteer && npm ci && node build.mjs
//
// The current vintage gives today's territories; older vintages (2.3.1, 0.8.0, 0.3.0) give names that no longer
// exist (merged or renamed communes, renamed or merged EPCI). Regions before the 2016 reform are not in
// any vintage of the package: they are listed below (INSEE COG, 2016 region codes).
//
// Output: one line per record, tab-separated, gzip-compressed, sorted (deterministic):
//   R  code  name  population
//   D  code  name  region  population
//   E  siren name  type  population
//   C  code  name  departement  region  epci  siren  population  postcodes(space-separated)
//   F  level code  former-or-other-name  kind
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const load = (pkg, file) => require(`${pkg}/data/${file}.json`);
const version = pkg => require(`${pkg}/package.json`).version;

const CURRENT = 'decoupage-current';
// 0.3.0 is the oldest vintage with EPCI: its list predates some 2018-2019 renamings and mergers ("CC du Val de Drôme",
// today "… en Biovallée"; "CA du Grand Besançon", "CA du Calaisis"). No vintage holds the EPCI merged in 2017.
const OLDER = ['decoupage-2022', 'decoupage-2019', 'decoupage-0.3'];

const communes = load(CURRENT, 'communes');
const departements = load(CURRENT, 'departements');
const regions = load(CURRENT, 'regions');
const epcis = load(CURRENT, 'epci');

const clean = s => String(s).replace(/[\t\r\n]+/g, ' ').trim();
const lines = [];

// Communes and their EPCI.
const epciOf = new Map();
for (const e of epcis) for (const m of e.membres) epciOf.set(m.code, e.code);
const current = communes.filter(c => c.type === 'commune-actuelle');
const currentByCode = new Map(current.map(c => [c.code, c]));
const depPopulation = new Map();
for (const c of current) {
  const pop = c.population ?? 0;
  depPopulation.set(c.departement, (depPopulation.get(c.departement) ?? 0) + pop);
  lines.push(['C', c.code, clean(c.nom), c.departement, c.region, epciOf.get(c.code) ?? '', c.siren ?? '', pop,
    (c.codesPostaux ?? []).join(' ')].join('\t'));
}
const regPopulation = new Map();
for (const d of departements) {
  regPopulation.set(d.region, (regPopulation.get(d.region) ?? 0) + (depPopulation.get(d.code) ?? 0));
  lines.push(['D', d.code, clean(d.nom), d.region, depPopulation.get(d.code) ?? 0].join('\t'));
}
for (const r of regions) lines.push(['R', r.code, clean(r.nom), regPopulation.get(r.code) ?? 0].join('\t'));
for (const e of epcis) lines.push(['E', e.code, clean(e.nom), e.type, e.populationTotale ?? 0].join('\t'));

// Other names that resolve to a current territory.
const aliases = new Map();
const alias = (level, code, name, kind) => {
  name = clean(name);
  const key = `${level}\t${code}\t${name}`;
  if (name && !aliases.has(key)) aliases.set(key, ['F', level, code, name, kind].join('\t'));
};

// Communes déléguées and associées (most are former communes merged into a commune nouvelle) and
// municipal arrondissements (Paris, Lyon, Marseille).
for (const c of communes) {
  if (c.type === 'commune-deleguee' || c.type === 'commune-associee') {
    const target = currentByCode.get(c.chefLieu);
    if (target && target.nom !== c.nom) alias('commune', target.code, c.nom, c.type === 'commune-deleguee' ? 'deleguee' : 'associee');
  } else if (c.type === 'arrondissement-municipal' && currentByCode.has(c.commune)) {
    alias('commune', c.commune, c.nom, 'arrondissement');
  }
}

// Former codes of current communes (merges): old names of older vintages resolve through them.
const successor = new Map();
for (const c of current) for (const old of c.anciensCodes ?? []) successor.set(old, c.code);
const resolveCommune = code => currentByCode.has(code) ? code : successor.get(code);

const currentEpci = new Map(epcis.map(e => [e.code, e]));
for (const pkg of OLDER) {
  for (const c of load(pkg, 'communes')) {
    if (c.type !== 'commune-actuelle') continue;
    const target = resolveCommune(c.code);
    if (target && currentByCode.get(target).nom !== c.nom) alias('commune', target, c.nom, `former-${version(pkg)}`);
  }
  for (const e of load(pkg, 'epci')) {
    let target = currentEpci.has(e.code) ? e.code : undefined;
    if (!target) {
      // A merged EPCI: today's EPCI holding most of its former members.
      const votes = new Map();
      for (const m of e.membres) {
        const t = epciOf.get(resolveCommune(m.code) ?? '');
        if (t) votes.set(t, (votes.get(t) ?? 0) + 1);
      }
      target = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    }
    if (target && currentEpci.get(target).nom !== e.nom) alias('epci', target, e.nom, `former-${version(pkg)}`);
  }
}

// Regions before 2016 (INSEE COG: former region -> region of 2016).
const formerRegions = [
  ['Alsace', '44'], ['Champagne-Ardenne', '44'], ['Lorraine', '44'],
  ['Aquitaine', '75'], ['Limousin', '75'], ['Poitou-Charentes', '75'],
  ['Auvergne', '84'], ['Rhône-Alpes', '84'],
  ['Bourgogne', '27'], ['Franche-Comté', '27'],
  ['Languedoc-Roussillon', '76'], ['Midi-Pyrénées', '76'],
  ['Nord-Pas-de-Calais', '32'], ['Picardie', '32'],
  ['Basse-Normandie', '28'], ['Haute-Normandie', '28'],
  ['Centre', '24'], ['Nord-Pas-de-Calais-Picardie', '32'], ['Alsace-Champagne-Ardenne-Lorraine', '44'],
  ['Aquitaine-Limousin-Poitou-Charentes', '75'], ['Languedoc-Roussillon-Midi-Pyrénées', '76'],
  ['Auvergne-Rhône-Alpes', '84'], ["Provence-Alpes-Côte d'Azur", '93'],
];
for (const [name, code] of formerRegions) {
  if (regions.find(r => r.code === code)?.nom !== name) alias('region', code, name, 'former-2015');
}

const all = [...lines, ...aliases.values()].sort();
const header = [
  `# territories: @etalab/decoupage-administratif ${version(CURRENT)} (current), former names from ${OLDER.map(version).join(', ')}`,
  '# data: INSEE COG, DGCL (EPCI), INSEE legal populations; Licence Ouverte / etalab-2.0',
];
const out = join(here, '..', '..', 'src', 'Search.Core', 'Territories', 'Data', 'territories.tsv.gz');
mkdirSync(dirname(out), { recursive: true });
// mtime 0 in the gzip header: the same input gives the same bytes.
writeFileSync(out, gzipSync(Buffer.from([...header, ...all].join('\n') + '\n', 'utf8'), { level: 9 }));
const counts = all.reduce((m, l) => (m[l[0]] = (m[l[0]] ?? 0) + 1, m), {});
console.log(`wrote ${out}: ${JSON.stringify(counts)}`);
